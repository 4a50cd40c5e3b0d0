// Byte-wise text helpers for ASCII letters and spaces; UTF-8 bytes above
// 0x7F pass through unchanged, so they are safe on any UTF-8 text.
#pragma once

#include <string>
#include <string_view>

namespace lectern {

inline bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline std::string asciiLowercase(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace lectern
