#include "index/SearchSpace.h"

#include <algorithm>

#include "common/Fnv1a.h"
#include "common/UnitVectors.h"

namespace lectern {

namespace {

bool fits(const ItemPartWeights& item, size_t outputs)
{
    const size_t inputs = item.mean.size(), hidden = item.hiddenBias.size();
    return inputs > item.descriptorCount && item.spread.size() == inputs &&
           item.hiddenWeights.size() == hidden * inputs && item.outBias.size() == outputs &&
           item.outWeights.size() == outputs * hidden;
}

// Row-major rows × (size / rows) weights, kept column by column instead: a
// matrix times a vector then adds one scaled column per input value, a loop
// the compiler vectorises (a row-by-row dot product is a reduction it may
// not reorder; GCC needs its dynamic cost model, set in core/CMakeLists.txt).
// Measured: the projection 54 -> 7 us a vector, which matters where every
// segment of an item is mapped (index builds, play times); the item part
// 259 -> about 30 us an item.
std::vector<float> byColumns(const std::vector<float>& rowMajor, size_t rows)
{
    const size_t columns = rowMajor.size() / rows;
    std::vector<float> byColumn(rowMajor.size());
    for (size_t row = 0; row < rows; ++row) {
        for (size_t column = 0; column < columns; ++column) {
            byColumn[column * rows + row] = rowMajor[row * columns + column];
        }
    }
    return byColumn;
}

// out += M input, M kept by byColumns() with out.size() rows.
void addProduct(const std::vector<float>& byColumn, std::span<const float> input, std::vector<float>& out)
{
    const size_t rows = out.size();
    float* __restrict sums = out.data();
    for (size_t column = 0; column < input.size(); ++column) {
        const float value = input[column];
        if (value == 0.0f) continue;  // ReLU leaves about half of the item part's hidden units at zero
        const float* __restrict weights = byColumn.data() + column * rows;
        for (size_t row = 0; row < rows; ++row) sums[row] += weights[row] * value;
    }
}

}  // namespace

SearchSpace::SearchSpace(std::vector<float> centre, std::vector<float> projection, ItemPartWeights item)
    : centre_(std::move(centre)), projection_(std::move(projection))
{
    if (centre_.empty() || projection_.size() % centre_.size() != 0) projection_.clear();
    if (projection_.empty()) return;  // centring alone
    const size_t rows = projection_.size() / centre_.size();
    projection_ = byColumns(projection_, rows);
    if (!fits(item, rows)) return;
    item.hiddenWeights = byColumns(item.hiddenWeights, item.hiddenBias.size());
    item.outWeights = byColumns(item.outWeights, rows);
    item_ = std::move(item);
}

std::vector<float> SearchSpace::itemOffset(std::span<const float> itemEmbedding,
                                           std::span<const float> profile,
                                           std::span<const float> descriptors) const
{
    if (!hasItemPart()) return {};
    // Standardised features; a part that was not measured reads as the average, 0.
    std::vector<float> features(item_.mean.size(), 0.0f);
    const auto standardise = [&](std::span<const float> values, size_t at) {
        for (size_t i = 0; i < values.size(); ++i) features[at + i] = (values[i] - item_.mean[at + i]) / item_.spread[at + i];
    };
    const size_t descriptorsAt = features.size() - item_.descriptorCount;
    if (itemEmbedding.size() == centre_.size() && centre_.size() <= descriptorsAt) {
        standardise(itemEmbedding, 0);
    }
    if (profile.size() + centre_.size() == descriptorsAt) standardise(profile, centre_.size());
    if (item_.descriptorCount > 0 && descriptors.size() == item_.descriptorCount) {
        standardise(descriptors, descriptorsAt);
    }
    std::vector<float> hidden = item_.hiddenBias;
    addProduct(item_.hiddenWeights, features, hidden);
    for (float& value : hidden) value = std::max(0.0f, value);
    std::vector<float> out = item_.outBias;
    addProduct(item_.outWeights, hidden, out);
    return out;
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
        const size_t rows = projection_.size() / centre_.size();
        out.assign(rows, 0.0f);
        if (itemOffset.size() == rows) out.assign(itemOffset.begin(), itemOffset.end());
        addProduct(projection_, centred, out);
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
    hash.add(&item_.descriptorCount, sizeof item_.descriptorCount);
    return "joint space " + std::to_string(hash.value());
}

}  // namespace lectern
