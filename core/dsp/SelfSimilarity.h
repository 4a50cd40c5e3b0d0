// The second filter of same-recording search (P1 §3, eq. 18-23): the
// self-similarity matrix of a sub-fingerprint sequence, a_uk = similarity of
// frames u and k, compared between the query and a candidate by sliding the
// query's l×l block along the candidate's diagonal.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace lectern {

// 1 - Hamming distance / 32.
double codeSimilarity(uint32_t a, uint32_t b);

// The l×l self-similarity block of the first l codes, row-major.
std::vector<float> selfSimilarityBlock(std::span<const uint32_t> codes, int length);

struct SelfSimilarityComparison {
    double mae = 1.0;   // eq. 20 at the best position
    double made = 1.0;  // eq. 21 at the best position
    int position = -1;  // eq. 23: the candidate frame where the query block fits best
};

// Tries every candidate position in [first, last] (clipped to where the block fits)
// and keeps the one with the lowest MAE (eq. 22).
SelfSimilarityComparison compareSelfSimilarity(std::span<const float> queryBlock, int length,
                                               std::span<const uint32_t> candidate, int first, int last);

}  // namespace lectern
