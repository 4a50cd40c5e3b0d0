#include "common/HalfFloat.h"

#include <bit>
#include <cmath>

namespace lectern {

uint16_t toHalf(float value)
{
    const uint32_t bits = std::bit_cast<uint32_t>(value);
    const uint16_t sign = static_cast<uint16_t>((bits >> 16) & 0x8000u);
    const uint32_t magnitude = bits & 0x7FFFFFFFu;
    if (magnitude >= 0x7F800000u) {  // infinity or NaN
        return static_cast<uint16_t>(sign | 0x7C00u | (magnitude > 0x7F800000u ? 0x200u : 0u));
    }
    if (magnitude >= 0x477FF000u) return static_cast<uint16_t>(sign | 0x7C00u);  // too large: infinity
    if (magnitude < 0x38800000u) {  // a subnormal half (or zero): scale and round
        const float scaled = std::ldexp(std::bit_cast<float>(magnitude), 24);
        return static_cast<uint16_t>(sign | static_cast<uint16_t>(std::nearbyint(scaled)));
    }
    // Normal: rebias the exponent, round the mantissa to nearest even.
    const uint32_t rebased = magnitude - 0x38000000u;
    const uint32_t rounded = rebased + 0xFFFu + ((rebased >> 13) & 1u);
    return static_cast<uint16_t>(sign | (rounded >> 13));
}

float fromHalf(uint16_t bits)
{
    const uint32_t sign = (bits & 0x8000u) << 16;
    const uint32_t exponent = (bits >> 10) & 0x1Fu;
    const uint32_t mantissa = bits & 0x3FFu;
    float magnitude;
    if (exponent == 0) {
        magnitude = std::ldexp(static_cast<float>(mantissa), -24);
    } else if (exponent == 31) {
        magnitude = mantissa ? NAN : INFINITY;
    } else {
        magnitude = std::bit_cast<float>(((exponent + 112u) << 23) | (mantissa << 13));
    }
    return std::bit_cast<float>(std::bit_cast<uint32_t>(magnitude) | sign);
}

std::vector<uint16_t> toHalves(const std::vector<float>& values)
{
    std::vector<uint16_t> halves(values.size());
    for (size_t i = 0; i < values.size(); ++i) halves[i] = toHalf(values[i]);
    return halves;
}

std::vector<float> fromHalves(const uint16_t* bits, size_t count)
{
    std::vector<float> values(count);
    for (size_t i = 0; i < count; ++i) values[i] = fromHalf(bits[i]);
    return values;
}

}  // namespace lectern
