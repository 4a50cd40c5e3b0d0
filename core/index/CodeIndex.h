// The index of the 64-bit segment codes (issue 6, design §7; codes from the
// hash head of P4): Hamming distance by popcount. Small enough (16 bytes a
// segment) to hold codes where the vector index would not fit, so it is the
// first stage of example search in libraries too large for the vector index,
// or where that index cannot be opened.
//
// Two ways to answer, with the same answers: a scan of every code, and
// multi-index hashing (Norouzi et al.): the code split into four 16-bit
// substrings, each with a table of the entries holding each value. A code
// within r bits of the query agrees with it within r/4 bits on at least one
// substring (if every substring differed by more, the whole would differ by
// 4·(r/4 + 1) > r), so probing each table at the substrings within r/4
// bits finds every candidate; their full distance decides. This pays where
// codes spread over many values and the radius is small; codes that crowd
// into few values make the tables' lists long, and the scan is then as good
// (tools/bench/search prints both).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "catalog/Item.h"

namespace lectern {

struct CodeHit {
    int64_t itemId = 0;
    double startSeconds = 0.0;
    int distance = 0;  // bits that differ
};

inline int hammingDistance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

class CodeIndex {
public:
    explicit CodeIndex(std::vector<StoredSegmentCode> codes);

    size_t size() const { return codes_.size(); }
    size_t memoryBytes() const;

    // Every entry within `radius` bits of `code`, nearest first, ties in
    // the order the entries were given. By the substring tables where the
    // radius is small and the codes spread enough for them to pay, else by the scan.
    std::vector<CodeHit> within(uint64_t code, int radius) const;
    // The same by comparing with every entry.
    std::vector<CodeHit> scanWithin(uint64_t code, int radius) const;
    // The `count` nearest entries, nearest first, ties in entry order: the
    // substring tables at growing radii while they pay and until they find
    // enough, else the scan.
    std::vector<CodeHit> nearest(uint64_t code, size_t count) const;
    // The same by the scan alone.
    std::vector<CodeHit> scanNearest(uint64_t code, size_t count) const;

private:
    static constexpr int kSubstrings = 4;
    static constexpr int kSubstringBits = 16;
    static constexpr int kMostProbedSubstringDistance = 2;
    // For the nearest, at most this far: where the tables find too few
    // within 7 bits, the nearest lie so far apart that the scan is quicker
    // than probing 137 values a table (10M evenly spread codes: 30 against 22 ms).
    static constexpr int kMostProbedSubstringDistanceForNearest = 1;

    // Candidates from the tables, each once, with their full distance.
    std::vector<CodeHit> probe(uint64_t code, int radius) const;
    // How many table entries a probe at this radius reads: where it is a
    // good part of the index, the scan is as quick.
    size_t probeReads(uint64_t code, int radius) const;
    bool probePays(uint64_t code, int radius) const;
    std::vector<CodeHit> hitsOf(std::vector<std::pair<int, uint32_t>> distanceAndEntry) const;

    std::vector<uint64_t> codes_;  // apart from the places, so the scan reads 8 bytes an entry
    std::vector<std::pair<int64_t, double>> places_;  // item id and segment start
    // Per substring: the entries sorted by the substring's value, and where
    // each of the 65,536 values starts among them.
    std::array<std::vector<uint32_t>, kSubstrings> entries_;
    std::array<std::vector<uint32_t>, kSubstrings> starts_;
};

}  // namespace lectern
