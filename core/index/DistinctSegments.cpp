#include "index/DistinctSegments.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lectern {

float cosineOf(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size() || a.empty()) return 0.0f;
    const float dot = std::inner_product(a.begin(), a.end(), b.begin(), 0.0f);
    const float norms = std::sqrt(std::inner_product(a.begin(), a.end(), a.begin(), 0.0f) *
                                  std::inner_product(b.begin(), b.end(), b.begin(), 0.0f));
    return norms > 0.0f ? dot / norms : 0.0f;
}

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
