// A collection or a list of results as files other programs read: an M3U8
// playlist (UTF-8, paths relative to the playlist where they can be) and a
// CSV table of the metadata (RFC 4180, safe to open in a spreadsheet).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "catalog/Item.h"
#include "common/Result.h"

namespace lectern {

// The playlist's text for a file to be written at `playlistFile`.
std::string m3u8Playlist(const std::vector<Item>& items, const std::filesystem::path& playlistFile);

// One header row, then one row per item.
std::string csvTable(const std::vector<Item>& items);

// Writes `text` to `file` whole or not at all (a temporary file renamed over it).
Status writeTextFile(const std::filesystem::path& file, const std::string& text);

}  // namespace lectern
