// Retrieval by Hamming ranking, measured as in P4 Tables I, II and IV, and
// the two unlearned baselines it is compared with: LSH (random hyperplanes)
// and ITQ (PCA then an iteratively learned rotation, Gong & Lazebnik).
#pragma once

#include <torch/torch.h>

#include <vector>

namespace lectern::ml {

struct HammingFigures {
    double mapAll = 0;        // mean average precision over the whole ranking
    double mapTop100 = 0;     // over the first 100 answers
    double precisionRadius2 = 0;  // share of relevant among answers within distance 2 (0 when none)
};

// Every row is a query against all other rows that come from another clip
// (a clip's own segments would be trivially close); relevant = same label.
// Rows of `distances` [n, n] rank the other clips' rows; radius 2 counts distances <= 2.
HammingFigures rankingFigures(const torch::Tensor& distances, const std::vector<long>& labels,
                              const std::vector<int>& clip);
HammingFigures hammingFigures(const torch::Tensor& codes, const std::vector<long>& labels,
                              const std::vector<int>& clip);

// The same ranking by cosine distance of the float embeddings (L2-normalised
// rows): what the codes lose against them. Its radius-2 precision is meaningless.
HammingFigures cosineFigures(const torch::Tensor& embeddings, const std::vector<long>& labels,
                             const std::vector<int>& clip);

// Codes as ±1 floats.
class LshCodes {
public:
    LshCodes(const torch::Tensor& training, int bits, unsigned seed);
    torch::Tensor codes(const torch::Tensor& embeddings) const;

private:
    torch::Tensor mean_, planes_;
};

class ItqCodes {
public:
    ItqCodes(const torch::Tensor& training, int bits, int iterations = 50);
    torch::Tensor codes(const torch::Tensor& embeddings) const;

private:
    torch::Tensor mean_, projection_;  // PCA, then the rotation
};

}  // namespace lectern::ml
