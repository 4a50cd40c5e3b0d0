// The hash head of P4 (AudioNet) on the classifier CNN's segment embedding:
// a linear hash layer v (after one hidden layer), codes c = sign(v - mean(v))
// per sample (eq. 9), trained through a straight-through hard tanh
// (eq. 10-11) with λ·C + β·L_p (eq. 4-8, λ = 0.7, β = 0.3).
#pragma once

#include <torch/torch.h>

#include <filesystem>

namespace lectern::ml {

struct HashHeadImpl : torch::nn::Module {
    HashHeadImpl(int inputs, int bits);
    // Codes as ±1 values; in training the gradient passes as through a hard tanh.
    torch::Tensor codes(const torch::Tensor& embeddings);

    torch::nn::Linear hidden{nullptr}, hash{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(HashHead);

struct HashLossWeights {
    double lambda = 0.7;  // contrastive term C (eq. 7)
    double beta = 0.3;    // pairwise term L_p (eq. 4)
    double margin = 1.0;  // p of eq. 7
};

// P4's loss over all pairs of a batch; s_ij = 1 where the labels agree,
// w_ij from the batch's counts of similar and dissimilar pairs (eq. 5),
// θ_ij = α·c_iᵀc_j with α = 8 / bits so that θ spans ±8 at any code length,
// D_Euc the squared code distance over 2·bits (twice the Hamming share, so
// that the margin p = 1 of eq. 7 asks dissimilar codes to differ in half
// their bits, as unrelated codes do, not in all of them).
torch::Tensor hashLoss(const torch::Tensor& codes, const torch::Tensor& labels, const HashLossWeights& weights = {});

// hash.pt: forward(embeddings [N, 256]) -> codes [N, bits] as ±1 floats.
void exportHashHead(HashHead& head, const std::filesystem::path& file);

}  // namespace lectern::ml
