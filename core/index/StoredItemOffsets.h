// What each item adds to its segments in the search space
// (SearchSpace::itemOffset), from the mean embedding, sound profile and
// sound descriptors the import stored for it: the index, the example search and the code filter
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

// What the import stored of each item's sound as a whole. Read once where
// several users need it (the modifier model reads the means and profiles).
struct StoredItemSounds {
    std::map<int64_t, std::vector<float>> means, profiles, descriptors;
    std::span<const float> meanOf(int64_t itemId) const;         // empty where none is stored
    std::span<const float> profileOf(int64_t itemId) const;      // empty where none is stored
    std::span<const float> descriptorsOf(int64_t itemId) const;  // empty where none are stored
    // SearchSpace::itemOffset of the item; empty without a stored mean embedding.
    std::vector<float> offsetIn(const SearchSpace& space, int64_t itemId) const;
};
Result<StoredItemSounds> readItemSounds(CatalogReader& reader, const std::vector<int64_t>& itemIds);

// Each item's offset, for those with a stored mean embedding (the others'
// segments are placed without one); nothing where the space has no item part.
std::map<int64_t, std::vector<float>> itemOffsets(const SearchSpace& space, const StoredItemSounds& sounds);
// The same read from the catalog; reads nothing where the space has no item part.
Result<std::map<int64_t, std::vector<float>>> storedItemOffsets(CatalogReader& reader, const SearchSpace& space,
                                                                const std::vector<int64_t>& itemIds);

// The offset of `itemId` in `offsets`, empty where it has none.
std::span<const float> offsetOf(const std::map<int64_t, std::vector<float>>& offsets, int64_t itemId);

}  // namespace lectern
