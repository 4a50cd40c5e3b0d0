// Where the vector index's entries live: the joint text-audio space of the
// text-query model, normalize(W (embedding - centre) + item part), so that a
// typed description and a clip rank the same stored segments. The
// classifier's embeddings alone share one large component (two unrelated
// pieces of music are typically at cosine 0.99), which leaves little room
// for ranking, and for int8 storage, between them; centring removes it.
// Without the text-query model the embeddings are used as they are.
//
// The item part is what the whole item adds to each of its segments: a
// small network over the item's mean embedding and sound profile. The CNN
// embedding was trained for five classes with random gain, so it drops the
// level, the voice and the room a description speaks of; the profile keeps
// them (tools/README.md has the figures).
#pragma once

#include <span>
#include <string>
#include <vector>

namespace lectern {

// A network (features - mean) / spread -> ReLU(hidden) -> out, over the
// item's mean embedding followed by its sound profile and, in models
// trained with them, its sound descriptors (the last descriptorCount
// inputs). Row-major weights.
struct ItemPartWeights {
    std::vector<float> mean, spread;
    std::vector<float> hiddenWeights, hiddenBias;
    std::vector<float> outWeights, outBias;
    size_t descriptorCount = 0;
};

class SearchSpace {
public:
    SearchSpace() = default;  // embeddings as they are stored
    // projection: rows × centre.size() values, row-major; empty for none.
    // An item part whose sizes do not fit the projection is left out.
    SearchSpace(std::vector<float> centre, std::vector<float> projection, ItemPartWeights item = {});

    bool hasItemPart() const { return !item_.outBias.empty(); }
    // What every segment of an item adds, from the item's mean embedding,
    // sound profile and sound descriptors (each empty where not measured:
    // read as the training average; descriptors are left out by models
    // trained without them). Empty where the space has no item part.
    std::vector<float> itemOffset(std::span<const float> itemEmbedding, std::span<const float> profile,
                                  std::span<const float> descriptors) const;
    // An audio embedding (a segment's, or a clip's mean) as the index holds
    // it, with the offset of the item it belongs to (empty for none).
    std::vector<float> map(std::span<const float> embedding, std::span<const float> itemOffset = {}) const;
    // Changes whenever map() or itemOffset() does, for the index's stamp.
    std::string stamp() const;

private:
    std::vector<float> centre_;
    std::vector<float> projection_;  // column-major: each input's weights together
    ItemPartWeights item_;           // its weights column-major too
};

}  // namespace lectern
