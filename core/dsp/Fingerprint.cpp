#include "dsp/Fingerprint.h"

#include <cmath>
#include <mutex>
#include <numbers>

#include "dsp/RealFft.h"

namespace lectern {
namespace {

constexpr int kBands = kFingerprintBits + 1;
constexpr double kLowHz = 300.0;
constexpr double kHighHz = 2000.0;

}  // namespace

FingerprintExtractor::FingerprintExtractor()
    : fft_(std::make_unique<RealFft>(kFingerprintFrameLength)), window_(kFingerprintFrameLength)
{
    for (int n = 0; n < kFingerprintFrameLength; ++n) {
        window_[n] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * n / kFingerprintFrameLength));
    }
    const double binHz = 16000.0 / kFingerprintFrameLength;
    for (int edge = 0; edge <= kBands; ++edge) {
        const double hertz = kLowHz * std::pow(kHighHz / kLowHz, static_cast<double>(edge) / kBands);
        bandEdges_.push_back(static_cast<int>(std::lround(hertz / binHz)));
    }
}

FingerprintExtractor::~FingerprintExtractor() = default;

void FingerprintExtractor::process(std::span<const float> samples, std::vector<uint32_t>& codes,
                                   std::vector<float>* margins)
{
    pending_.insert(pending_.end(), samples.begin(), samples.end());
    while (pending_.size() - pendingStart_ >= static_cast<size_t>(kFingerprintFrameLength)) {
        computeFrame(pending_.data() + pendingStart_, codes, margins);
        pendingStart_ += kFingerprintHop;
    }
    if (pendingStart_ > 4 * static_cast<size_t>(kFingerprintFrameLength)) {
        pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(pendingStart_));
        pendingStart_ = 0;
    }
}

void FingerprintExtractor::computeFrame(const float* samples, std::vector<uint32_t>& codes,
                                        std::vector<float>* margins)
{
    float* input = fft_->input();
    for (int n = 0; n < kFingerprintFrameLength; ++n) input[n] = samples[n] * window_[n];
    fft_->execute();
    const fftwf_complex* output = fft_->output();
    double energy[kBands];
    double total = 1e-12;
    for (int band = 0; band < kBands; ++band) {
        double sum = 0;
        for (int bin = bandEdges_[band]; bin < bandEdges_[band + 1]; ++bin) {
            sum += static_cast<double>(output[bin][0]) * output[bin][0] +
                   static_cast<double>(output[bin][1]) * output[bin][1];
        }
        // Summed over the last frames: the noise's share of a narrow band varies less.
        const auto b = static_cast<size_t>(band);
        history_[historyNext_][b] = sum;
        energy[band] = 0;
        for (const auto& frame : history_) energy[band] += frame[b];
        total += energy[band];
    }
    historyNext_ = (historyNext_ + 1) % history_.size();
    uint32_t code = 0;
    for (int bit = 0; bit < kFingerprintBits; ++bit) {
        const double difference = energy[bit] - energy[bit + 1];
        const double change = difference - (havePrevious_ ? previousDifferences_[static_cast<size_t>(bit)] : 0.0);
        previousDifferences_[static_cast<size_t>(bit)] = difference;
        if (change > 0) code |= 1u << bit;
        if (margins) margins->push_back(static_cast<float>(std::abs(change) / total));
    }
    havePrevious_ = true;
    codes.push_back(code);
}

std::vector<uint32_t> fingerprintOf(std::span<const float> samples, std::vector<float>* margins)
{
    FingerprintExtractor extractor;
    std::vector<uint32_t> codes;
    extractor.process(samples, codes, margins);
    return codes;
}

}  // namespace lectern
