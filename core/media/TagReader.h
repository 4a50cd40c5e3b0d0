// Reads title, artist, album, genre, comment, year and track with TagLib.
#pragma once

#include <filesystem>

#include "media/Tags.h"

namespace lectern {

// Never fails: a file TagLib cannot parse simply has no tags.
Tags readTags(const std::filesystem::path& path);

}  // namespace lectern
