#include "index/StoredItemOffsets.h"

namespace lectern {
namespace {

std::span<const float> valuesOf(const std::map<int64_t, std::vector<float>>& values, int64_t itemId)
{
    const auto found = values.find(itemId);
    return found == values.end() ? std::span<const float>() : std::span<const float>(found->second);
}

}  // namespace

std::span<const float> StoredItemSounds::meanOf(int64_t itemId) const { return valuesOf(means, itemId); }
std::span<const float> StoredItemSounds::profileOf(int64_t itemId) const { return valuesOf(profiles, itemId); }
std::span<const float> StoredItemSounds::descriptorsOf(int64_t itemId) const
{
    return valuesOf(descriptors, itemId);
}

std::vector<float> StoredItemSounds::offsetIn(const SearchSpace& space, int64_t itemId) const
{
    const std::span<const float> mean = meanOf(itemId);
    return mean.empty() ? std::vector<float>()
                        : space.itemOffset(mean, profileOf(itemId), descriptorsOf(itemId));
}

Result<StoredItemSounds> readItemSounds(CatalogReader& reader, const std::vector<int64_t>& itemIds)
{
    StoredItemSounds sounds;
    if (itemIds.empty()) return sounds;
    auto means = reader.itemEmbeddings(itemIds);
    if (!means) return means.error();
    auto profiles = reader.itemSoundProfiles(itemIds);
    if (!profiles) return profiles.error();
    auto descriptors = reader.itemSoundDescriptors(itemIds);
    if (!descriptors) return descriptors.error();
    sounds.means = std::move(*means);
    sounds.profiles = std::move(*profiles);
    sounds.descriptors = std::move(*descriptors);
    return sounds;
}

std::map<int64_t, std::vector<float>> itemOffsets(const SearchSpace& space, const StoredItemSounds& sounds)
{
    std::map<int64_t, std::vector<float>> offsets;
    if (!space.hasItemPart()) return offsets;
    for (const auto& entry : sounds.means) offsets[entry.first] = sounds.offsetIn(space, entry.first);
    return offsets;
}

Result<std::map<int64_t, std::vector<float>>> storedItemOffsets(CatalogReader& reader, const SearchSpace& space,
                                                                const std::vector<int64_t>& itemIds)
{
    if (!space.hasItemPart()) return std::map<int64_t, std::vector<float>>();
    const auto sounds = readItemSounds(reader, itemIds);
    if (!sounds) return sounds.error();
    return itemOffsets(space, *sounds);
}

std::span<const float> offsetOf(const std::map<int64_t, std::vector<float>>& offsets, int64_t itemId)
{
    return valuesOf(offsets, itemId);
}

}  // namespace lectern
