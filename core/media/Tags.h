// The descriptive tags a teacher's files carry.
#pragma once

#include <map>
#include <string>

namespace lectern {

struct Tags {
    std::string title;
    std::string artist;
    std::string album;
    std::string genre;
    std::string comment;
    int year = 0;   // 0 when absent
    int track = 0;  // 0 when absent
    std::string language;  // ISO 639-1 where known (LanguageCode.h); empty when absent

    // Fills the fields that are still empty from a container's metadata
    // (FFmpeg's keys), for formats TagLib does not read (Matroska, AVI).
    void fillMissingFrom(const std::map<std::string, std::string>& containerTags);
};

}  // namespace lectern
