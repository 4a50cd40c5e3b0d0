#include "vision/SkmKeyframes.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace lectern {
namespace {

float distance(const FrameDescriptor& a, const FrameDescriptor& b) { return 1.0f - descriptorSimilarity(a, b); }

size_t nearest(const FrameDescriptor& frame, const std::vector<FrameDescriptor>& centres)
{
    size_t best = 0;
    float bestSimilarity = -2.0f;
    for (size_t k = 0; k < centres.size(); ++k) {
        const float similarity = descriptorSimilarity(frame, centres[k]);
        if (similarity > bestSimilarity) {
            bestSimilarity = similarity;
            best = k;
        }
    }
    return best;
}

// A K x 1 self-organising map: winner by similarity, Gaussian neighbourhood
// exp(-S^2 / 2 sigma^2) on the lattice, learning rate and radius shrinking.
std::vector<FrameDescriptor> trainMap(const std::vector<FrameDescriptor>& frames, int clusters, const SkmOptions& options)
{
    std::vector<FrameDescriptor> neurons;
    for (int k = 0; k < clusters; ++k) {
        neurons.push_back(frames[static_cast<size_t>((k + 0.5) * static_cast<double>(frames.size()) / clusters)]);
    }
    std::vector<size_t> order(frames.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(options.seed);
    const double steps = static_cast<double>(options.mapEpochs) * static_cast<double>(frames.size());
    double step = 0;
    for (int epoch = 0; epoch < options.mapEpochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        for (size_t i : order) {
            const double progress = step++ / steps;
            const double rate = 0.5 * (1.0 - progress) + 0.01;
            const double radius = std::max(0.5, clusters / 4.0 * (1.0 - progress));
            const FrameDescriptor& x = frames[i];
            const auto winner = static_cast<int>(nearest(x, neurons));
            for (int k = 0; k < clusters; ++k) {
                const double lattice = k - winner;
                const double pull = rate * std::exp(-lattice * lattice / (2.0 * radius * radius));
                if (pull < 1e-4) continue;
                FrameDescriptor& w = neurons[static_cast<size_t>(k)];
                for (size_t d = 0; d < w.size(); ++d) w[d] += static_cast<float>(pull * (x[d] - w[d]));
            }
        }
    }
    return neurons;
}

// Each frame's two most similar keyframes (by index into the keyframes).
struct Coverage {
    std::vector<float> best, second;
    std::vector<size_t> owner, secondOwner;

    Coverage(const std::vector<FrameDescriptor>& frames, const std::vector<size_t>& keyframes)
        : best(frames.size()), second(frames.size()), owner(frames.size()), secondOwner(frames.size())
    {
        for (size_t i = 0; i < frames.size(); ++i) recompute(frames, keyframes, i);
    }

    void recompute(const std::vector<FrameDescriptor>& frames, const std::vector<size_t>& keyframes, size_t i)
    {
        best[i] = second[i] = -2.0f;
        for (size_t k = 0; k < keyframes.size(); ++k) offer(i, k, descriptorSimilarity(frames[i], frames[keyframes[k]]));
    }

    void offer(size_t i, size_t k, float similarity)
    {
        if (similarity > best[i]) {
            second[i] = best[i];
            secondOwner[i] = owner[i];
            best[i] = similarity;
            owner[i] = k;
        } else if (similarity > second[i]) {
            second[i] = similarity;
            secondOwner[i] = k;
        }
    }
};


}  // namespace

double changeThreshold(const std::vector<FrameDescriptor>& frames, double delta)
{
    if (frames.size() < 2) return 0.0;
    std::vector<double> distances;
    for (size_t i = 0; i + 1 < frames.size(); ++i) distances.push_back(distance(frames[i], frames[i + 1]));
    const double mean = std::accumulate(distances.begin(), distances.end(), 0.0) / static_cast<double>(distances.size());
    double variance = 0;
    for (double d : distances) variance += (d - mean) * (d - mean);
    return mean + delta * std::sqrt(variance / static_cast<double>(distances.size()));
}

int adaptiveClusterCount(const std::vector<FrameDescriptor>& frames, double delta)
{
    if (frames.size() < 2) return static_cast<int>(frames.size());
    const double threshold = changeThreshold(frames, delta);
    size_t above = 0;
    for (size_t i = 0; i + 1 < frames.size(); ++i) above += distance(frames[i], frames[i + 1]) > threshold;
    return static_cast<int>(std::min(frames.size(), 1 + above));
}

std::vector<size_t> refineMedoids(const std::vector<FrameDescriptor>& frames, std::vector<size_t> medoids, int iterations,
                                  SkmOptions::Medoid medoid)
{
    std::vector<size_t> assignment(frames.size());
    for (int iteration = 0; iteration < iterations; ++iteration) {
        for (size_t i = 0; i < frames.size(); ++i) {
            float best = 3.0f;
            for (size_t k = 0; k < medoids.size(); ++k) {
                const float d = distance(frames[i], frames[medoids[k]]);
                if (d < best) {
                    best = d;
                    assignment[i] = k;
                }
            }
        }
        bool changed = false;
        for (size_t k = 0; k < medoids.size(); ++k) {
            std::vector<size_t> members;
            for (size_t i = 0; i < frames.size(); ++i) {
                if (assignment[i] == k) members.push_back(i);
            }
            size_t bestMember = medoids[k];
            double bestSum = 1e300;
            for (size_t candidate : members) {
                double sum = 0;
                for (size_t other : members) {
                    const double d = distance(frames[candidate], frames[other]);
                    sum = medoid == SkmOptions::Medoid::SummedDistance ? sum + d : std::max(sum, d);
                }
                if (sum < bestSum) {
                    bestSum = sum;
                    bestMember = candidate;
                }
            }
            changed = changed || bestMember != medoids[k];
            medoids[k] = bestMember;
        }
        if (!changed) break;
    }
    std::sort(medoids.begin(), medoids.end());
    medoids.erase(std::unique(medoids.begin(), medoids.end()), medoids.end());
    return medoids;
}

std::vector<size_t> selectKeyframesSkm(const std::vector<FrameDescriptor>& frames, const SkmOptions& options)
{
    if (frames.empty()) return {};
    const int clusters = std::max(1, adaptiveClusterCount(frames, options.delta));
    const std::vector<FrameDescriptor> neurons = trainMap(frames, clusters, options);
    // Snap each neuron to its most similar real frame, each frame used once.
    std::vector<size_t> seeds;
    std::vector<bool> taken(frames.size(), false);
    for (const FrameDescriptor& neuron : neurons) {
        size_t best = frames.size();
        float bestSimilarity = -2.0f;
        for (size_t i = 0; i < frames.size(); ++i) {
            const float similarity = descriptorSimilarity(neuron, frames[i]);
            if (!taken[i] && similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = i;
            }
        }
        if (best < frames.size()) {
            taken[best] = true;
            seeds.push_back(best);
        }
    }
    std::vector<size_t> keyframes = improveWorstCoverage(
        frames, refineMedoids(frames, seeds, options.medoidIterations, options.medoid), options.coverageSwaps);
    if (options.coverageFloor > 0.0f) keyframes = coverEveryFrame(frames, std::move(keyframes), options.coverageFloor);
    return keyframes;
}

std::vector<size_t> coverEveryFrame(const std::vector<FrameDescriptor>& frames, std::vector<size_t> keyframes,
                                    float floor)
{
    if (frames.empty()) return keyframes;
    std::vector<float> coverage(frames.size(), -2.0f);
    const auto cover = [&](size_t keyframe) {
        for (size_t i = 0; i < frames.size(); ++i) {
            coverage[i] = std::max(coverage[i], descriptorSimilarity(frames[i], frames[keyframe]));
        }
    };
    for (size_t k : keyframes) cover(k);
    while (keyframes.size() < frames.size()) {
        const auto worst = static_cast<size_t>(std::min_element(coverage.begin(), coverage.end()) - coverage.begin());
        if (coverage[worst] >= floor) break;
        keyframes.push_back(worst);
        cover(worst);
    }
    std::sort(keyframes.begin(), keyframes.end());
    return keyframes;
}

std::vector<size_t> improveWorstCoverage(const std::vector<FrameDescriptor>& frames, std::vector<size_t> keyframes,
                                         int swaps)
{
    const size_t n = frames.size(), count = keyframes.size();
    if (n == 0 || count < 2 || swaps <= 0) {
        std::sort(keyframes.begin(), keyframes.end());
        return keyframes;
    }
    Coverage coverage(frames, keyframes);
    std::vector<float> toWorst(n);
    for (int swap = 0; swap < swaps; ++swap) {
        const auto worst = static_cast<size_t>(std::min_element(coverage.best.begin(), coverage.best.end()) -
                                               coverage.best.begin());
        for (size_t i = 0; i < n; ++i) toWorst[i] = descriptorSimilarity(frames[i], frames[worst]);
        // With `worst` in and keyframe k out, frame i is covered by
        // max(toWorst, its best, or its second where k was its best). The
        // worst coverage for every k at once: the two lowest of the frames'
        // max(toWorst, best) by owner, and each owner's frames on their second.
        std::vector<float> keptLowest(count, 2.0f), fallbackLowest(count, 2.0f);
        for (size_t i = 0; i < n; ++i) {
            const size_t k = coverage.owner[i];
            keptLowest[k] = std::min(keptLowest[k], std::max(toWorst[i], coverage.best[i]));
            fallbackLowest[k] = std::min(fallbackLowest[k], std::max(toWorst[i], coverage.second[i]));
        }
        size_t lowestOwner = 0;
        for (size_t k = 1; k < count; ++k) {
            if (keptLowest[k] < keptLowest[lowestOwner]) lowestOwner = k;
        }
        float secondLowest = 2.0f;
        for (size_t k = 0; k < count; ++k) {
            if (k != lowestOwner) secondLowest = std::min(secondLowest, keptLowest[k]);
        }
        size_t replaced = count;
        float bestCoverage = coverage.best[worst];
        for (size_t k = 0; k < count; ++k) {
            const float others = k == lowestOwner ? secondLowest : keptLowest[lowestOwner];
            const float covered = std::min(others, fallbackLowest[k]);
            if (covered > bestCoverage) {
                bestCoverage = covered;
                replaced = k;
            }
        }
        if (replaced == count) break;
        keyframes[replaced] = worst;
        for (size_t i = 0; i < n; ++i) {
            if (coverage.owner[i] == replaced || coverage.secondOwner[i] == replaced) {
                coverage.recompute(frames, keyframes, i);
            } else {
                coverage.offer(i, replaced, toWorst[i]);
            }
        }
    }
    std::sort(keyframes.begin(), keyframes.end());
    return keyframes;
}

double keyframeFidelity(const std::vector<FrameDescriptor>& frames, const std::vector<size_t>& keyframes)
{
    if (frames.empty() || keyframes.empty()) return 0.0;
    double worst = 1.0;
    for (const FrameDescriptor& frame : frames) {
        float best = -1.0f;
        for (size_t k : keyframes) best = std::max(best, descriptorSimilarity(frame, frames[k]));
        worst = std::min(worst, static_cast<double>(best));
    }
    return worst;
}

double compressionRatio(size_t frames, size_t keyframes)
{
    return frames == 0 ? 0.0 : 1.0 - static_cast<double>(keyframes) / static_cast<double>(frames);
}

}  // namespace lectern
