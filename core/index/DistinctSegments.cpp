#include "index/DistinctSegments.h"

#include <algorithm>

namespace lectern {

std::vector<size_t> distinctSegments(const std::vector<SegmentEmbedding>& segments, float sameAbove, size_t most)
{
    std::vector<size_t> kept;
    for (size_t i = 0; i < segments.size() && kept.size() < most; ++i) {
        const bool heardBefore = std::any_of(kept.begin(), kept.end(), [&](size_t k) {
            return cosineOf(segments[i].values, segments[k].values) >= sameAbove;
        });
        if (!heardBefore) kept.push_back(i);
    }
    return kept;
}

}  // namespace lectern
