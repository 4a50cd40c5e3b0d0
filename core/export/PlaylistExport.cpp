#include "export/PlaylistExport.h"

#include <cstdio>
#include <fstream>

#include "common/Paths.h"

namespace lectern {
namespace {

// Line breaks would end an #EXTINF line early and start a bogus entry.
std::string oneLine(const std::string& text)
{
    std::string line;
    for (char c : text) line += (c == '\n' || c == '\r') ? ' ' : c;
    return line;
}

bool hasLineBreak(const std::string& text) { return text.find_first_of("\r\n") != std::string::npos; }

// A path no line can hold, as a file URL that encodes every awkward byte.
std::string fileUrl(const std::string& absolutePath)
{
    static const char* hex = "0123456789ABCDEF";
    std::string url = "file://";
    if (absolutePath.empty() || absolutePath.front() != '/') url += '/';  // C:/… on Windows
    for (unsigned char c : absolutePath) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            url += static_cast<char>(c);
        } else {
            url += '%';
            url += hex[c >> 4];
            url += hex[c & 15];
        }
    }
    return url;
}

// Relative to the playlist's folder when both share a root (the same drive on
// Windows), so that a folder copied with its playlist still plays.
std::string playlistPathOf(const std::string& itemPath, const std::filesystem::path& playlistFolder)
{
    if (hasLineBreak(itemPath)) return fileUrl(itemPath);
    const std::filesystem::path file = fromUtf8(itemPath);
    const std::filesystem::path relative = file.lexically_relative(playlistFolder);
    if (relative.empty() || file.root_name() != playlistFolder.root_name()) return itemPath;
    const std::string path = toUtf8(relative.generic_string());
    // A line that starts with # is a comment to every player (found by fuzzing).
    return path.front() == '#' ? "./" + path : path;
}

std::string csvField(const std::string& text)
{
    std::string value = text;
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
        value.insert(0, 1, '\'');
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string number(double value, const char* format)
{
    char text[32];
    std::snprintf(text, sizeof text, format, value);
    return text;
}


}  // namespace

std::string m3u8Playlist(const std::vector<Item>& items, const std::filesystem::path& playlistFile)
{
    const std::filesystem::path folder = std::filesystem::absolute(playlistFile).parent_path().lexically_normal();
    std::string text = "#EXTM3U\n";
    for (const Item& item : items) {
        const std::string label =
            item.tags.artist.empty() ? titleOf(item) : item.tags.artist + " - " + titleOf(item);
        text += "#EXTINF:" + std::to_string(static_cast<long long>(item.durationSeconds + 0.5)) + "," +
                oneLine(label) + "\n";
        text += playlistPathOf(item.path, folder) + "\n";
    }
    return text;
}

std::string csvTable(const std::vector<Item>& items)
{
    std::string text = "title,artist,album,genre,year,language,comment,class,kind,duration_s,loudness_lufs,path\r\n";
    for (const Item& item : items) {
        const std::vector<std::string> fields = {
            titleOf(item),
            item.tags.artist,
            item.tags.album,
            item.tags.genre,
            item.tags.year > 0 ? std::to_string(item.tags.year) : std::string(),
            item.tags.language,
            item.tags.comment,
            item.resourceClass,
            nameOf(item.kind),
            number(item.durationSeconds, "%.1f"),
            item.loudnessLufs ? number(*item.loudnessLufs, "%.1f") : std::string(),
            item.path};
        for (size_t i = 0; i < fields.size(); ++i) text += (i ? "," : "") + csvField(fields[i]);
        text += "\r\n";
    }
    return text;
}

Status writeTextFile(const std::filesystem::path& file, const std::string& text)
{
    std::filesystem::path partial = file;
    partial += ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) return failure("cannot write " + toUtf8(file));
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            return failure("could not finish writing " + toUtf8(file) + " (is the disk full?)");
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, file, error);
    if (error) {
        std::filesystem::remove(partial, error);
        return failure("cannot write " + toUtf8(file) + ": " + error.message());
    }
    return success();
}

}  // namespace lectern
