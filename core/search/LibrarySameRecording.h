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
    // Stored sub-fingerprints as the query (no bit margins, so exact lookups
    // only): an excerpt of a library item itself.
    std::vector<LibraryMatch> findCodes(std::span<const uint32_t> codes) const;

    // The indexed items, by number (0 .. itemCount() - 1).
    size_t itemCount() const { return itemIds_.size(); }
    int64_t itemIdAt(size_t number) const { return itemIds_[number]; }
    std::span<const uint32_t> codesAt(size_t number) const { return index_.codes(static_cast<uint32_t>(number)); }

private:
    std::vector<LibraryMatch> matchesOf(std::span<const uint32_t> codes, std::span<const float> margins,
                                        const SameRecordingOptions& options) const;

    FingerprintIndex index_;
    std::vector<int64_t> itemIds_;  // by the index's item number
};

}  // namespace lectern
