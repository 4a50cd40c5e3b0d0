#include "index/CodeIndex.h"

#include <algorithm>

namespace lectern {
namespace {

constexpr uint32_t kSubstringValues = 1u << 16;

uint32_t substringOf(uint64_t code, int which) { return static_cast<uint32_t>(code >> (16 * which)) & 0xFFFFu; }

// The 16-bit masks of at most two set bits, fewest first: what turns a
// substring into every value within two bits of it.
const std::vector<uint32_t>& masksByWeight()
{
    static const std::vector<uint32_t> masks = [] {
        std::vector<uint32_t> all{0};
        for (int i = 0; i < 16; ++i) all.push_back(1u << i);
        for (int i = 0; i < 16; ++i) {
            for (int j = i + 1; j < 16; ++j) all.push_back((1u << i) | (1u << j));
        }
        return all;
    }();
    return masks;
}

// Popcount is one instruction on processors that have it (x86-64 since
// about 2008) and a bit-twiddling routine on the x86-64 baseline the build
// targets, four times slower: the scan is built both ways and the loader
// picks the one the processor can run.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("popcnt", "default")))
#endif
void hammingDistances(const uint64_t* codes, size_t count, uint64_t query, uint8_t* distances)
{
    for (size_t e = 0; e < count; ++e) distances[e] = static_cast<uint8_t>(__builtin_popcountll(codes[e] ^ query));
}

size_t masksWithin(int bits) { return bits <= 0 ? 1 : bits == 1 ? 17 : 137; }

}  // namespace

CodeIndex::CodeIndex(std::vector<StoredSegmentCode> codes)
{
    codes_.reserve(codes.size());
    places_.reserve(codes.size());
    for (const StoredSegmentCode& entry : codes) {
        codes_.push_back(entry.code);
        places_.emplace_back(entry.itemId, entry.startSeconds);
    }
    for (int t = 0; t < kSubstrings; ++t) {
        std::vector<uint32_t>& starts = starts_[t];
        starts.assign(kSubstringValues + 1, 0);
        for (uint64_t code : codes_) ++starts[substringOf(code, t) + 1];
        for (uint32_t v = 0; v < kSubstringValues; ++v) starts[v + 1] += starts[v];
        std::vector<uint32_t> next(starts.begin(), starts.end() - 1);
        entries_[t].resize(codes_.size());
        for (uint32_t e = 0; e < codes_.size(); ++e) entries_[t][next[substringOf(codes_[e], t)]++] = e;
    }
}

size_t CodeIndex::memoryBytes() const
{
    size_t bytes = codes_.capacity() * sizeof(uint64_t) + places_.capacity() * sizeof(places_[0]);
    for (int t = 0; t < kSubstrings; ++t) bytes += (entries_[t].capacity() + starts_[t].capacity()) * sizeof(uint32_t);
    return bytes;
}

std::vector<CodeHit> CodeIndex::hitsOf(std::vector<std::pair<int, uint32_t>> distanceAndEntry) const
{
    std::sort(distanceAndEntry.begin(), distanceAndEntry.end());
    std::vector<CodeHit> hits;
    hits.reserve(distanceAndEntry.size());
    for (const auto& [distance, entry] : distanceAndEntry) {
        hits.push_back({places_[entry].first, places_[entry].second, distance});
    }
    return hits;
}

std::vector<CodeHit> CodeIndex::probe(uint64_t code, int radius) const
{
    const int substringRadius = radius / kSubstrings;
    const auto& masks = masksByWeight();
    const size_t maskCount = masksWithin(substringRadius);
    std::vector<std::pair<int, uint32_t>> found;
    for (int t = 0; t < kSubstrings; ++t) {
        const uint32_t query = substringOf(code, t);
        for (size_t m = 0; m < maskCount; ++m) {
            const uint32_t value = query ^ masks[m];
            for (uint32_t i = starts_[t][value]; i < starts_[t][value + 1]; ++i) {
                const uint32_t entry = entries_[t][i];
                const uint64_t candidate = codes_[entry];
                // Each candidate once: from the first table that finds it.
                bool foundEarlier = false;
                for (int earlier = 0; earlier < t && !foundEarlier; ++earlier) {
                    foundEarlier = __builtin_popcount(substringOf(candidate, earlier) ^ substringOf(code, earlier)) <=
                                   substringRadius;
                }
                if (foundEarlier) continue;
                const int distance = hammingDistance(candidate, code);
                if (distance <= radius) found.emplace_back(distance, entry);
            }
        }
    }
    return hitsOf(std::move(found));
}

size_t CodeIndex::probeReads(uint64_t code, int radius) const
{
    const auto& masks = masksByWeight();
    size_t reads = 0;
    for (int t = 0; t < kSubstrings; ++t) {
        const uint32_t query = substringOf(code, t);
        for (size_t m = 0; m < masksWithin(radius / kSubstrings); ++m) {
            const uint32_t value = query ^ masks[m];
            reads += starts_[t][value + 1] - starts_[t][value];
        }
    }
    return reads;
}

bool CodeIndex::probePays(uint64_t code, int radius) const
{
    // A table read costs a random access and more than a scanned code:
    // the tables pay while they read a small part of the index.
    return radius / kSubstrings <= kMostProbedSubstringDistance && probeReads(code, radius) < codes_.size() / 16;
}

std::vector<CodeHit> CodeIndex::within(uint64_t code, int radius) const
{
    if (radius < 0) return {};
    return probePays(code, radius) ? probe(code, radius) : scanWithin(code, radius);
}

std::vector<CodeHit> CodeIndex::scanWithin(uint64_t code, int radius) const
{
    std::vector<uint8_t> distances(codes_.size());
    hammingDistances(codes_.data(), codes_.size(), code, distances.data());
    std::vector<std::pair<int, uint32_t>> found;
    for (uint32_t e = 0; e < codes_.size(); ++e) {
        if (distances[e] <= radius) found.emplace_back(distances[e], e);
    }
    return hitsOf(std::move(found));
}

std::vector<CodeHit> CodeIndex::nearest(uint64_t code, size_t count) const
{
    if (count == 0) return {};
    // Within r bits holds at least `count` entries: then the `count` nearest are all among them.
    for (int substringRadius = 0; substringRadius <= kMostProbedSubstringDistanceForNearest; ++substringRadius) {
        const int radius = kSubstrings * substringRadius + kSubstrings - 1;
        if (!probePays(code, radius)) break;
        std::vector<CodeHit> hits = probe(code, radius);
        if (hits.size() >= count) {
            hits.resize(count);
            return hits;
        }
    }
    return scanNearest(code, count);
}

std::vector<CodeHit> CodeIndex::scanNearest(uint64_t code, size_t count) const
{
    // One pass for the distances and their histogram; the histogram gives
    // the distance where the `count` nearest end.
    std::vector<uint8_t> distances(codes_.size());
    hammingDistances(codes_.data(), codes_.size(), code, distances.data());
    std::array<size_t, 65> histogram{};
    for (uint8_t distance : distances) ++histogram[distance];
    int last = 0;
    size_t nearer = 0;
    while (last < 64 && nearer + histogram[last] < count) nearer += histogram[last++];
    size_t atLast = count - nearer;
    std::vector<std::pair<int, uint32_t>> found;
    for (uint32_t e = 0; e < codes_.size(); ++e) {
        if (distances[e] < last || (distances[e] == last && atLast > 0 && atLast--)) found.emplace_back(distances[e], e);
    }
    return hitsOf(std::move(found));
}

}  // namespace lectern
