#include "pipeline/ItemCache.h"

#include "pipeline/analyzers/KeyframeAnalyzer.h"
#include "pipeline/analyzers/SpectrogramAnalyzer.h"

namespace lectern {

void removeCachedResults(const std::filesystem::path& cacheDirectory, int64_t itemId)
{
    // The cache is rebuildable: a file that cannot be removed is only wasted space.
    std::error_code ignored;
    std::filesystem::remove(spectrogramOverviewFile(cacheDirectory, itemId), ignored);
    std::filesystem::remove(spectrogramCacheFile(cacheDirectory, itemId), ignored);
    std::filesystem::remove_all(keyframeDirectory(cacheDirectory, itemId), ignored);
}

}  // namespace lectern
