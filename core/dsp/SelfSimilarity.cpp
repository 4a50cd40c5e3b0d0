#include "dsp/SelfSimilarity.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace lectern {

double codeSimilarity(uint32_t a, uint32_t b) { return 1.0 - std::popcount(a ^ b) / 32.0; }

std::vector<float> selfSimilarityBlock(std::span<const uint32_t> codes, int length)
{
    const auto l = static_cast<size_t>(length);
    std::vector<float> block(l * l);
    for (size_t u = 0; u < l; ++u) {
        for (size_t k = u; k < l; ++k) {
            const auto value = static_cast<float>(codeSimilarity(codes[u], codes[k]));
            block[u * l + k] = value;
            block[k * l + u] = value;
        }
    }
    return block;
}

SelfSimilarityComparison compareSelfSimilarity(std::span<const float> queryBlock, int length,
                                               std::span<const uint32_t> candidate, int first, int last)
{
    SelfSimilarityComparison best;
    const int lastFitting = static_cast<int>(candidate.size()) - length;
    first = std::max(first, 0);
    last = std::min(last, lastFitting);
    const auto l = static_cast<size_t>(length);
    const double cells = static_cast<double>(l * l);
    std::vector<float> differences(l * l);
    for (int position = first; position <= last; ++position) {
        const uint32_t* codes = candidate.data() + position;
        // The matrices are symmetric with a diagonal of ones: the upper triangle decides.
        double sum = 0;
        for (size_t u = 0; u < l; ++u) {
            for (size_t k = u + 1; k < l; ++k) {
                const float difference = std::abs(queryBlock[u * l + k] - static_cast<float>(codeSimilarity(codes[u], codes[k])));
                differences[u * l + k] = difference;
                sum += 2.0 * difference;
            }
        }
        const double mae = sum / cells;
        if (mae >= best.mae) continue;
        double spread = static_cast<double>(l) * mae;  // the diagonal's |0 - mae| terms
        for (size_t u = 0; u < l; ++u) {
            for (size_t k = u + 1; k < l; ++k) spread += 2.0 * std::abs(differences[u * l + k] - mae);
        }
        best = {mae, spread / cells, position};
    }
    return best;
}

}  // namespace lectern
