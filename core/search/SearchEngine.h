// The search engine (issue 6): one object per reading connection that
// answers text, example, and example-plus-modifier queries. It owns the
// derived indexes (the vector index, kept in step with the catalog in the
// library's index/ folder, and the fingerprint index), prepared on first
// use and again after catalogChanged(). Text queries use the vector index
// for their semantic half where the text-query model is shipped. Where the
// library holds more segments than the vector index should (its memory
// would pass ~2 GiB), or the index cannot be opened, example searches find
// similar items through the 64-bit codes instead (SimilarByCodes.h).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "catalog/Database.h"
#include "common/CancellationToken.h"
#include "classify/ClassifierModels.h"
#include "index/CodeIndex.h"
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

// About 470 bytes a segment in the vector index (tools/bench/search): 4M
// segments, some 400k hours of audio, make about 1.8 GiB.
inline constexpr size_t kMostIndexedSegments = 4'000'000;

// Where an engine gets its models, at the first search that needs them (an
// example, or words): a search by filters alone never loads the inference
// library. It may answer null.
using ModelSource = std::function<std::shared_ptr<const ClassifierModels>()>;

class SearchEngine {
public:
    // Without models (null, or a source that answers null) text search still
    // works, and example search answers only with the same recording.
    SearchEngine(Database& db, std::filesystem::path indexFolder, ModelSource models,
                 size_t mostIndexedSegments = kMostIndexedSegments);
    SearchEngine(Database& db, std::filesystem::path indexFolder, std::shared_ptr<const ClassifierModels> models,
                 size_t mostIndexedSegments = kMostIndexedSegments);
    ~SearchEngine();

    Result<SearchAnswer> search(const SearchRequest& request);
    // The catalog changed (an import): the indexes are brought up to date
    // when an example search next needs them; text searches meanwhile use
    // the vector index as it was (their words still find new items), so
    // they never wait for a sync.
    void catalogChanged() { vectorsCurrent_ = fingerprintsCurrent_ = codesCurrent_ = false; }
    // The same, at once.
    Status refresh();
    // Only what text queries use (the vector index), at once; the
    // fingerprints wait for the next example search.
    Status prepareTextSearch(const CancellationToken* cancel = nullptr) { return prepareVectors(cancel); }
    // A first build of the vector index takes minutes at 100k items, and so
    // does bringing it up to date after an import of thousands, so an app
    // has another engine, on another thread and connection, build or update
    // it and hand it over: meanwhile this one answers text by words only and
    // examples through the codes, and says so.
    void expectVectors() { vectorsElsewhere_ = true; }
    // What the other engine built or updated (null where it could not: this
    // engine then prepares its own when next needed). Brought up to date at
    // the next search that needs it, as the catalog may have changed meanwhile.
    void adoptVectors(std::shared_ptr<VectorIndex> vectors);
    std::shared_ptr<VectorIndex> releaseVectors();
    // What the last refresh found (rebuilt, items added or removed).
    const VectorIndexSync& lastSync() const { return sync_; }
    const VectorIndex* vectorIndex() const { return vectors_.get(); }

private:
    Status prepareVectors(const CancellationToken* cancel = nullptr);
    Status prepareFingerprints();
    Status prepareCodes();
    Result<SearchAnswer> searchText(const SearchRequest& request);
    Result<SearchAnswer> searchExample(const SearchRequest& request);
    // The models, asked of the source once; null without them.
    const ClassifierModels* models();

    Database& db_;
    std::filesystem::path indexFolder_;
    ModelSource modelSource_;
    std::shared_ptr<const ClassifierModels> models_;
    bool modelsAsked_ = false;
    SearchSpace space_;
    std::shared_ptr<VectorIndex> vectors_;  // shared only while handed between engines
    std::unique_ptr<LibrarySameRecording> sameRecording_;
    std::unique_ptr<CodeIndex> codes_;
    size_t mostIndexedSegments_;
    std::string whyNoVectors_;  // where vectors_ is null after preparing
    VectorIndexSync sync_;
    bool vectorsCurrent_ = false;
    bool fingerprintsCurrent_ = false;
    bool codesCurrent_ = false;
    bool vectorsElsewhere_ = false;  // being built by another engine
};

}  // namespace lectern
