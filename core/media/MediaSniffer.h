// Decides whether a file is worth handing to the decoder: by its extension,
// or, for files without a known one, by the magic bytes at its start.
#pragma once

#include <filesystem>

namespace lectern {

bool hasMediaExtension(const std::filesystem::path& path);

// True when the first bytes look like a container FFmpeg reads. Unreadable
// files answer false.
bool looksLikeMedia(const std::filesystem::path& path);

}  // namespace lectern
