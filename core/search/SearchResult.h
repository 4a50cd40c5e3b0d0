// One answer of the search engine: which item, how well it matched, the
// moment to play from and, in words, why it was found.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lectern {

// The groups of an answer. An example's: the same recording, then what
// sounds similar. Words': the items whose words (or names) hold them, then
// those found by how they sound alone ("dog" finds clip-0007.ogg).
inline constexpr const char* kTextGroup = "text";
inline constexpr const char* kSoundsLikeGroup = "sounds like";
inline constexpr const char* kSameRecordingGroup = "same recording";
inline constexpr const char* kSoundsSimilarGroup = "sounds similar";

struct SearchResult {
    int64_t itemId = 0;
    std::string path;
    std::string title;  // the tag title, else the file name
    double score = 0.0;  // higher is better; comparable within a group only
    double startSeconds = 0.0;
    std::string reason;
    std::string group;
};

struct SearchAnswer {
    std::vector<SearchResult> results;
    std::vector<std::string> notes;  // what the engine did not understand or could not use
};

}  // namespace lectern
