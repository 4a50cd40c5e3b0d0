#include "search/LibrarySameRecording.h"

#include "catalog/CatalogReader.h"
#include "dsp/Fingerprint.h"

namespace lectern {

Result<LibrarySameRecording> LibrarySameRecording::load(Database& db)
{
    auto stored = CatalogReader(db).fingerprints(kFingerprintVersion);
    if (!stored) return stored.error();
    LibrarySameRecording search;
    for (const StoredFingerprint& fingerprint : *stored) {
        search.index_.add(fingerprint.codes);
        search.itemIds_.push_back(fingerprint.itemId);
    }
    search.index_.build();
    return search;
}

std::vector<LibraryMatch> LibrarySameRecording::find(std::span<const float> clip,
                                                     const SameRecordingOptions& options) const
{
    std::vector<float> margins;
    const std::vector<uint32_t> codes = fingerprintOf(clip, &margins);
    return matchesOf(codes, margins, options);
}

std::vector<LibraryMatch> LibrarySameRecording::findCodes(std::span<const uint32_t> codes) const
{
    return matchesOf(codes, {}, {});
}

std::vector<LibraryMatch> LibrarySameRecording::matchesOf(std::span<const uint32_t> codes,
                                                          std::span<const float> margins,
                                                          const SameRecordingOptions& options) const
{
    std::vector<LibraryMatch> matches;
    for (const SameRecordingMatch& match : findSameRecording(index_, codes, margins, options)) {
        matches.push_back({itemIds_[match.item], match.offsetSeconds, match.score});
    }
    return matches;
}

}  // namespace lectern
