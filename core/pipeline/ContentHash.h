// A content fingerprint that recognises a moved or renamed file without
// reading all of it: the size plus 64 KiB from the start, middle and end,
// hashed with 64-bit FNV-1a. Media files that agree on all of these are,
// in practice, the same file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "common/Result.h"

namespace lectern {

Result<std::string> contentHash(const std::filesystem::path& path, int64_t size);

}  // namespace lectern
