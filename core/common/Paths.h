// UTF-8 conversions for std::filesystem paths, so that non-ASCII file names
// survive the trip into SQLite, JSON and the C libraries on every platform.
#pragma once

#include <filesystem>
#include <string>

namespace lectern {

std::string toUtf8(const std::filesystem::path& path);
std::filesystem::path fromUtf8(const std::string& utf8);

}  // namespace lectern
