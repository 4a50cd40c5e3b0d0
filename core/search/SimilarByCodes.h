// "Sounds similar" without the vector index (design §7, issue 5: codes as
// the first stage at very large sizes): the clip's 64-bit code finds the
// segments nearest in Hamming distance, and their items are re-ranked by
// their stored mean embeddings. Slower and coarser than the vector index —
// the shipped codes are trained to agree within a class (hash-64.card.json),
// so many items tie on the code and the embeddings decide — but it needs
// 16 bytes a segment instead of the index's ~470.
#pragma once

#include <cstdint>
#include <set>
#include <vector>

#include "catalog/CatalogReader.h"
#include "common/Result.h"
#include "index/CodeIndex.h"
#include "index/SearchSpace.h"
#include "index/VectorIndex.h"

namespace lectern {

// Nearest item first; each hit's time is that of its segment nearest by
// code, its similarity the cosine of its mean embedding with `query` (in
// the search space). Items in `excluded` are left out.
Result<std::vector<VectorHit>> similarItemsByCodes(const CodeIndex& codes, uint64_t code, const std::vector<float>& query,
                                           const SearchSpace& space, CatalogReader& reader, size_t count,
                                           const std::set<int64_t>& excluded);

}  // namespace lectern
