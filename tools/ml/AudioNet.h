// The audio channel after P1 eq. 1–4, made cheaper for a 2-core import: the
// 10 ms frames are averaged in fours, then four 3×3 conv layers (16, 32, 64,
// 128 kernels, batch norm, ReLU, 2×2 max pooling after the first three),
// global max and average pooling concatenated (eq. 2), a 256-unit dense layer
// with ReLU — the segment embedding — and the class layer (eq. 3–4).
#pragma once

#include <torch/torch.h>

#include <filesystem>

namespace lectern::ml {

inline constexpr int kAudioEmbeddingSize = 256;

struct AudioNetImpl : torch::nn::Module {
    AudioNetImpl();
    // x: [batch, 1, bands, frames]; returns {embedding before normalisation, logits}.
    std::pair<torch::Tensor, torch::Tensor> forward(torch::Tensor x);

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr}, conv4{nullptr};
    torch::nn::BatchNorm2d norm1{nullptr}, norm2{nullptr}, norm3{nullptr}, norm4{nullptr};
    torch::nn::Linear dense{nullptr}, classes{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(AudioNet);

// The convolution that a convolution followed by batch norm in evaluation
// mode amounts to: {weight, bias}, for exports that fold the pair into one.
std::pair<torch::Tensor, torch::Tensor> foldedBatchNorm(torch::nn::Conv2d& c, torch::nn::BatchNorm2d& n);

// A TorchScript module with the same forward, batch norm folded into the
// convolutions: forward(x) -> (L2-normalised embedding, logits).
void exportAudioNet(AudioNet& net, const std::filesystem::path& file);

}  // namespace lectern::ml
