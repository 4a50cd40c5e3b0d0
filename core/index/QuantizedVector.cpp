#include "index/QuantizedVector.h"

#include <algorithm>
#include <cmath>

namespace lectern {
namespace {
constexpr float kScale = 127.0f;
}

std::vector<int8_t> quantizedUnitVector(std::span<const float> values)
{
    std::vector<int8_t> out(values.size());
    std::transform(values.begin(), values.end(), out.begin(), [](float value) {
        return static_cast<int8_t>(std::lround(std::clamp(value, -1.0f, 1.0f) * kScale));
    });
    return out;
}

float quantizedSimilarity(const int8_t* a, const int8_t* b, size_t dimensions)
{
    // Products of two int8 fit in int16 and 256 of them in int32: an exact
    // sum the compiler can vectorise.
    int32_t sum = 0;
    for (size_t i = 0; i < dimensions; ++i) sum += static_cast<int16_t>(a[i]) * static_cast<int16_t>(b[i]);
    return static_cast<float>(sum) / (kScale * kScale);
}

}  // namespace lectern
