// The joint text–audio space of P3 (issue 5), first version: captions'
// hashed tokens and a clip's audio description (the classifier CNN's mean
// segment embedding with the hand-made clip features) are projected into one
// 256-d space, both L2-normalised, trained with symmetric InfoNCE and a
// learnable temperature starting at 0.07.
#pragma once

#include <torch/torch.h>

#include <filesystem>
#include <vector>

#include "CorpusFeatures.h"
#include "TextTower.h"

namespace lectern::ml {

struct JointSpaceImpl : torch::nn::Module {
    JointSpaceImpl(int audioInputs, torch::Tensor inputMean, torch::Tensor inputSpread);
    torch::Tensor audio(const torch::Tensor& inputs);
    torch::Tensor text(const torch::Tensor& ids, const torch::Tensor& offsets);

    torch::Tensor mean, spread;  // standardisation of the audio inputs
    torch::nn::Linear audioHidden{nullptr}, audioOut{nullptr};
    TextTower textTower{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::Tensor logScale;  // log(1 / temperature)
};
TORCH_MODULE(JointSpace);

// What the audio side reads of each clip: the classifier CNN's mean segment
// embedding (the exported audio.pt in `models`) beside the hand-made and
// descriptive clip features.
torch::Tensor jointAudioInputs(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models);

// Symmetric InfoNCE over a batch of matching (audio, text) rows; any two
// batches of matching unit rows (P5's queries and targets too).
torch::Tensor symmetricInfoNce(const torch::Tensor& audio, const torch::Tensor& text, const torch::Tensor& logScale);

// joint-audio.pt: forward(inputs [B, audioInputs]) -> [B, 256];
// joint-text.pt: forward(ids [N]) -> [1, 256]; both L2-normalised.
void exportJointSpace(JointSpace& space, const std::filesystem::path& folder);

}  // namespace lectern::ml
