#include "VoicePitch.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lectern::vocabulary {
namespace {

constexpr double kSampleRate = 16000.0;
constexpr int kHop = 160;                                     // 10 ms
constexpr int kWindow = 480;                                  // 30 ms: two periods of the lowest pitch
constexpr int kShortestLag = static_cast<int>(kSampleRate / 500.0);
constexpr int kLongestLag = static_cast<int>(kSampleRate / 60.0);
// YIN's absolute threshold on the normalised difference: below it a lag is
// a period; frames where no lag goes below it are unvoiced.
constexpr double kThreshold = 0.15;
// Frames quieter than this below the recording's loudest frame are pauses
// and breath, whose "pitch" is noise.
constexpr double kQuietestDb = 30.0;

double energyOf(std::span<const float> frame)
{
    double sum = 0.0;
    for (float s : frame) sum += static_cast<double>(s) * s;
    return sum / static_cast<double>(frame.size());
}

// The frame's period in samples (with parabolic interpolation), or 0 when unvoiced.
double periodOf(std::span<const float> samples, size_t start)
{
    std::vector<double> difference(kLongestLag + 2, 0.0);
    for (int lag = 1; lag <= kLongestLag + 1; ++lag) {
        double sum = 0.0;
        for (int j = 0; j < kWindow; ++j) {
            const double d = static_cast<double>(samples[start + j]) - samples[start + j + lag];
            sum += d * d;
        }
        difference[lag] = sum;
    }
    std::vector<double> normalised(difference.size(), 1.0);
    double running = 0.0;
    for (int lag = 1; lag <= kLongestLag + 1; ++lag) {
        running += difference[lag];
        normalised[lag] = running > 0.0 ? difference[lag] * lag / running : 1.0;
    }
    for (int lag = kShortestLag; lag <= kLongestLag; ++lag) {
        if (normalised[lag] >= kThreshold) continue;
        while (lag < kLongestLag && normalised[lag + 1] < normalised[lag]) ++lag;  // to the dip's bottom
        const double before = normalised[lag - 1], at = normalised[lag], after = normalised[lag + 1];
        const double curvature = before - 2.0 * at + after;
        const double shift = curvature > 0.0 ? 0.5 * (before - after) / curvature : 0.0;
        return lag + std::clamp(shift, -0.5, 0.5);
    }
    return 0.0;
}

}  // namespace

std::optional<VoicePitch> voicePitchOf(std::span<const float> samples, int minimumVoicedFrames)
{
    const size_t span = kWindow + kLongestLag + 2;
    if (samples.size() < span) return std::nullopt;
    std::vector<size_t> starts;
    std::vector<double> energies;
    for (size_t start = 0; start + span <= samples.size(); start += kHop) {
        starts.push_back(start);
        energies.push_back(energyOf(samples.subspan(start, kWindow)));
    }
    const double loudest = *std::max_element(energies.begin(), energies.end());
    if (loudest <= 0.0) return std::nullopt;
    const double quietest = loudest * std::pow(10.0, -kQuietestDb / 10.0);
    std::vector<double> pitches;
    for (size_t i = 0; i < starts.size(); ++i) {
        if (energies[i] < quietest) continue;
        const double period = periodOf(samples, starts[i]);
        if (period > 0.0) pitches.push_back(kSampleRate / period);
    }
    if (static_cast<int>(pitches.size()) < minimumVoicedFrames) return std::nullopt;
    std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
    return VoicePitch{pitches[pitches.size() / 2], static_cast<int>(pitches.size())};
}

}  // namespace lectern::vocabulary
