// The text channel: hashed word, word-pair and character n-gram tokens
// (core/classify/TextHashing) into a mean embedding bag, a 64-unit dense layer
// with ReLU (the feature the fusion reads) and the class layer. Text that
// carries no class ("track01", "New Recording 3") is trained towards a flat
// distribution, so the channel says "I don't know" instead of guessing.
#pragma once

#include <torch/torch.h>

#include <filesystem>

namespace lectern::ml {

inline constexpr int kTextEmbeddingSize = 32;
inline constexpr int kTextFeatureSize = 64;

struct TextNetImpl : torch::nn::Module {
    TextNetImpl();
    // ids: all texts' tokens back to back; offsets: where each text starts.
    std::pair<torch::Tensor, torch::Tensor> forward(torch::Tensor ids, torch::Tensor offsets);

    torch::nn::EmbeddingBag bag{nullptr};
    torch::nn::Linear hidden{nullptr}, classes{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(TextNet);

// forward(ids) -> (feature [1, 64], logits [1, 5]) for one text; the table is
// stored in half precision to keep the file small.
void exportTextNet(TextNet& net, const std::filesystem::path& file);

}  // namespace lectern::ml
