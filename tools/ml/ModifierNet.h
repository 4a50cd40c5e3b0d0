// The query modifier of P5 (issue 5): F_q(a, t) = normalize(A(a) + s T(t)),
// F_t(b) = A(b), retrieved by cosine (eq. 2-3). A is P5's projection block
// (two linear layers with GELU, layer norm, dropout) over the frozen
// classifier CNN's clip embedding and what else ModifierInput.h adds, each
// input first centred and scaled by inputMean and inputSpread (the trainer
// sets them where inputs have no common scale: the descriptors); T is a
// text tower (TextTower.h) scaled by a learnt s; a shared linear layer
// classifies the events of a and b from A (eq. 6). With audioOnly, the
// query is A(a) alone: P5's baseline.
#pragma once

#include <torch/script.h>
#include <torch/torch.h>

#include <filesystem>

#include "TextTower.h"

namespace lectern::ml {

struct ModifierNetImpl : torch::nn::Module {
    ModifierNetImpl(int embeddingSize, int eventClasses);
    torch::Tensor audio(const torch::Tensor& inputs);                            // unit rows
    torch::Tensor text(const torch::Tensor& ids, const torch::Tensor& offsets);  // s * unit rows
    torch::Tensor eventLogits(const torch::Tensor& inputs);
    torch::Tensor hidden(const torch::Tensor& inputs);  // A before its normalisation

    torch::nn::Linear first{nullptr}, second{nullptr}, events{nullptr};
    torch::nn::LayerNorm norm{nullptr};
    torch::nn::Dropout dropout{nullptr};
    TextTower tower{nullptr};
    torch::Tensor inputMean, inputSpread;
    torch::Tensor textScale, logScale;
};
TORCH_MODULE(ModifierNet);

// modifier-audio.pt: forward(inputs [N, width]) -> unit rows of A;
// modifier-text.pt: forward(ids [N]) -> [1, 256] unit T, with the attribute
// "scale" (s). The query is normalize(A(a) + s T(t)).
void exportModifierNet(ModifierNet& net, const std::filesystem::path& folder);

}  // namespace lectern::ml
