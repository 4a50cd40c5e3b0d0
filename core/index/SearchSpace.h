// Where the vector index's entries live: the joint text-audio space of the
// text-query model, normalize(W (embedding - centre)), so that a typed
// description and a clip rank the same stored segments. The classifier's
// embeddings alone share one large component (two unrelated pieces of
// music are typically at cosine 0.99), which leaves little room for
// ranking, and for int8 storage, between them; centring removes it. Without
// the text-query model the embeddings are used as they are.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace lectern {

class SearchSpace {
public:
    SearchSpace() = default;  // embeddings as they are stored
    // projection: rows × centre.size() values, row-major; empty for none.
    SearchSpace(std::vector<float> centre, std::vector<float> projection);

    // An audio embedding (a segment's, or a clip's mean) as the index holds it.
    std::vector<float> map(std::span<const float> embedding) const;
    // Changes whenever map() does, for the index's stamp.
    std::string stamp() const;

private:
    std::vector<float> centre_;
    std::vector<float> projection_;  // column-major: each input's weights together
};

}  // namespace lectern
