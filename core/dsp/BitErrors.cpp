#include "dsp/BitErrors.h"

#include <algorithm>
#include <bit>

#include "dsp/Fingerprint.h"

namespace lectern {
namespace {

// Frames of a query of `queryFrames` that lie on a candidate of
// `candidateFrames` when the query starts at `position` there.
size_t sharedFrames(size_t queryFrames, size_t candidateFrames, int position)
{
    if (position < 0) return 0;
    const auto start = static_cast<size_t>(position);
    return std::min(queryFrames, candidateFrames - std::min(candidateFrames, start));
}

// The level of a bit from its margin relative to the query's median margin:
// below half of it, below it, below twice it, or above. The margins scale
// with the clip's own dynamics, so the median, not a fixed figure, sets the
// scale.
int levelOf(float relativeMargin)
{
    if (relativeMargin < 0.5f) return 0;
    if (relativeMargin < 1.0f) return 1;
    if (relativeMargin < 2.0f) return 2;
    return 3;
}

}  // namespace

double bitErrorRate(std::span<const uint32_t> query, std::span<const uint32_t> candidate, int position)
{
    const size_t overlap = sharedFrames(query.size(), candidate.size(), position);
    if (overlap == 0) return 1.0;
    long long errors = 0;
    for (size_t i = 0; i < overlap; ++i) errors += std::popcount(query[i] ^ candidate[static_cast<size_t>(position) + i]);
    return static_cast<double>(errors) / (32.0 * static_cast<double>(overlap));
}

WeightedBitErrors::WeightedBitErrors(std::span<const uint32_t> query, std::span<const float> margins)
    : codes_(query.begin(), query.end()), levelMasks_(query.size()), weightBefore_(query.size() + 1, 0.0)
{
    const bool weighted = !query.empty() && margins.size() == query.size() * kFingerprintBits;
    float median = 0.0f;
    if (weighted) {
        std::vector<float> sorted(margins.begin(), margins.end());
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
        median = sorted[sorted.size() / 2];
    }
    for (size_t frame = 0; frame < query.size(); ++frame) {
        double weight = 0.0;
        for (int bit = 0; bit < kFingerprintBits; ++bit) {
            int level = 2;  // weight 1.5 for all: the plain rate
            if (weighted && median > 0.0f) {
                level = levelOf(margins[frame * kFingerprintBits + static_cast<size_t>(bit)] / median);
            }
            levelMasks_[frame][static_cast<size_t>(level)] |= 1u << bit;
            weight += kWeights[static_cast<size_t>(level)];
        }
        weightBefore_[frame + 1] = weightBefore_[frame] + weight;
    }
}

double WeightedBitErrors::at(std::span<const uint32_t> candidate, int position) const
{
    const size_t overlap = sharedFrames(codes_.size(), candidate.size(), position);
    if (overlap == 0 || weightBefore_[overlap] <= 0.0) return 1.0;
    const auto start = static_cast<size_t>(position);
    std::array<long long, kLevels> errors{};
    for (size_t i = 0; i < overlap; ++i) {
        const uint32_t differing = codes_[i] ^ candidate[start + i];
        for (size_t level = 0; level < kLevels; ++level) errors[level] += std::popcount(differing & levelMasks_[i][level]);
    }
    double weighted = 0.0;
    for (size_t level = 0; level < kLevels; ++level) weighted += kWeights[level] * static_cast<double>(errors[level]);
    return weighted / weightBefore_[overlap];
}

}  // namespace lectern
