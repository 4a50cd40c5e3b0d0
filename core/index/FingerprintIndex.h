// The first filter of same-recording search (P1 §3): an inverted index from
// hashed sub-fingerprints to (item, frame). A query votes for (item, offset)
// pairs; the best-voted pairs are the candidates for the second filter.
// Fewer key bits find more under noise but filter less (P1 Fig. 6).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace lectern {

struct FingerprintIndexOptions {
    // The key is the lowest keyBits bits of a code; 0 chooses by size at build(),
    // about four postings a bucket, between 16 and 24 bits (measured: tools/README.md).
    int keyBits = 0;
    int stride = 2;     // index every stride-th reference frame: the query probes all of its own
    size_t maxBucket = 20000;  // longer buckets (silence, hum) are skipped when probing
    // A second table keyed by the codes' highest keyBits bits, over every
    // highBitsStride-th frame half-way between the first table's (0: none).
    // Noise spoils bands unevenly: white noise the quiet high bands, babble
    // the low ones where speech is loud. The first table (lowest bits, low
    // bands) finds white noise best, the second babble (tools/README.md).
    int highBitsStride = 4;
};

struct FingerprintCandidate {
    uint32_t item = 0;
    int offset = 0;  // reference frame aligned with the query's first frame
    int votes = 0;
};

class FingerprintIndex {
public:
    explicit FingerprintIndex(FingerprintIndexOptions options = {});

    void reserve(size_t codes, size_t items);
    // Keeps the codes (the second filter needs them); returns the item's number.
    uint32_t add(std::span<const uint32_t> codes);
    // Call once after the last add() and before candidates().
    void build();

    size_t itemCount() const { return itemStart_.size() - 1; }
    std::span<const uint32_t> codes(uint32_t item) const;
    size_t memoryBytes() const;
    int keyBits() const { return options_.keyBits; }

    // probes: keys looked up per query frame; beyond the first, the most
    // likely variants given the bit margins (none without margins).
    std::vector<FingerprintCandidate> candidates(std::span<const uint32_t> query, std::span<const float> margins,
                                                 int probes, size_t maxCandidates) const;

private:
    struct Posting {
        uint32_t item;
        uint32_t frame;
    };
    struct KeyTable {
        int shift = 0;        // the key is (code >> shift) & keyMask_
        uint64_t phase = 0;   // the first reference frame indexed
        uint64_t stride = 1;  // and every stride-th after it
        std::vector<uint32_t> bucketStart;  // 32 bits: half the cache misses of 64 when probing
        std::vector<Posting> postings;
        uint32_t keyOf(uint32_t code, uint32_t mask) const { return (code >> shift) & mask; }
    };
    void buildTable(KeyTable& table) const;

    FingerprintIndexOptions options_;
    uint32_t keyMask_;
    std::vector<uint32_t> codes_;
    std::vector<uint64_t> itemStart_{0};
    std::vector<KeyTable> tables_;
};

}  // namespace lectern
