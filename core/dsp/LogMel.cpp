#include "dsp/LogMel.h"

#include <cmath>
#include <mutex>
#include <numbers>

#include "dsp/RealFft.h"

namespace lectern {
namespace {

constexpr int kBins = kMelFftSize / 2 + 1;

}  // namespace

double hertzToMel(double hertz) { return 1127.0 * std::log(1.0 + hertz / 700.0); }

std::vector<std::vector<double>> melWeights()
{
    const double nyquist = 16000.0 / 2.0;
    std::vector<double> binMel(kBins);
    for (int bin = 0; bin < kBins; ++bin) binMel[bin] = hertzToMel(nyquist * bin / (kBins - 1));
    const double lowMel = hertzToMel(kMelLowHz);
    const double highMel = hertzToMel(kMelHighHz);
    std::vector<std::vector<double>> weights(kMelBands, std::vector<double>(kBins, 0.0));
    for (int band = 0; band < kMelBands; ++band) {
        const double lower = lowMel + (highMel - lowMel) * band / (kMelBands + 1);
        const double center = lowMel + (highMel - lowMel) * (band + 1) / (kMelBands + 1);
        const double upper = lowMel + (highMel - lowMel) * (band + 2) / (kMelBands + 1);
        for (int bin = 1; bin < kBins; ++bin) {  // the DC bin carries no weight
            const double rising = (binMel[bin] - lower) / (center - lower);
            const double falling = (upper - binMel[bin]) / (upper - center);
            weights[band][bin] = std::max(0.0, std::min(rising, falling));
        }
    }
    return weights;
}

LogMelExtractor::LogMelExtractor() : fft_(std::make_unique<RealFft>(kMelFftSize)), window_(kMelWindowLength)
{
    for (int n = 0; n < kMelWindowLength; ++n) {
        window_[n] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * n / kMelWindowLength));
    }
    for (const std::vector<double>& band : melWeights()) {
        int first = 0;
        while (first < kBins && band[first] == 0.0) ++first;
        int last = kBins - 1;
        while (last > first && band[last] == 0.0) --last;
        bandFirstBin_.push_back(first);
        bandWeights_.emplace_back(band.begin() + first, band.begin() + last + 1);
    }
}

LogMelExtractor::~LogMelExtractor() = default;

void LogMelExtractor::process(std::span<const float> samples, std::vector<float>& frames)
{
    pending_.insert(pending_.end(), samples.begin(), samples.end());
    while (pending_.size() - pendingStart_ >= static_cast<size_t>(kMelWindowLength)) {
        computeFrame(pending_.data() + pendingStart_, frames);
        pendingStart_ += kMelHop;
    }
    // Drop consumed samples now and then rather than on every frame.
    if (pendingStart_ > 16 * static_cast<size_t>(kMelWindowLength)) {
        pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(pendingStart_));
        pendingStart_ = 0;
    }
}

void LogMelExtractor::computeFrame(const float* samples, std::vector<float>& frames)
{
    float* input = fft_->input();
    for (int n = 0; n < kMelWindowLength; ++n) input[n] = samples[n] * window_[n];
    fft_->execute();
    const fftwf_complex* output = fft_->output();
    float magnitude[kBins];
    for (int bin = 0; bin < kBins; ++bin) magnitude[bin] = std::hypot(output[bin][0], output[bin][1]);
    for (int band = 0; band < kMelBands; ++band) {
        const std::vector<float>& weights = bandWeights_[static_cast<size_t>(band)];
        const float* bins = magnitude + bandFirstBin_[static_cast<size_t>(band)];
        float energy = 0.0f;
        for (size_t i = 0; i < weights.size(); ++i) energy += weights[i] * bins[i];
        frames.push_back(std::log(energy + kMelLogOffset));
    }
    ++framesProduced_;
}

}  // namespace lectern
