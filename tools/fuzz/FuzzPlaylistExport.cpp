// M3U8 and CSV export of items with hostile names: the input's lines are
// paths, titles and artists. Every item must stay one entry: the playlist
// has one line that is not a comment per item, and the CSV one record per
// item (quoted fields may hold line breaks, so records are counted by
// quote parity).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "export/PlaylistExport.h"

namespace {

size_t playlistEntries(const std::string& playlist)
{
    size_t entries = 0, start = 0;
    while (start < playlist.size()) {
        size_t end = playlist.find('\n', start);
        if (end == std::string::npos) end = playlist.size();
        const std::string line = playlist.substr(start, end - start);
        if (!line.empty() && line != "\r" && line[0] != '#') ++entries;
        start = end + 1;
    }
    return entries;
}

size_t csvRecords(const std::string& table)
{
    size_t records = 0;
    bool quoted = false;
    for (char c : table) {
        if (c == '"') quoted = !quoted;
        if (c == '\n' && !quoted) ++records;
    }
    return records;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::vector<std::string> fields(1);
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            fields.emplace_back();
        } else {
            fields.back() += static_cast<char>(data[i]);
        }
    }
    std::vector<lectern::Item> items;
    for (size_t i = 0; i < fields.size(); i += 3) {
        lectern::Item item;
        item.id = static_cast<int64_t>(items.size() + 1);
        item.path = "/media/" + fields[i];
        item.tags.title = i + 1 < fields.size() ? fields[i + 1] : "";
        item.tags.artist = i + 2 < fields.size() ? fields[i + 2] : "";
        items.push_back(item);
    }
    if (playlistEntries(lectern::m3u8Playlist(items, "/media/list.m3u8")) != items.size()) __builtin_trap();
    if (csvRecords(lectern::csvTable(items)) != items.size() + 1) __builtin_trap();  // and the header
    return 0;
}
