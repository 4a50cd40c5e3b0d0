#include "index/StoredItemOffsets.h"

namespace lectern {

Result<std::map<int64_t, std::vector<float>>> storedItemOffsets(CatalogReader& reader, const SearchSpace& space,
                                                                const std::vector<int64_t>& itemIds)
{
    std::map<int64_t, std::vector<float>> offsets;
    if (!space.hasItemPart() || itemIds.empty()) return offsets;
    const auto means = reader.itemEmbeddings(itemIds);
    if (!means) return means.error();
    const auto profiles = reader.itemSoundProfiles(itemIds);
    if (!profiles) return profiles.error();
    for (const auto& [itemId, mean] : *means) {
        const auto profile = profiles->find(itemId);
        offsets[itemId] = space.itemOffset(mean, profile == profiles->end() ? std::span<const float>()
                                                                            : std::span<const float>(profile->second));
    }
    return offsets;
}

std::span<const float> offsetOf(const std::map<int64_t, std::vector<float>>& offsets, int64_t itemId)
{
    const auto found = offsets.find(itemId);
    return found == offsets.end() ? std::span<const float>() : std::span<const float>(found->second);
}

}  // namespace lectern
