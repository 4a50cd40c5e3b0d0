#include "search/SimilarByCodes.h"

#include <algorithm>
#include <map>

#include "common/UnitVectors.h"
#include "index/StoredItemOffsets.h"

namespace lectern {
namespace {

// Segments taken by code for each item wanted: enough that ties on the
// code still leave the embeddings a choice.
constexpr size_t kSegmentsPerWantedItem = 10;

}  // namespace

Result<std::vector<VectorHit>> similarItemsByCodes(const CodeIndex& codes, uint64_t code, const std::vector<float>& query,
                                           const SearchSpace& space, CatalogReader& reader, size_t count,
                                           const std::set<int64_t>& excluded)
{
    std::map<int64_t, double> startOfItem;  // of its nearest segment by code
    std::vector<int64_t> itemIds;
    for (const CodeHit& hit : codes.nearest(code, count * kSegmentsPerWantedItem)) {
        if (excluded.count(hit.itemId) || !startOfItem.emplace(hit.itemId, hit.startSeconds).second) continue;
        itemIds.push_back(hit.itemId);
    }
    const auto sounds = readItemSounds(reader, itemIds);
    if (!sounds) return sounds.error();
    const auto offsets = itemOffsets(space, *sounds);
    std::vector<VectorHit> hits;
    for (const auto& [itemId, mean] : sounds->means) {
        hits.push_back({itemId, startOfItem.at(itemId), cosineOf(space.map(mean, offsetOf(offsets, itemId)), query)});
    }
    std::sort(hits.begin(), hits.end(), [](const VectorHit& a, const VectorHit& b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.itemId < b.itemId;
    });
    if (hits.size() > count) hits.resize(count);
    return hits;
}

}  // namespace lectern
