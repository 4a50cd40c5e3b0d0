#include "classify/SoundDescriptors.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <numeric>

namespace lectern {
namespace {

constexpr double kFramesPerSecond = 100.0;  // hop 160 at 16 kHz
constexpr double kFramesPerMinute = 60.0 * kFramesPerSecond;
constexpr size_t kLowEnergyHalfWindow = 50;  // the surrounding second
constexpr double kLowEnergyMarginDb = 3.0;
constexpr double kPauseDepthDb = 30.0;     // under the loud frames (95th percentile)
constexpr long kShortestPauseFrames = 20;  // 0.2 s
constexpr double kFastestBeatsPerMinute = 200.0, kSlowestBeatsPerMinute = 40.0;

// The DCT-II that turns the log-mel bands into cepstra, band by band: each
// band adds its value times its row to all 13 sums, a loop the compiler
// vectorises (a dot product per cepstrum is a reduction it may not reorder).
const std::array<std::array<float, kCepstra>, kMelBands>& cosineTable()
{
    static const auto table = [] {
        std::array<std::array<float, kCepstra>, kMelBands> rows{};
        for (int b = 0; b < kMelBands; ++b) {
            for (int k = 0; k < kCepstra; ++k) {
                rows[b][k] = static_cast<float>(std::cos(std::numbers::pi * k * (b + 0.5) / kMelBands));
            }
        }
        return rows;
    }();
    return table;
}

void addMeanAndSpread(double sum, double squares, double count, std::vector<float>& out)
{
    const double mean = count > 0 ? sum / count : 0.0;
    out.push_back(static_cast<float>(mean));
    out.push_back(
        static_cast<float>(count > 0 ? std::sqrt(std::max(0.0, squares / count - mean * mean)) : 0.0));
}

void addMeanAndSpread(const std::vector<double>& values, std::vector<float>& out)
{
    double sum = 0, squares = 0;
    for (double v : values) {
        sum += v;
        squares += v * v;
    }
    addMeanAndSpread(sum, squares, static_cast<double>(values.size()), out);
}

// Share of frames more than 3 dB under the mean level of the second around them.
double lowEnergyShare(const std::vector<float>& levelDb)
{
    std::vector<double> prefix(levelDb.size() + 1, 0.0);
    for (size_t t = 0; t < levelDb.size(); ++t) prefix[t + 1] = prefix[t] + levelDb[t];
    double low = 0;
    for (size_t t = 0; t < levelDb.size(); ++t) {
        const size_t from = t >= kLowEnergyHalfWindow ? t - kLowEnergyHalfWindow : 0;
        const size_t to = std::min(levelDb.size(), t + kLowEnergyHalfWindow);
        low += levelDb[t] < (prefix[to] - prefix[from]) / double(to - from) - kLowEnergyMarginDb;
    }
    return levelDb.empty() ? 0.0 : low / double(levelDb.size());
}

// Paused share, pauses a minute, pause length mean and spread (seconds):
// runs of at least 0.2 s more than 30 dB under the loud frames.
void addPauses(const std::vector<float>& levelDb, std::vector<float>& out)
{
    std::vector<float> sorted = levelDb;
    const auto loudAt = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() * 95 / 100);
    std::nth_element(sorted.begin(), loudAt, sorted.end());
    const double quietBelow = *loudAt - kPauseDepthDb;
    std::vector<double> pauses;
    long run = 0;
    double pausedFrames = 0;
    for (size_t t = 0; t <= levelDb.size(); ++t) {
        if (t < levelDb.size() && levelDb[t] < quietBelow) {
            ++run;
            ++pausedFrames;
            continue;
        }
        if (run >= kShortestPauseFrames) pauses.push_back(double(run) / kFramesPerSecond);
        run = 0;
    }
    const auto frames = static_cast<double>(levelDb.size());
    out.push_back(static_cast<float>(pausedFrames / frames));
    out.push_back(static_cast<float>(double(pauses.size()) / std::max(1e-3, frames / kFramesPerMinute)));
    addMeanAndSpread(pauses, out);
}

// For each of 16 log-spaced ranges of beat periods, the strongest normalised
// autocorrelation of the onset strength at a lag in it.
void addBeat(std::span<const float> onsets, std::vector<float>& out)
{
    std::vector<double> centred(onsets.begin(), onsets.end());
    const double mean =
        centred.empty() ? 0 : std::accumulate(centred.begin(), centred.end(), 0.0) / double(centred.size());
    for (double& v : centred) v -= mean;
    const double energy = std::inner_product(centred.begin(), centred.end(), centred.begin(), 0.0) + 1e-9;
    const double shortest = kFramesPerMinute / kFastestBeatsPerMinute,
                 longest = kFramesPerMinute / kSlowestBeatsPerMinute;
    for (int bin = 0; bin < kBeatBins; ++bin) {
        const auto from =
            static_cast<size_t>(shortest * std::pow(longest / shortest, double(bin) / kBeatBins));
        const auto to =
            static_cast<size_t>(shortest * std::pow(longest / shortest, double(bin + 1) / kBeatBins));
        double best = 0;
        for (size_t lag = from; lag <= to && lag < centred.size(); ++lag) {
            const double c = std::inner_product(centred.begin() + static_cast<std::ptrdiff_t>(lag),
                                                centred.end(), centred.begin(), 0.0);
            best = std::max(best, c / energy);
        }
        out.push_back(static_cast<float>(best));
    }
}

}  // namespace

void SoundDescriptorAccumulator::addFrames(std::span<const float> frames)
{
    const size_t count = frames.size() / kMelBands;
    for (size_t t = 0; t < count; ++t) addFrame(frames.data() + t * kMelBands);
}

void SoundDescriptorAccumulator::addFrame(const float* frame)
{
    double energy = 0;
    for (int b = 0; b < kMelBands; ++b) energy += std::exp(frame[b]);
    levelDb_.push_back(static_cast<float>(20 * std::log10(energy / kMelBands + 1e-6)));
    const bool first = previousFrame_.empty();
    const auto& table = cosineTable();
    std::array<float, kCepstra> cepstra{};
    for (int b = 0; b < kMelBands; ++b) {
        for (int k = 0; k < kCepstra; ++k) cepstra[k] += frame[b] * table[b][k];
    }
    for (int k = 0; k < kCepstra; ++k) {
        const double c = cepstra[k];
        cepstrumSums_[k] += c;
        cepstrumSquares_[k] += c * c;
        if (!first) deltaSquares_[k] += (c - previousCepstra_[k]) * (c - previousCepstra_[k]);
        previousCepstra_[k] = c;
    }
    double change = 0, rise = 0;
    if (!first) {
        for (int b = 0; b < kMelBands; ++b) {
            const double difference = double{frame[b]} - previousFrame_[b];
            change += difference * difference;
            rise += std::max(0.0, difference);
        }
        fluxSum_ += std::sqrt(change);
        fluxSquares_ += change;
    }
    onsets_.push_back(static_cast<float>(rise));
    previousFrame_.assign(frame, frame + kMelBands);
}

std::vector<float> SoundDescriptorAccumulator::descriptors() const
{
    if (levelDb_.empty()) return {};
    const auto frames = static_cast<double>(levelDb_.size());
    std::vector<float> out;
    out.reserve(kSoundDescriptorCount);
    for (int k = 0; k < kCepstra; ++k) addMeanAndSpread(cepstrumSums_[k], cepstrumSquares_[k], frames, out);
    for (int k = 0; k < kCepstra; ++k)
        out.push_back(static_cast<float>(std::sqrt(deltaSquares_[k] / std::max(1.0, frames - 1))));
    addMeanAndSpread(fluxSum_, fluxSquares_, frames - 1, out);
    std::vector<double> levels(levelDb_.begin(), levelDb_.end());
    addMeanAndSpread(levels, out);
    out.push_back(static_cast<float>(lowEnergyShare(levelDb_)));
    addPauses(levelDb_, out);
    // The first frame's onset is 0 by definition; leave it out as the clip features did.
    addBeat(std::span(onsets_).subspan(1), out);
    return out;
}

}  // namespace lectern
