#include "index/FingerprintIndex.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numeric>
#include <utility>

namespace lectern {
namespace {

constexpr int kCodeBits = 32;
constexpr int kOffsetSlack = 2;  // a query may start a little before its item's first frame

// The keys most likely to be the reference's, given how close each query bit
// was to flipping: subsets of the weakest bits in increasing order of their
// summed margins (the multi-probe sequence of Lv et al.), the key itself first.
std::vector<uint32_t> probeKeys(uint32_t key, std::span<const float> margins, int keyBits, int probes)
{
    std::vector<uint32_t> keys{key};
    if (probes <= 1 || margins.empty()) return keys;
    constexpr int kWeakest = 14;
    std::vector<int> bits(static_cast<size_t>(keyBits));
    std::iota(bits.begin(), bits.end(), 0);
    const int weakest = std::min(kWeakest, keyBits);
    std::partial_sort(bits.begin(), bits.begin() + weakest, bits.end(),
                      [&](int a, int b) { return margins[static_cast<size_t>(a)] < margins[static_cast<size_t>(b)]; });
    bits.resize(static_cast<size_t>(weakest));
    // A subset of the weakest bits as a mask over their ranks, with its
    // highest rank and the sum of its margins; no allocation per subset.
    struct Subset {
        float cost;
        uint32_t members;
        int last;
        bool operator>(const Subset& other) const { return cost > other.cost; }
    };
    const auto margin = [&](int rank) { return margins[static_cast<size_t>(bits[static_cast<size_t>(rank)])]; };
    std::vector<Subset> heap;
    heap.reserve(static_cast<size_t>(probes) * 2 + 2);
    const auto push = [&](Subset subset) {
        heap.push_back(subset);
        std::push_heap(heap.begin(), heap.end(), std::greater<>());
    };
    push({margin(0), 1u, 0});
    while (static_cast<int>(keys.size()) < probes && !heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const Subset subset = heap.back();
        heap.pop_back();
        uint32_t probe = key;
        for (int rank = 0; rank <= subset.last; ++rank) {
            if (subset.members & (1u << rank)) probe ^= 1u << bits[static_cast<size_t>(rank)];
        }
        keys.push_back(probe);
        const int next = subset.last + 1;
        if (next < weakest) {
            push({subset.cost + margin(next), subset.members | (1u << next), next});  // add the next bit
            push({subset.cost + margin(next) - margin(subset.last),                  // or move the last bit on
                  (subset.members & ~(1u << subset.last)) | (1u << next), next});
        }
    }
    return keys;
}

// Counts votes per (item, offset). Every vote is appended as one packed
// key; counting sorts them (radix, by the bits in use) and counts runs of
// equal keys. A hash table of counts missed the cache on nearly every vote:
// three quarters of a 256-probe search at 50k items went to that one load.
class OffsetVotes {
public:
    explicit OffsetVotes(size_t expected) { keys_.reserve(expected); }

    void add(uint32_t item, int offset) { keys_.push_back(pack(item, offset)); }

    // The pairs with most votes counting one frame either side, one per item.
    std::vector<FingerprintCandidate> best(size_t count)
    {
        sortKeys();
        std::vector<Run> runs;
        for (const uint64_t key : keys_) {
            if (runs.empty() || runs.back().key != key) runs.push_back({key, 0});
            ++runs.back().votes;
        }
        std::vector<size_t> top(runs.size());
        std::iota(top.begin(), top.end(), size_t{0});
        const size_t keep = std::min(top.size(), count * 8);
        std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(keep), top.end(),
                          [&](size_t a, size_t b) { return runs[a].votes > runs[b].votes; });
        top.resize(keep);
        std::vector<FingerprintCandidate> found;
        for (const size_t r : top) {
            const uint64_t key = runs[r].key;
            const auto item = static_cast<uint32_t>(key >> offsetBits_);
            const int offset = static_cast<int>(key & ((uint64_t{1} << offsetBits_) - 1)) - kOffsetSlack;
            // Sorted keys: the same item one frame earlier or later is the neighbouring run, if any.
            int votes = static_cast<int>(runs[r].votes);
            if (r > 0 && runs[r - 1].key + 1 == key && (runs[r - 1].key >> offsetBits_) == item) {
                votes += static_cast<int>(runs[r - 1].votes);
            }
            if (r + 1 < runs.size() && runs[r + 1].key == key + 1 &&
                (runs[r + 1].key >> offsetBits_) == item) {
                votes += static_cast<int>(runs[r + 1].votes);
            }
            auto same = std::find_if(found.begin(), found.end(), [&](const auto& c) { return c.item == item; });
            if (same == found.end()) {
                found.push_back({item, offset, votes});
            } else if (votes > same->votes) {
                *same = {item, offset, votes};
            }
        }
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.votes > b.votes; });
        if (found.size() > count) found.resize(count);
        return found;
    }

private:
    struct Run {
        uint64_t key;
        uint32_t votes;
    };

    // Item in the high half, the offset (never below -kOffsetSlack) raised to start at 0 in the low.
    static uint64_t pack(uint32_t item, int offset)
    {
        return (static_cast<uint64_t>(item) << 32) | static_cast<uint32_t>(offset + kOffsetSlack);
    }

    // Repacks the keys as item << offsetBits_ | offset with no unused bits
    // between, then sorts them by 11-bit digits over the bits in use.
    void sortKeys()
    {
        uint64_t items = 0, offsets = 0;
        for (const uint64_t key : keys_) {
            items |= key >> 32;
            offsets |= key & 0xffffffffu;
        }
        offsetBits_ = std::bit_width(offsets);
        const int bits = offsetBits_ + static_cast<int>(std::bit_width(items));
        for (uint64_t& key : keys_) key = ((key >> 32) << offsetBits_) | (key & 0xffffffffu);
        constexpr int kDigitBits = 11;
        constexpr size_t kDigits = size_t{1} << kDigitBits;
        std::vector<uint64_t> sorted(keys_.size());
        for (int shift = 0; shift < bits; shift += kDigitBits) {
            std::array<uint32_t, kDigits> start{};
            for (const uint64_t key : keys_) ++start[(key >> shift) & (kDigits - 1)];
            uint32_t total = 0;
            for (uint32_t& bucket : start) total += std::exchange(bucket, total);
            for (const uint64_t key : keys_) sorted[start[(key >> shift) & (kDigits - 1)]++] = key;
            keys_.swap(sorted);
        }
    }

    std::vector<uint64_t> keys_;
    int offsetBits_ = 32;
};

}  // namespace

FingerprintIndex::FingerprintIndex(FingerprintIndexOptions options) : options_(options), keyMask_(0) {}

void FingerprintIndex::reserve(size_t codes, size_t items)
{
    codes_.reserve(codes);
    itemStart_.reserve(items + 1);
}

uint32_t FingerprintIndex::add(std::span<const uint32_t> codes)
{
    codes_.insert(codes_.end(), codes.begin(), codes.end());
    itemStart_.push_back(codes_.size());
    return static_cast<uint32_t>(itemStart_.size() - 2);
}

std::span<const uint32_t> FingerprintIndex::codes(uint32_t item) const
{
    return std::span<const uint32_t>(codes_).subspan(itemStart_[item], itemStart_[item + 1] - itemStart_[item]);
}

size_t FingerprintIndex::memoryBytes() const
{
    size_t bytes = codes_.capacity() * sizeof(uint32_t) + itemStart_.capacity() * sizeof(uint64_t);
    for (const KeyTable& table : tables_) {
        bytes += table.bucketStart.capacity() * sizeof(uint32_t) + table.postings.capacity() * sizeof(Posting);
    }
    return bytes;
}

void FingerprintIndex::build()
{
    // Offsets are 32-bit: a library beyond four billion postings indexes fewer frames.
    while (codes_.size() / static_cast<uint64_t>(std::max(1, options_.stride)) >= UINT32_MAX) ++options_.stride;
    const auto stride = static_cast<uint64_t>(std::max(1, options_.stride));
    if (options_.keyBits <= 0) {
        const double postings = std::max(1.0, static_cast<double>(codes_.size()) / static_cast<double>(stride));
        options_.keyBits = std::clamp(static_cast<int>(std::lround(std::log2(postings))) - 2, 16, 24);
    }
    keyMask_ = options_.keyBits >= 32 ? 0xffffffffu : (1u << options_.keyBits) - 1u;
    tables_.clear();
    tables_.push_back(KeyTable{0, 0, stride, {}, {}});
    if (options_.highBitsStride > 0) {
        const auto highStride = std::max(stride, static_cast<uint64_t>(options_.highBitsStride));
        tables_.push_back(KeyTable{kCodeBits - options_.keyBits, stride / 2, highStride, {}, {}});
    }
    for (KeyTable& table : tables_) buildTable(table);
}

void FingerprintIndex::buildTable(KeyTable& table) const
{
    // Counting sort by key: two passes, no temporary copy of the postings.
    table.bucketStart.assign(static_cast<size_t>(keyMask_) + 2, 0);
    for (uint32_t item = 0; item < itemCount(); ++item) {
        for (uint64_t i = itemStart_[item] + table.phase; i < itemStart_[item + 1]; i += table.stride) {
            ++table.bucketStart[table.keyOf(codes_[i], keyMask_) + 1];
        }
    }
    std::partial_sum(table.bucketStart.begin(), table.bucketStart.end(), table.bucketStart.begin());
    table.postings.resize(table.bucketStart.back());
    std::vector<uint32_t> fill(table.bucketStart.begin(), table.bucketStart.end() - 1);
    for (uint32_t item = 0; item < itemCount(); ++item) {
        for (uint64_t i = itemStart_[item] + table.phase; i < itemStart_[item + 1]; i += table.stride) {
            table.postings[fill[table.keyOf(codes_[i], keyMask_)]++] = {item, static_cast<uint32_t>(i - itemStart_[item])};
        }
    }
}

std::vector<FingerprintCandidate> FingerprintIndex::candidates(std::span<const uint32_t> query,
                                                               std::span<const float> margins, int probes,
                                                               size_t maxCandidates) const
{
    if (tables_.empty() || itemCount() == 0) return {};
    // Votes go to (item, offset) pairs: a true match piles up at one offset,
    // chance hits scatter. A flat open-addressing table keeps this fast.
    OffsetVotes votes(query.size() * static_cast<size_t>(std::max(1, probes)) * 4 * tables_.size());
    const bool haveMargins = margins.size() == query.size() * kCodeBits;
    for (const KeyTable& table : tables_) {
        const auto shift = static_cast<size_t>(table.shift);
        for (size_t q = 0; q < query.size(); ++q) {
            const std::span<const float> keyMargins =
                haveMargins ? margins.subspan(q * kCodeBits + shift, kCodeBits - shift) : std::span<const float>();
            for (const uint32_t probe :
                 probeKeys(table.keyOf(query[q], keyMask_), keyMargins, options_.keyBits, probes)) {
                const uint64_t begin = table.bucketStart[probe], end = table.bucketStart[probe + 1];
                if (end - begin > options_.maxBucket) continue;
                for (uint64_t p = begin; p < end; ++p) {
                    const Posting& posting = table.postings[p];
                    const int offset = static_cast<int>(posting.frame) - static_cast<int>(q);
                    if (offset >= -kOffsetSlack) votes.add(posting.item, offset);
                }
            }
        }
    }
    return votes.best(maxCandidates);
}

}  // namespace lectern
