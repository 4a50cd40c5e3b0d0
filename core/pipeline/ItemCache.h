// Where the analyzers keep their bulky per-item files inside the library's
// cache folder (design §4): the one place that knows the layout, for the
// analyzers that write them, the readers that show them, and removal.
#pragma once

#include <cstdint>
#include <filesystem>

namespace lectern {

std::filesystem::path spectrogramOverviewFile(const std::filesystem::path& cacheDirectory, int64_t itemId);
std::filesystem::path spectrogramCacheFile(const std::filesystem::path& cacheDirectory, int64_t itemId);
std::filesystem::path keyframeDirectory(const std::filesystem::path& cacheDirectory, int64_t itemId);

void removeCachedResults(const std::filesystem::path& cacheDirectory, int64_t itemId);

}  // namespace lectern
