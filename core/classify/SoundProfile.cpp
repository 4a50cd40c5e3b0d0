#include "classify/SoundProfile.h"

#include <algorithm>
#include <cmath>

namespace lectern {

void SoundProfileAccumulator::addFrames(std::span<const float> frames)
{
    const size_t count = frames.size() / kMelBands;
    for (size_t frame = 0; frame < count; ++frame) {
        const float* values = frames.data() + frame * kMelBands;
        for (int band = 0; band < kMelBands; ++band) {
            sums_[band] += values[band];
            squares_[band] += double{values[band]} * values[band];
        }
    }
    frames_ += static_cast<long long>(count);
}

std::vector<float> SoundProfileAccumulator::profile() const
{
    if (frames_ == 0) return {};
    std::vector<float> profile(kSoundProfileSize);
    const auto n = static_cast<double>(frames_);
    for (int band = 0; band < kMelBands; ++band) {
        const double mean = sums_[band] / n;
        profile[band] = static_cast<float>(mean);
        profile[kMelBands + band] = static_cast<float>(std::sqrt(std::max(0.0, squares_[band] / n - mean * mean)));
    }
    return profile;
}

}  // namespace lectern
