// Bit errors between a query's sub-fingerprints and a candidate's: the
// plain share of differing bits, and the same with each bit weighted by how
// sure the query is of it. Under loud noise a query's weak
// bits (small margins) are close to coin flips while its strong bits still
// agree with the source, so counting the strong ones more brings the true
// source's error rate down (white noise at 0 dB: median 0.26 to 0.14), while
// unrelated audio stays at 0.5 whatever the weights (tools/README.md).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace lectern {

// Share of differing bits between the query and the candidate from
// `position`, over the frames both have; 1 where they share none.
double bitErrorRate(std::span<const uint32_t> query, std::span<const uint32_t> candidate, int position);

class WeightedBitErrors {
public:
    // margins: 32 per code, as fingerprintOf gives them; without them every
    // bit weighs the same and this is the plain bit error rate.
    WeightedBitErrors(std::span<const uint32_t> query, std::span<const float> margins);

    // The weighted share of differing bits against the candidate's codes from
    // `position` on, over the frames both have; 1 where they share none.
    double at(std::span<const uint32_t> candidate, int position) const;

private:
    // Weights come in a few levels, so that a frame costs one popcount a level.
    static constexpr int kLevels = 4;
    static constexpr std::array<float, kLevels> kWeights{0.25f, 0.75f, 1.5f, 3.0f};
    std::vector<uint32_t> codes_;
    std::vector<std::array<uint32_t, kLevels>> levelMasks_;  // per code: its bits at each level
    std::vector<double> weightBefore_;                       // summed weight of the codes before each
};

}  // namespace lectern
