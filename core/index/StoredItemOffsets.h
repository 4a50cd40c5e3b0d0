// What each item adds to its segments in the search space
// (SearchSpace::itemOffset), from the mean embedding and sound profile the
// import stored for it: the index, the example search and the code filter
// all place an item's segments the same way.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "catalog/CatalogReader.h"
#include "common/Result.h"
#include "index/SearchSpace.h"

namespace lectern {

// Nothing where the space has no item part; an item with no stored mean
// embedding is left out (its segments are placed without an offset).
Result<std::map<int64_t, std::vector<float>>> storedItemOffsets(CatalogReader& reader, const SearchSpace& space,
                                                                const std::vector<int64_t>& itemIds);

// The offset of `itemId` in `offsets`, empty where it has none.
std::span<const float> offsetOf(const std::map<int64_t, std::vector<float>>& offsets, int64_t itemId);

}  // namespace lectern
