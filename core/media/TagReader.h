// Reads title, artist, album, genre, comment, year and track with TagLib.
#pragma once

#include <filesystem>
#include <cstdint>
#include <map>
#include <span>
#include <string>

#include "media/Tags.h"

namespace lectern {

// Never fails: a file TagLib cannot parse simply has no tags.
Tags readTags(const std::filesystem::path& path);
// The same for a file's bytes in memory (its kind told by its content).
Tags readTagsFromMemory(std::span<const uint8_t> bytes);

// What the library knows of a file: TagLib first, the container's metadata
// (MediaInfo::containerTags) for the fields TagLib leaves empty.
Tags readTags(const std::filesystem::path& path, const std::map<std::string, std::string>& containerTags);

}  // namespace lectern
