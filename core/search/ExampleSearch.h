// Example search (issue 6, design §7): the query is a clip, answered in two
// groups — *same recording* (the fingerprint search, with the offset in the
// found item) and *sounds similar* (the clip's embedding against the segment
// index, best segment per item). With a modifier, the measurable parts of it
// re-rank the similar items against the clip's own loudness, duration and
// class, and the same-recording group is left out: the same recording is
// not what "like this, but quieter" asks for.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>

#include "catalog/CatalogReader.h"
#include "classify/ClassifierModels.h"
#include "classify/FileClassifier.h"
#include "index/CodeIndex.h"
#include "index/SearchSpace.h"
#include "index/VectorIndex.h"
#include "search/LibrarySameRecording.h"
#include "search/SearchQuery.h"
#include "search/SearchResult.h"

namespace lectern {

struct ExampleQuery {
    std::span<const float> samples;       // 16 kHz mono
    double startSeconds = 0.0;            // where the clip starts in its file
    std::optional<int64_t> excludedItem;  // the example's own item, if it is in the library
    std::string modifier;                 // "but quieter", or empty
    SearchQuery filters;                  // only its filters are used
};

struct ExampleSearchParts {
    CatalogReader& reader;
    std::shared_ptr<const ClassifierModels> models;
    const LibrarySameRecording* sameRecording = nullptr;
    const VectorIndex* vectors = nullptr;
    const SearchSpace* space = nullptr;  // how the index holds embeddings; as they are when null
    const CodeIndex* codes = nullptr;    // the first stage of "sounds similar" where `vectors` is null
};

// A classified clip as the index holds an item of that sound: its mean
// embedding placed with the offset of its own profile and descriptors.
std::vector<float> searchVectorOf(const SearchSpace& space, const FileClassification& clip);

Result<SearchAnswer> searchByExample(const ExampleQuery& query, ExampleSearchParts parts, size_t limit);

}  // namespace lectern
