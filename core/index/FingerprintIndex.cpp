#include "index/FingerprintIndex.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace lectern {
namespace {

constexpr int kCodeBits = 32;

// The positions of the `count` smallest margins among the key bits.
std::vector<int> weakestBits(std::span<const float> margins, int keyBits, int count)
{
    std::vector<int> bits(static_cast<size_t>(keyBits));
    std::iota(bits.begin(), bits.end(), 0);
    count = std::min(count, keyBits);
    std::partial_sort(bits.begin(), bits.begin() + count, bits.end(),
                      [&](int a, int b) { return margins[static_cast<size_t>(a)] < margins[static_cast<size_t>(b)]; });
    bits.resize(static_cast<size_t>(count));
    return bits;
}

}  // namespace

FingerprintIndex::FingerprintIndex(FingerprintIndexOptions options)
    : options_(options), keyMask_(options.keyBits >= 32 ? 0xffffffffu : (1u << options.keyBits) - 1u)
{
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
    return codes_.capacity() * sizeof(uint32_t) + itemStart_.capacity() * sizeof(uint64_t) +
           bucketStart_.capacity() * sizeof(uint64_t) + postings_.capacity() * sizeof(Posting);
}

void FingerprintIndex::build()
{
    // Counting sort by key: two passes, no temporary copy of the postings.
    bucketStart_.assign(static_cast<size_t>(keyMask_) + 2, 0);
    const auto stride = static_cast<uint64_t>(std::max(1, options_.stride));
    for (uint32_t item = 0; item < itemCount(); ++item) {
        for (uint64_t i = itemStart_[item]; i < itemStart_[item + 1]; i += stride) ++bucketStart_[keyOf(codes_[i]) + 1];
    }
    std::partial_sum(bucketStart_.begin(), bucketStart_.end(), bucketStart_.begin());
    postings_.resize(bucketStart_.back());
    std::vector<uint64_t> fill(bucketStart_.begin(), bucketStart_.end() - 1);
    for (uint32_t item = 0; item < itemCount(); ++item) {
        for (uint64_t i = itemStart_[item]; i < itemStart_[item + 1]; i += stride) {
            postings_[fill[keyOf(codes_[i])]++] = {item, static_cast<uint32_t>(i - itemStart_[item])};
        }
    }
}

std::vector<FingerprintCandidate> FingerprintIndex::candidates(std::span<const uint32_t> query,
                                                               std::span<const float> margins, int probeBits,
                                                               size_t maxCandidates) const
{
    if (bucketStart_.empty() || itemCount() == 0) return {};
    struct Hit {
        uint32_t item;
        int offset;
    };
    std::vector<Hit> hits;
    std::vector<uint16_t> votes(itemCount(), 0);
    const bool haveMargins = margins.size() == query.size() * kCodeBits && probeBits > 0;
    for (size_t q = 0; q < query.size(); ++q) {
        const uint32_t key = keyOf(query[q]);
        std::vector<int> flips;
        if (haveMargins) flips = weakestBits(margins.subspan(q * kCodeBits, kCodeBits), options_.keyBits, probeBits);
        const uint32_t combinations = 1u << flips.size();
        for (uint32_t combination = 0; combination < combinations; ++combination) {
            uint32_t probe = key;
            for (size_t b = 0; b < flips.size(); ++b) {
                if (combination & (1u << b)) probe ^= 1u << flips[b];
            }
            const uint64_t begin = bucketStart_[probe], end = bucketStart_[probe + 1];
            if (end - begin > options_.maxBucket) continue;
            for (uint64_t p = begin; p < end; ++p) {
                const Posting& posting = postings_[p];
                hits.push_back({posting.item, static_cast<int>(posting.frame) - static_cast<int>(q)});
                if (votes[posting.item] < UINT16_MAX) ++votes[posting.item];
            }
        }
    }

    // The items with most hits, then the offset most of their hits agree on.
    std::vector<uint32_t> items;
    std::vector<bool> listed(itemCount(), false);
    for (const Hit& hit : hits) {
        if (!listed[hit.item]) {
            listed[hit.item] = true;
            items.push_back(hit.item);
        }
    }
    const size_t keep = std::min(items.size(), maxCandidates * 2);
    std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(keep), items.end(),
                      [&](uint32_t a, uint32_t b) { return votes[a] > votes[b]; });
    items.resize(keep);

    std::vector<int32_t> slot(itemCount(), -1);
    for (size_t i = 0; i < items.size(); ++i) slot[items[i]] = static_cast<int32_t>(i);
    std::vector<std::vector<int>> offsets(items.size());
    for (const Hit& hit : hits) {
        if (slot[hit.item] >= 0) offsets[static_cast<size_t>(slot[hit.item])].push_back(hit.offset);
    }
    std::vector<FingerprintCandidate> found;
    for (size_t i = 0; i < items.size(); ++i) {
        std::vector<int>& list = offsets[i];
        std::sort(list.begin(), list.end());
        // The offset with most hits within one frame of it.
        int bestOffset = 0, bestVotes = 0;
        size_t low = 0, high = 0;
        for (size_t centre = 0; centre < list.size(); ++centre) {
            while (list[low] < list[centre] - 1) ++low;
            while (high < list.size() && list[high] <= list[centre] + 1) ++high;
            const int count = static_cast<int>(high - low);
            if (count > bestVotes) {
                bestVotes = count;
                bestOffset = list[centre];
            }
        }
        found.push_back({items[i], bestOffset, bestVotes});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.votes > b.votes; });
    if (found.size() > maxCandidates) found.resize(maxCandidates);
    return found;
}

}  // namespace lectern
