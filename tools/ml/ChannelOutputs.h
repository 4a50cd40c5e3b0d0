// What the exported audio and text models say about each clip of a split, as
// tensors: the input of the fusion heads and of the evaluation.
#pragma once

#include <torch/torch.h>

#include <filesystem>
#include <vector>

#include "CorpusFeatures.h"

namespace lectern::ml {

struct ChannelOutputs {
    torch::Tensor audioFeatures, audioProbs;      // [clips, 256], [clips, 5]
    torch::Tensor textFeatures, textProbs;        // [clips, 64], [clips, 5]
    torch::Tensor textConfidence, hasVideo;       // [clips, 1]
    torch::Tensor labels;                         // [clips]
    double audioSecondsPerClip = 0;               // inference time of the audio channel
};

ChannelOutputs channelOutputs(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models);

}  // namespace lectern::ml
