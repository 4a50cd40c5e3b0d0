// Keyframes by SKM (P2): an adaptive number of clusters from the statistics
// of consecutive-frame distances, a self-organising map for pre-clustering,
// and k-medoids seeded by the map; the medoids are the keyframes.
#pragma once

#include <cstddef>
#include <vector>

#include "vision/FrameDescriptor.h"

namespace lectern {

struct SkmOptions {
    // K = 1 + the number of consecutive distances above mean + delta * deviation
    // (P2 leaves delta open; 1.0 measured best in tools/bench/keyframes).
    double delta = 1.0;
    int mapEpochs = 20;
    int medoidIterations = 30;
    // P2 takes the member with the smallest summed distance to its cluster;
    // the smallest largest distance serves the worst-covered frame better.
    enum class Medoid { SummedDistance, LargestDistance };
    Medoid medoid = Medoid::LargestDistance;  // measured better: tools/bench/keyframes
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

// P2's metrics as the issue defines them.
double keyframeFidelity(const std::vector<FrameDescriptor>& frames, const std::vector<size_t>& keyframes);
double compressionRatio(size_t frames, size_t keyframes);

}  // namespace lectern
