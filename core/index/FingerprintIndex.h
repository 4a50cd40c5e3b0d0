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
    // Each table indexes every stride-th reference frame; the query probes all of its own.
    int stride = 4;
    size_t maxBucket = 20000;  // longer buckets (silence, hum) are skipped when probing
    // Tables keyed by different bits of the codes: the first by the lowest
    // keyBits (the low bands), the second by the highest. Noise spoils bands
    // unevenly (white noise the quiet high bands, babble the low ones), so a
    // query whose key bits are spoilt in one table may still find its item in
    // the other. The second indexes the frames half-way between the first's:
    // two tables at stride 4 hold as many postings as one at stride 2, and
    // found babble at 10 dB in 95 % of queries instead of 91 % (50k items,
    // tools/README.md).
    int tables = 2;
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
