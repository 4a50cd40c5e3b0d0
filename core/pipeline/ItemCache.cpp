#include "pipeline/ItemCache.h"

#include <string>

namespace lectern {

std::filesystem::path spectrogramOverviewFile(const std::filesystem::path& cacheDirectory, int64_t itemId)
{
    return cacheDirectory / "spectrograms" / (std::to_string(itemId) + ".png");
}

std::filesystem::path spectrogramCacheFile(const std::filesystem::path& cacheDirectory, int64_t itemId)
{
    return cacheDirectory / "spectrograms" / (std::to_string(itemId) + ".mel");
}

std::filesystem::path keyframeDirectory(const std::filesystem::path& cacheDirectory, int64_t itemId)
{
    return cacheDirectory / "keyframes" / std::to_string(itemId);
}

void removeCachedResults(const std::filesystem::path& cacheDirectory, int64_t itemId)
{
    // The cache is rebuildable: a file that cannot be removed is only wasted space.
    std::error_code ignored;
    std::filesystem::remove(spectrogramOverviewFile(cacheDirectory, itemId), ignored);
    std::filesystem::remove(spectrogramCacheFile(cacheDirectory, itemId), ignored);
    std::filesystem::remove_all(keyframeDirectory(cacheDirectory, itemId), ignored);
}

}  // namespace lectern
