// IEEE 754 half precision for stored embeddings: half the bytes of float, and
// far more precision than cosine similarity between embeddings needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lectern {

uint16_t toHalf(float value);
float fromHalf(uint16_t bits);

std::vector<uint16_t> toHalves(const std::vector<float>& values);
std::vector<float> fromHalves(const uint16_t* bits, std::size_t count);

}  // namespace lectern
