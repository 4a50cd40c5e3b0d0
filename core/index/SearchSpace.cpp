#include "index/SearchSpace.h"

#include <algorithm>

#include "common/Fnv1a.h"
#include "common/UnitVectors.h"

namespace lectern {

namespace {

bool fits(const ItemPartWeights& item, size_t outputs)
{
    const size_t inputs = item.mean.size(), hidden = item.hiddenBias.size();
    return inputs > 0 && item.spread.size() == inputs && item.hiddenWeights.size() == hidden * inputs &&
           item.outBias.size() == outputs && item.outWeights.size() == outputs * hidden;
}

// rows × columns row-major weights times `input`, plus `bias`.
std::vector<float> affine(const std::vector<float>& weights, const std::vector<float>& bias, std::span<const float> input)
{
    std::vector<float> out(bias);
    for (size_t row = 0; row < out.size(); ++row) {
        const float* w = weights.data() + row * input.size();
        double sum = 0;
        for (size_t column = 0; column < input.size(); ++column) sum += double{w[column]} * input[column];
        out[row] += static_cast<float>(sum);
    }
    return out;
}

}  // namespace

SearchSpace::SearchSpace(std::vector<float> centre, std::vector<float> projection, ItemPartWeights item)
    : centre_(std::move(centre)), projection_(std::move(projection))
{
    if (centre_.empty() || projection_.size() % centre_.size() != 0) {
        projection_.clear();
        return;
    }
    if (fits(item, projection_.size() / centre_.size())) item_ = std::move(item);
    // Kept column by column: map() then adds one scaled column per input
    // value, a loop the compiler vectorises (a row-by-row dot product is a
    // reduction it may not reorder; GCC needs its dynamic cost model, set in
    // core/CMakeLists.txt): 54 -> 7 us a vector, measured, which matters
    // where every segment of an item is mapped (index builds, play times).
    const size_t columns = centre_.size(), rows = projection_.size() / columns;
    std::vector<float> byColumn(projection_.size());
    for (size_t row = 0; row < rows; ++row) {
        for (size_t column = 0; column < columns; ++column) {
            byColumn[column * rows + row] = projection_[row * columns + column];
        }
    }
    projection_ = std::move(byColumn);
}

std::vector<float> SearchSpace::itemOffset(std::span<const float> itemEmbedding, std::span<const float> profile) const
{
    if (!hasItemPart()) return {};
    // Standardised features; a part that was not measured reads as the average, 0.
    std::vector<float> features(item_.mean.size(), 0.0f);
    const auto standardise = [&](std::span<const float> values, size_t at) {
        for (size_t i = 0; i < values.size(); ++i) features[at + i] = (values[i] - item_.mean[at + i]) / item_.spread[at + i];
    };
    if (itemEmbedding.size() == centre_.size() && centre_.size() <= features.size()) standardise(itemEmbedding, 0);
    if (profile.size() + centre_.size() == features.size()) standardise(profile, centre_.size());
    std::vector<float> hidden = affine(item_.hiddenWeights, item_.hiddenBias, features);
    for (float& value : hidden) value = std::max(0.0f, value);
    return affine(item_.outWeights, item_.outBias, hidden);
}

std::vector<float> SearchSpace::map(std::span<const float> embedding, std::span<const float> itemOffset) const
{
    if (centre_.size() != embedding.size()) return {embedding.begin(), embedding.end()};
    std::vector<float> centred(embedding.begin(), embedding.end());
    for (size_t i = 0; i < centred.size(); ++i) centred[i] -= centre_[i];
    std::vector<float> out;
    if (projection_.empty()) {
        out = std::move(centred);
    } else {
        const size_t columns = centre_.size(), rows = projection_.size() / columns;
        out.assign(rows, 0.0f);
        float* __restrict sums = out.data();
        for (size_t column = 0; column < columns; ++column) {
            const float* __restrict weights = projection_.data() + column * rows;
            const float value = centred[column];
            for (size_t row = 0; row < rows; ++row) sums[row] += weights[row] * value;
        }
        if (itemOffset.size() == out.size()) {
            for (size_t row = 0; row < rows; ++row) out[row] += itemOffset[row];
        }
    }
    normalizeToUnitLength(out);
    return out;
}

std::string SearchSpace::stamp() const
{
    if (centre_.empty()) return "as stored";
    Fnv1a64 hash;
    hash.add(centre_.data(), centre_.size() * sizeof(float));
    hash.add(projection_.data(), projection_.size() * sizeof(float));
    for (const std::vector<float>* part : {&item_.mean, &item_.spread, &item_.hiddenWeights, &item_.hiddenBias,
                                           &item_.outWeights, &item_.outBias}) {
        hash.add(part->data(), part->size() * sizeof(float));
    }
    return "joint space " + std::to_string(hash.value());
}

}  // namespace lectern
