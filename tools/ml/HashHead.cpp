#include "HashHead.h"

#include <torch/script.h>

#include "ScriptExport.h"

namespace lectern::ml {
namespace {

const char* kHashScript = R"JIT(
def forward(self, embeddings):
    x = torch.relu(torch.linear(embeddings, self.hidden_w, self.hidden_b))
    v = torch.linear(x, self.hash_w, self.hash_b)
    return torch.where(v - v.mean(1, keepdim=True) >= 0.0, 1.0, -1.0)
)JIT";

}  // namespace

HashHeadImpl::HashHeadImpl(int inputs, int bits)
{
    hidden = register_module("hidden", torch::nn::Linear(inputs, 256));
    hash = register_module("hash", torch::nn::Linear(256, bits));
    dropout = register_module("dropout", torch::nn::Dropout(0.2));
}

torch::Tensor HashHeadImpl::codes(const torch::Tensor& embeddings)
{
    const torch::Tensor v = hash(dropout(torch::relu(hidden(embeddings))));
    const torch::Tensor centred = v - v.mean(1, true);
    const torch::Tensor soft = torch::hardtanh(centred);
    const torch::Tensor hard = torch::where(centred >= 0, torch::ones_like(centred), -torch::ones_like(centred));
    return soft + (hard - soft).detach();  // forward: the sign; backward: the hard tanh
}

torch::Tensor hashLoss(const torch::Tensor& codes, const torch::Tensor& labels, const HashLossWeights& weights)
{
    const auto bits = static_cast<double>(codes.size(1));
    const torch::Tensor similar = labels.unsqueeze(1).eq(labels.unsqueeze(0)).to(torch::kFloat);
    const torch::Tensor offDiagonal = 1.0 - torch::eye(codes.size(0));
    const torch::Tensor s = similar * offDiagonal;
    const double nSimilar = std::max(1.0, s.sum().item<double>());
    const double nDissimilar = std::max(1.0, ((1.0 - similar) * offDiagonal).sum().item<double>());
    const double total = nSimilar + nDissimilar;
    // eq. 5: rarer kinds of pair weigh more.
    const torch::Tensor w = s * std::log(total / nSimilar) + (1.0 - s) * std::log(total / nDissimilar);
    const torch::Tensor inner = torch::matmul(codes, codes.t());
    const torch::Tensor theta = inner * (8.0 / bits);
    const torch::Tensor pairwise = w * (torch::softplus(theta) - s * theta);  // eq. 4, log(1 + e^θ) stably
    const torch::Tensor euclidean = (2.0 * bits - 2.0 * inner) / (2.0 * bits);  // |c_i - c_j|² / 2K
    const torch::Tensor distance = euclidean + pairwise;                         // eq. 6
    const torch::Tensor contrastive =
        0.5 * s * distance + 0.5 * (1.0 - s) * torch::relu(weights.margin - distance);  // eq. 7
    const torch::Tensor perPair = weights.lambda * contrastive + weights.beta * pairwise;  // eq. 8
    return (perPair * offDiagonal).sum() / offDiagonal.sum();
}

void exportHashHead(HashHead& head, const std::filesystem::path& file)
{
    head->eval();
    torch::NoGradGuard noGrad;
    torch::jit::Module module("LecternHashHead");
    addLinear(module, "hidden", head->hidden);
    addLinear(module, "hash", head->hash);
    module.define(kHashScript);
    module.save(file.string());
}

}  // namespace lectern::ml
