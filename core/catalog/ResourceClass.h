// The five resource classes of design §1, plus "unknown" before analysis.
#pragma once

#include <array>
#include <string_view>

namespace lectern {

inline constexpr std::string_view kUnknownClass = "unknown";
inline constexpr std::array<std::string_view, 5> kResourceClasses = {
    "music", "language", "lecture", "drama", "audiobook"};

constexpr bool isResourceClassOrUnknown(std::string_view id)
{
    if (id == kUnknownClass) return true;
    for (std::string_view known : kResourceClasses) {
        if (id == known) return true;
    }
    return false;
}

}  // namespace lectern
