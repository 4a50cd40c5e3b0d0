// Near-duplicate detection (issue 5): groups of items that are the same
// recording — identical files, re-encodings, louder or quieter copies, and
// excerpts cut from a longer recording — found through the fingerprints.
//
// Why not the 64-bit codes: they are trained for class-level similarity
// (P4), and measured on the search benchmark's 243 real recordings, 56 % of
// segment pairs from *different* recordings share their code exactly, while
// an MP3 copy's codes differ from the original's in 0 bits at the median but
// 9 at the 99th percentile. Fingerprints separate the two cleanly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/Database.h"
#include "common/Result.h"

namespace lectern {

struct DuplicateMember {
    int64_t itemId = 0;
    // Where the audio this member shares with the group's first member
    // starts in the first member (0 for identical files and whole copies).
    double offsetSeconds = 0.0;
};

struct DuplicateGroup {
    // "identical files" when all members are byte-for-byte the same file
    // (the content hash), "same recording" otherwise.
    std::string relation;
    std::vector<DuplicateMember> members;  // the longest member first
};

// Every group of two or more analysed items, the largest group first.
Result<std::vector<DuplicateGroup>> findDuplicates(Database& db);

}  // namespace lectern
