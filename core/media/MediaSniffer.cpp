#include "media/MediaSniffer.h"

#include "common/AsciiText.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fstream>
#include <string>

namespace lectern {
namespace {

constexpr std::array kMediaExtensions = {
    ".wav", ".wave", ".flac", ".mp3", ".mp2", ".ogg", ".oga", ".opus", ".m4a", ".m4b",
    ".aac", ".wma", ".aif", ".aiff", ".aifc", ".ape", ".wv", ".mka", ".ac3", ".amr",
    ".mp4", ".m4v", ".mkv", ".webm", ".avi", ".mov", ".wmv", ".mpg", ".mpeg", ".ts",
    ".mts", ".m2ts", ".3gp", ".flv", ".ogv", ".asf", ".vob",
};

bool startsWith(const std::array<unsigned char, 16>& head, size_t offset, const char* magic)
{
    const size_t length = std::strlen(magic);
    return offset + length <= head.size() && std::memcmp(head.data() + offset, magic, length) == 0;
}

}  // namespace

bool hasMediaExtension(const std::filesystem::path& path)
{
    const std::string extension = asciiLowercase(path.extension().string());
    return std::find(kMediaExtensions.begin(), kMediaExtensions.end(), extension) !=
           kMediaExtensions.end();
}

bool looksLikeMedia(const std::filesystem::path& path)
{
    std::array<unsigned char, 16> head{};
    std::ifstream file(path, std::ios::binary);
    if (!file.read(reinterpret_cast<char*>(head.data()), head.size())) return false;
    if (startsWith(head, 0, "RIFF") || startsWith(head, 0, "fLaC") ||
        startsWith(head, 0, "OggS") || startsWith(head, 0, "ID3") ||
        startsWith(head, 4, "ftyp") || startsWith(head, 0, "FORM") ||
        startsWith(head, 0, "MAC ") || startsWith(head, 0, "wvpk") ||
        startsWith(head, 0, "FLV")) {
        return true;
    }
    const bool matroska = head[0] == 0x1A && head[1] == 0x45 && head[2] == 0xDF && head[3] == 0xA3;
    const bool mpegAudioSync = head[0] == 0xFF && (head[1] & 0xE0) == 0xE0;
    const bool asf = head[0] == 0x30 && head[1] == 0x26 && head[2] == 0xB2 && head[3] == 0x75;
    const bool mpegProgram = head[0] == 0x00 && head[1] == 0x00 && head[2] == 0x01 && head[3] == 0xBA;
    return matroska || mpegAudioSync || asf || mpegProgram;
}

}  // namespace lectern
