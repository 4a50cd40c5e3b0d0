// Text search (issue 6, design §7): FTS5 ranked by bm25 over the annotation
// fields, and — where a text encoder into the audio embedding space is
// available — the text's embedding against the segment index, the two lists
// combined by reciprocal rank fusion. Each result says why it matched.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "catalog/CatalogReader.h"
#include "index/VectorIndex.h"
#include "search/SearchQuery.h"
#include "search/SearchResult.h"
#include "search/SoundVocabulary.h"

namespace lectern {

// Text to a unit vector in the audio embedding space; empty where it cannot.
using TextEmbedder = std::function<std::optional<std::vector<float>>(const std::string&)>;

// The catalog conditions of a query's filters (its words not included).
ItemFilter itemFilterOf(const SearchQuery& query);
// The items of these hits that pass the query's filters, by id.
Result<std::map<int64_t, Item>> itemsPassing(CatalogReader& reader, const SearchQuery& query,
                                             const std::vector<VectorHit>& hits);

// RRF's k: ranks below about 60 barely count, as in Cormack et al. (2009).
inline constexpr double kFusionRankOffset = 60.0;

// A segment less similar than this to the text's embedding is no "sounds
// like" answer, however few others there are. On the held-out corpus split
// (400 clips, lectern-eval-retrieval) the clip a caption describes scores
// 0.412 at the tenth percentile, 0.470 at the first quartile and 0.532 at
// the median, the 50th-best clip 0.391, the median clip 0.05: the floor
// keeps more than nine in ten described clips and cuts a typical
// description's list between its 50th and 200th clip. Words the model
// never learned get no sound answers at all (CaptionVocabulary), whatever
// they would score.
inline constexpr float kLeastTextToSoundSimilarity = 0.35f;

// What text search knows of sounds (issue 25): the vocabulary that reads
// words as sound concepts ("chien", "puppy yapping" → dog), and the concepts
// the library's encoder hears (AudioModel::concepts(); empty for an encoder
// without a concept head).
struct SoundWords {
    const SoundVocabulary* vocabulary = nullptr;
    std::span<const std::string> heardConcepts;
};

// With a vocabulary, words all about sounds also find the items heard as
// those concepts ("sounds like: dog bark, from 0:12") and the items whose
// names say them ("named like: dog").
Result<SearchAnswer> searchByText(const SearchQuery& query, CatalogReader& reader, const VectorIndex* vectors,
                                  const TextEmbedder& embedText, size_t limit, const SoundWords& sounds = {});

}  // namespace lectern
