// Which of an item's segments the vector index keeps: a segment that sounds
// like one already kept (cosine at or above `sameAbove`) adds nothing to
// finding the item, only memory — a 45-minute lecture is a few hundred
// segments but a handful of distinct sounds.
#pragma once

#include <cstddef>
#include <vector>

#include "catalog/Item.h"
#include "common/UnitVectors.h"

namespace lectern {

inline constexpr float kSameSoundSimilarity = 0.9f;
inline constexpr size_t kMostSegmentsPerItem = 24;

// Indexes into `segments` (in time order) of those to keep; never empty
// when `segments` is not.
std::vector<size_t> distinctSegments(const std::vector<SegmentEmbedding>& segments,
                                     float sameAbove = kSameSoundSimilarity, size_t most = kMostSegmentsPerItem);

}  // namespace lectern
