// Reads title, artist, album, genre, comment, year and track with TagLib.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "media/Tags.h"

namespace lectern {

// Never fails: a file TagLib cannot parse simply has no tags.
Tags readTags(const std::filesystem::path& path);

// What the library knows of a file: TagLib first, the container's metadata
// (MediaInfo::containerTags) for the fields TagLib leaves empty.
Tags readTags(const std::filesystem::path& path, const std::map<std::string, std::string>& containerTags);

}  // namespace lectern
