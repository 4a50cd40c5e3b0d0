// Keyframes by SKM (P2): an adaptive number of clusters from the statistics
// of consecutive-frame distances, a self-organising map for pre-clustering,
// and k-medoids seeded by the map; the medoids are the keyframes, then
// swapped for worse-covered frames where that raises the worst coverage.
#pragma once

#include <cstddef>
#include <vector>

#include "vision/FrameDescriptor.h"

namespace lectern {

struct SkmOptions {
    // K = 1 + the number of consecutive distances above mean + delta * deviation
    // (P2 leaves delta open). Larger deltas keep fewer keyframes (2.5 reaches
    // P2's CR of 0.936 in tools/bench/keyframes) but miss the cuts of short
    // videos with few shots: a 6 s video of three shots gets one keyframe at 2.5.
    double delta = 1.0;
    int mapEpochs = 20;
    int medoidIterations = 30;
    // P2 takes the member with the smallest summed distance to its cluster;
    // the smallest largest distance serves the worst-covered frame better.
    enum class Medoid { SummedDistance, LargestDistance };
    Medoid medoid = Medoid::LargestDistance;  // measured better: tools/bench/keyframes
    // After the medoids: swaps that bring the worst-covered frame in as a
    // keyframe for the one whose loss costs least, while the worst coverage
    // improves (the number of keyframes stays). P2's fidelity is that worst
    // coverage, which medoids, being central, leave to fades and short
    // shots: 0.528 -> 0.789 at delta 1.0 (tools/bench/keyframes). 0 leaves
    // the medoids as they are.
    int coverageSwaps = 100;
    // Sparse samples (a video sampled at its key frames only, seconds apart)
    // break the adaptive K: most consecutive samples then differ, the
    // threshold rises with them, and the keyframes are too few (2 of 9
    // samples on a 6-shot minute). Above 0, keyframes are added (the
    // worst-covered sample each time) until every sample is at least this
    // similar to one. 0 leaves K as the rule gives it, as P2 does.
    float coverageFloor = 0.0f;
    unsigned seed = 1;
};

// mean + delta * deviation of the distances between consecutive frames.
double changeThreshold(const std::vector<FrameDescriptor>& frames, double delta);
int adaptiveClusterCount(const std::vector<FrameDescriptor>& frames, double delta);

// Indices of the keyframes in time order; at least one for a non-empty input.
std::vector<size_t> selectKeyframesSkm(const std::vector<FrameDescriptor>& frames, const SkmOptions& options = {});

// k-medoids refinement from seed frames; also used by the benchmark's baselines.
std::vector<size_t> refineMedoids(const std::vector<FrameDescriptor>& frames, std::vector<size_t> seeds, int iterations,
                                  SkmOptions::Medoid medoid = SkmOptions::Medoid::SummedDistance);

// Swaps a keyframe for the worst-covered frame while that raises the worst
// coverage (keyframeFidelity), at most `swaps` times; same number of keyframes, in time order.
std::vector<size_t> improveWorstCoverage(const std::vector<FrameDescriptor>& frames, std::vector<size_t> keyframes,
                                         int swaps);

// Adds the worst-covered frame as a keyframe while some frame is less similar
// than `floor` to every keyframe; in time order.
std::vector<size_t> coverEveryFrame(const std::vector<FrameDescriptor>& frames, std::vector<size_t> keyframes,
                                    float floor);

// P2's metrics as the issue defines them.
double keyframeFidelity(const std::vector<FrameDescriptor>& frames, const std::vector<size_t>& keyframes);
double compressionRatio(size_t frames, size_t keyframes);

}  // namespace lectern
