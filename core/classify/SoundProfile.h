// The spectral profile of a clip or a whole file: for each of the 64
// log-mel bands, the mean and the standard deviation over its frames. The
// classifier CNN's embedding keeps what tells the five classes apart; the
// profile keeps what it drops: how loud each band is and how much it
// varies, which an added event, a louder background or a music bed change
// (the query modifier reads it, ModifierInput.h).
#pragma once

#include <span>
#include <vector>

#include "dsp/LogMel.h"

namespace lectern {

inline constexpr int kSoundProfileSize = 2 * kMelBands;

class SoundProfileAccumulator {
public:
    // Whole frames of kMelBands values each.
    void addFrames(std::span<const float> frames);
    // Means, then standard deviations; empty before the first frame.
    std::vector<float> profile() const;

private:
    std::vector<double> sums_ = std::vector<double>(kMelBands, 0.0);
    std::vector<double> squares_ = std::vector<double>(kMelBands, 0.0);
    long long frames_ = 0;
};

}  // namespace lectern
