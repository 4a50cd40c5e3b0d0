// The search engine (issue 6): one object per reading connection that
// answers text, example, and example-plus-modifier queries. It owns the
// derived indexes (the vector index, kept in step with the catalog in the
// library's index/ folder, and the fingerprint index), prepared on first
// use and again after catalogChanged(). Text queries use the vector index
// for their semantic half where the text-query model is shipped.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "catalog/Database.h"
#include "classify/ClassifierModels.h"
#include "index/LibraryVectorIndex.h"
#include "index/SearchSpace.h"
#include "media/ClipReader.h"
#include "search/LibrarySameRecording.h"
#include "search/SearchResult.h"

namespace lectern {

struct SearchRequest {
    std::string text;  // words, phrases and filters (SearchQuery)
    std::optional<std::filesystem::path> exampleFile;
    std::optional<int64_t> exampleItem;
    ClipRange range;  // of the example
    std::string modifier;
    size_t limit = 20;

    bool hasExample() const { return exampleFile || exampleItem; }
};

class SearchEngine {
public:
    // `models` may be null: text search still works, example search answers
    // only with the same recording.
    SearchEngine(Database& db, std::filesystem::path indexFolder, std::shared_ptr<const ClassifierModels> models);
    ~SearchEngine();

    Result<SearchAnswer> search(const SearchRequest& request);
    // The catalog changed (an import): the indexes are brought up to date
    // when an example search next needs them; text searches meanwhile use
    // the vector index as it was (their words still find new items), so
    // they never wait for a sync.
    void catalogChanged() { vectorsCurrent_ = fingerprintsCurrent_ = false; }
    // The same, at once.
    Status refresh();
    // Only what text queries use (the vector index), at once; the
    // fingerprints wait for the next example search.
    Status prepareTextSearch() { return prepareVectors(); }
    // What the last refresh found (rebuilt, items added or removed).
    const VectorIndexSync& lastSync() const { return sync_; }
    const VectorIndex* vectorIndex() const { return vectors_.get(); }

private:
    Status prepareVectors();
    Status prepareFingerprints();
    Result<SearchAnswer> searchText(const SearchRequest& request);
    Result<SearchAnswer> searchExample(const SearchRequest& request);

    Database& db_;
    std::filesystem::path indexFolder_;
    std::shared_ptr<const ClassifierModels> models_;
    SearchSpace space_;
    std::unique_ptr<VectorIndex> vectors_;
    std::unique_ptr<LibrarySameRecording> sameRecording_;
    VectorIndexSync sync_;
    bool vectorsCurrent_ = false;
    bool fingerprintsCurrent_ = false;
};

}  // namespace lectern
