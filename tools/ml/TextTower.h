// The text side of a joint text–audio space (P3): a caption's hashed tokens
// (core/classify/TextHashing) into a mean embedding bag, a hidden layer with
// ReLU and a 256-d output, L2-normalised. JointSpace pairs it with a trained
// audio head; the text-query model pairs it with the frozen audio encoder's
// segment embeddings, which is the space the search index holds.
#pragma once

#include <torch/torch.h>

#include <torch/script.h>

#include "classify/TextHashing.h"

#include <string>
#include <vector>

namespace lectern::ml {

inline constexpr int kJointSize = 256;

struct TextTowerImpl : torch::nn::Module {
    // buckets: rows of the token table; hashed tokens (0 .. 65,535) fold into
    // it by remainder, so a small vocabulary (the modifier's) trains fast.
    explicit TextTowerImpl(int wordSize = 128, int64_t buckets = kTextHashBuckets);
    // ids: all texts' tokens back to back; offsets: where each text starts.
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& offsets);
    // Zeroes the rows no token of `texts` folds into: the exported model then
    // leaves unknown tokens out of the mean instead of adding their random
    // start, and the file's table compresses to what was learnt.
    void forgetUnseenTokens(const std::vector<std::vector<int64_t>>& texts);

    torch::nn::EmbeddingBag words{nullptr};
    torch::nn::Linear hidden{nullptr}, out{nullptr};
    torch::nn::Dropout dropout{nullptr};
    int64_t buckets;
};
TORCH_MODULE(TextTower);

// Rows scaled to unit length.
torch::Tensor normalizedRows(const torch::Tensor& rows);

// A TorchScript module whose forward(ids [N]) -> [1, 256] embeds one text
// from its tokens with a non-zero row (all zeros when it has none); the
// table is stored in half precision to keep the file small.
torch::jit::Module scriptedTextTower(TextTower& tower, const std::string& name);

}  // namespace lectern::ml
