#include "JointSpace.h"

#include <torch/script.h>

#include "ScriptExport.h"

#include "ChannelOutputs.h"
#include "HandFeatures.h"

namespace lectern::ml {
namespace {

const char* kAudioScript = R"JIT(
def forward(self, inputs):
    x = (inputs - self.mean) / self.spread
    x = torch.relu(torch.linear(x, self.hidden_w, self.hidden_b))
    x = torch.linear(x, self.out_w, self.out_b)
    return x / (x * x).sum(1, keepdim=True).sqrt().clamp_min(1e-8)
)JIT";

}  // namespace

JointSpaceImpl::JointSpaceImpl(int audioInputs, torch::Tensor inputMean, torch::Tensor inputSpread)
{
    mean = register_buffer("mean", inputMean);
    spread = register_buffer("spread", inputSpread);
    audioHidden = register_module("audio_hidden", torch::nn::Linear(audioInputs, 512));
    audioOut = register_module("audio_out", torch::nn::Linear(512, kJointSize));
    textTower = register_module("text", TextTower());
    dropout = register_module("dropout", torch::nn::Dropout(0.2));
    logScale = register_parameter("log_scale", torch::full({1}, std::log(1.0 / 0.07)));
}

torch::Tensor JointSpaceImpl::audio(const torch::Tensor& inputs)
{
    return normalizedRows(audioOut(dropout(torch::relu(audioHidden((inputs - mean) / spread)))));
}

torch::Tensor JointSpaceImpl::text(const torch::Tensor& ids, const torch::Tensor& offsets)
{
    return textTower(ids, offsets);
}

torch::Tensor jointAudioInputs(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models)
{
    return torch::cat({channelOutputs(clips, models).audioFeatures, descriptiveFeatureRows(clips)}, 1);
}

torch::Tensor symmetricInfoNce(const torch::Tensor& audio, const torch::Tensor& text, const torch::Tensor& logScale)
{
    const torch::Tensor logits = torch::matmul(audio, text.t()) * logScale.clamp_max(std::log(100.0)).exp();
    const torch::Tensor targets = torch::arange(audio.size(0));
    return (torch::cross_entropy_loss(logits, targets) + torch::cross_entropy_loss(logits.t(), targets)) / 2;
}

void exportJointSpace(JointSpace& space, const std::filesystem::path& folder)
{
    space->eval();
    torch::NoGradGuard noGrad;
    torch::jit::Module audio("LecternJointAudio");
    audio.register_buffer("mean", space->mean.clone());
    audio.register_buffer("spread", space->spread.clone());
    addLinear(audio, "hidden", space->audioHidden);
    addLinear(audio, "out", space->audioOut);
    audio.define(kAudioScript);
    audio.save((folder / "joint-audio.pt").string());

    scriptedTextTower(space->textTower, "LecternJointText").save((folder / "joint-text.pt").string());
}

}  // namespace lectern::ml
