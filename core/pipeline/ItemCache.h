// The files the analyzers keep per item in the library cache, as one place
// that knows them all: for removing an item without leaving orphans.
#pragma once

#include <cstdint>
#include <filesystem>

namespace lectern {

void removeCachedResults(const std::filesystem::path& cacheDirectory, int64_t itemId);

}  // namespace lectern
