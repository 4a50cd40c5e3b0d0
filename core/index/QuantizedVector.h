// Unit vectors stored as int8 (value × 127) for the vector index: a quarter
// of float32's memory, which is what lets 100k items' segments fit in well
// under a gigabyte; the rounding moves a cosine by about 0.005.
// (hnswlib's headers define functions that are not inline, so only
// VectorIndex.cpp includes them; the metric is here, free of hnswlib.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace lectern {

std::vector<int8_t> quantizedUnitVector(std::span<const float> values);
// The cosine of two quantised unit vectors.
float quantizedSimilarity(const int8_t* a, const int8_t* b, size_t dimensions);

}  // namespace lectern
