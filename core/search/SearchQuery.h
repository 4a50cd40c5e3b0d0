// The search box's query language (issue 6): free words and "quoted
// phrases" plus filters — class:, kind:audio|video, duration:<5m / >30s,
// folder:, under:, year:, lang:, collection:, status:. Whatever a user types parses to something: a
// filter that cannot be understood becomes a note, never an error.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/Item.h"
#include "media/MediaInfo.h"

namespace lectern {

// Longer input is cut here (and a note says so); no useful query is longer.
inline constexpr size_t kMaxQueryCharacters = 1000;
inline constexpr size_t kMaxQueryTerms = 32;

struct SearchQuery {
    std::vector<std::string> terms;  // free words and phrases, in the order typed
    std::optional<std::string> resourceClass;
    std::optional<MediaKind> kind;
    std::optional<double> minDurationSeconds;
    std::optional<double> maxDurationSeconds;
    std::optional<std::string> folder;  // matches any part of the folder path
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    std::optional<std::string> language;  // ISO 639-1 where known (media/LanguageCode.h)
    std::optional<std::string> folderTree;  // under:PATH — this folder and those below it
    std::optional<std::string> collection;  // the name of one of the teacher's collections
    std::optional<ItemStatus> status;       // pending, analyzed or failed
    bool missing = false;                   // status:missing — files gone from their folder
    std::vector<std::string> notes;  // what was not understood, and what was done instead

    bool hasTerms() const { return !terms.empty(); }
    bool hasFilters() const;
    // The terms as one text, phrases quoted again: for FTS5 and the text encoder.
    std::string termText() const;
};

SearchQuery parseSearchQuery(std::string_view text);

// Whether key:value is a filter of the language (the key in lower case).
bool isSearchFilterKey(std::string_view key);

// "5m", "30s", "1h", "90", "1:30" as seconds; empty when it is none of these.
std::optional<double> parseDurationSeconds(std::string_view text);

}  // namespace lectern
