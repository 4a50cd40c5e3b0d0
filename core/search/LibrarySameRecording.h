// Same-recording search over a library: the catalog's fingerprints in a
// FingerprintIndex, answers as catalog item ids.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "catalog/Database.h"
#include "search/SameRecordingSearch.h"

namespace lectern {

struct LibraryMatch {
    int64_t itemId = 0;
    double offsetSeconds = 0.0;
    double score = 0.0;
};

class LibrarySameRecording {
public:
    static Result<LibrarySameRecording> load(Database& db);

    // The clip as 16 kHz mono samples.
    std::vector<LibraryMatch> find(std::span<const float> clip, const SameRecordingOptions& options = {}) const;
    size_t itemCount() const { return itemIds_.size(); }

private:
    FingerprintIndex index_;
    std::vector<int64_t> itemIds_;  // by the index's item number
};

}  // namespace lectern
