#include "FusionHeads.h"

#include <torch/script.h>

namespace lectern::ml {
namespace {

const char* kFusionScript = R"JIT(
def forward(self, audio_feature, audio_probs, text_feature, text_probs, text_confidence, has_video, weighted: bool, use_video: bool):
    if use_video:
        joint = torch.softmax(torch.linear(torch.cat([audio_feature, text_feature, text_confidence, has_video], 1), self.video_w, self.video_b), 1)
    else:
        joint = torch.softmax(torch.linear(torch.cat([audio_feature, text_feature], 1), self.plain_w, self.plain_b), 1)
    if weighted:
        return (audio_probs + text_confidence * text_probs + joint) / (2.0 + text_confidence)
    return (audio_probs + text_probs + joint) / 3.0
)JIT";

}  // namespace

FusionHeadsImpl::FusionHeadsImpl(int audioFeatures, int textFeatures)
{
    plain = register_module("plain", torch::nn::Linear(audioFeatures + textFeatures, 5));
    withVideo = register_module("with_video", torch::nn::Linear(audioFeatures + textFeatures + 2, 5));
}

torch::Tensor FusionHeadsImpl::plainLogits(const torch::Tensor& audio, const torch::Tensor& text)
{
    return plain(torch::cat({audio, text}, 1));
}

torch::Tensor FusionHeadsImpl::videoLogits(const torch::Tensor& audio, const torch::Tensor& text,
                                           const torch::Tensor& textConfidence, const torch::Tensor& hasVideo)
{
    return withVideo(torch::cat({audio, text, textConfidence, hasVideo}, 1));
}

void exportFusionHeads(FusionHeads& heads, const std::filesystem::path& file)
{
    torch::NoGradGuard noGrad;
    torch::jit::Module module("LecternFusion");
    module.register_parameter("plain_w", heads->plain->weight.detach().clone(), false);
    module.register_parameter("plain_b", heads->plain->bias.detach().clone(), false);
    module.register_parameter("video_w", heads->withVideo->weight.detach().clone(), false);
    module.register_parameter("video_b", heads->withVideo->bias.detach().clone(), false);
    module.define(kFusionScript);
    module.save(file.string());
}

}  // namespace lectern::ml
