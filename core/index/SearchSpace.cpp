#include "index/SearchSpace.h"

#include <cmath>

#include "common/Fnv1a.h"

namespace lectern {

SearchSpace::SearchSpace(std::vector<float> centre, std::vector<float> projection)
    : centre_(std::move(centre)), projection_(std::move(projection))
{
    if (centre_.empty() || projection_.size() % centre_.size() != 0) projection_.clear();
}

std::vector<float> SearchSpace::map(std::span<const float> embedding) const
{
    if (centre_.size() != embedding.size()) return {embedding.begin(), embedding.end()};
    std::vector<float> centred(embedding.begin(), embedding.end());
    for (size_t i = 0; i < centred.size(); ++i) centred[i] -= centre_[i];
    std::vector<float> out;
    if (projection_.empty()) {
        out = std::move(centred);
    } else {
        const size_t columns = centre_.size();
        out.assign(projection_.size() / columns, 0.0f);
        for (size_t row = 0; row < out.size(); ++row) {
            const float* weights = projection_.data() + row * columns;
            float sum = 0.0f;
            for (size_t column = 0; column < columns; ++column) sum += weights[column] * centred[column];
            out[row] = sum;
        }
    }
    double norm = 0.0;
    for (float value : out) norm += double{value} * value;
    if (norm > 0.0) {
        const float scale = static_cast<float>(1.0 / std::sqrt(norm));
        for (float& value : out) value *= scale;
    }
    return out;
}

std::string SearchSpace::stamp() const
{
    if (centre_.empty()) return "as stored";
    Fnv1a64 hash;
    hash.add(centre_.data(), centre_.size() * sizeof(float));
    hash.add(projection_.data(), projection_.size() * sizeof(float));
    return "joint space " + std::to_string(hash.value());
}

}  // namespace lectern
