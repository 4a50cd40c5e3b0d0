// Length and angle of embedding-like vectors, in one place: models, the
// search space and the frame descriptor all compare by cosine and keep
// their vectors at unit length.
#pragma once

#include <cmath>
#include <numeric>
#include <span>

namespace lectern {

// Scales to unit length; a zero vector stays as it is.
inline void normalizeToUnitLength(std::span<float> values)
{
    double squares = 0.0;
    for (float value : values) squares += double{value} * value;
    if (squares <= 0.0) return;
    const double scale = 1.0 / std::sqrt(squares);
    for (float& value : values) value = static_cast<float>(value * scale);
}

// 0 where the lengths differ or either vector is zero.
inline float cosineOf(std::span<const float> a, std::span<const float> b)
{
    if (a.size() != b.size() || a.empty()) return 0.0f;
    const float dot = std::inner_product(a.begin(), a.end(), b.begin(), 0.0f);
    const float norms = std::sqrt(std::inner_product(a.begin(), a.end(), a.begin(), 0.0f) *
                                  std::inner_product(b.begin(), b.end(), b.begin(), 0.0f));
    return norms > 0.0f ? dot / norms : 0.0f;
}

}  // namespace lectern
