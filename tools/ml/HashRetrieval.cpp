#include "HashRetrieval.h"

#include <algorithm>
#include <numeric>

namespace lectern::ml {
namespace {

torch::Tensor signs(const torch::Tensor& values)
{
    return torch::where(values >= 0, torch::ones_like(values), -torch::ones_like(values));
}

}  // namespace

HammingFigures rankingFigures(const torch::Tensor& distances, const std::vector<long>& labels,
                              const std::vector<int>& clip)
{
    const auto rows = distances.size(0);
    const torch::Tensor contiguous = distances.to(torch::kFloat).contiguous();
    const auto distance = contiguous.accessor<float, 2>();
    HammingFigures figures;
    std::vector<long> order;
    for (long q = 0; q < rows; ++q) {
        order.clear();
        for (long d = 0; d < rows; ++d) {
            if (clip[static_cast<size_t>(d)] != clip[static_cast<size_t>(q)]) order.push_back(d);
        }
        // Ties keep the database order: no help from chance.
        std::stable_sort(order.begin(), order.end(), [&](long a, long b) { return distance[q][a] < distance[q][b]; });
        double hits = 0, precisionSum = 0, hitsTop = 0, precisionSumTop = 0;
        double within = 0, relevantWithin = 0;
        for (size_t rank = 0; rank < order.size(); ++rank) {
            const bool relevant = labels[static_cast<size_t>(order[rank])] == labels[static_cast<size_t>(q)];
            if (distance[q][order[rank]] <= 2.0f) {
                ++within;
                relevantWithin += relevant;
            }
            if (!relevant) continue;
            ++hits;
            precisionSum += hits / static_cast<double>(rank + 1);
            if (rank < 100) {
                ++hitsTop;
                precisionSumTop += hitsTop / static_cast<double>(rank + 1);
            }
        }
        figures.mapAll += hits > 0 ? precisionSum / hits : 0.0;
        figures.mapTop100 += hitsTop > 0 ? precisionSumTop / hitsTop : 0.0;
        figures.precisionRadius2 += within > 0 ? relevantWithin / within : 0.0;
    }
    figures.mapAll /= static_cast<double>(rows);
    figures.mapTop100 /= static_cast<double>(rows);
    figures.precisionRadius2 /= static_cast<double>(rows);
    return figures;
}

HammingFigures hammingFigures(const torch::Tensor& codes, const std::vector<long>& labels,
                              const std::vector<int>& clip)
{
    const auto bits = static_cast<double>(codes.size(1));
    return rankingFigures(((bits - torch::matmul(codes, codes.t())) / 2).round(), labels, clip);
}

HammingFigures cosineFigures(const torch::Tensor& embeddings, const std::vector<long>& labels,
                             const std::vector<int>& clip)
{
    return rankingFigures(1.0 - torch::matmul(embeddings, embeddings.t()), labels, clip);
}

LshCodes::LshCodes(const torch::Tensor& training, int bits, unsigned seed)
{
    torch::manual_seed(seed);
    mean_ = training.mean(0, true);
    planes_ = torch::randn({training.size(1), bits});
}

torch::Tensor LshCodes::codes(const torch::Tensor& embeddings) const
{
    return signs(torch::matmul(embeddings - mean_, planes_));
}

ItqCodes::ItqCodes(const torch::Tensor& training, int bits, int iterations)
{
    mean_ = training.mean(0, true);
    const torch::Tensor centred = training - mean_;
    // PCA: the leading right singular vectors.
    const auto [u, s, vt] = torch::linalg::svd(centred, false, c10::nullopt);
    const torch::Tensor pca = vt.slice(0, 0, bits).t();  // [dims, bits]
    const torch::Tensor v = torch::matmul(centred, pca);
    torch::manual_seed(1);
    torch::Tensor rotation = std::get<0>(torch::linalg::qr(torch::randn({bits, bits}), "reduced"));
    for (int i = 0; i < iterations; ++i) {
        const torch::Tensor b = signs(torch::matmul(v, rotation));
        // Orthogonal Procrustes: the rotation closest to mapping v onto b.
        const auto [pu, ps, pvt] = torch::linalg::svd(torch::matmul(v.t(), b), false, c10::nullopt);
        rotation = torch::matmul(pu, pvt);
    }
    projection_ = torch::matmul(pca, rotation);
}

torch::Tensor ItqCodes::codes(const torch::Tensor& embeddings) const
{
    return signs(torch::matmul(embeddings - mean_, projection_));
}

}  // namespace lectern::ml
