#include "ModifierNet.h"

#include "ScriptExport.h"

namespace lectern::ml {
namespace {

const char* kAudioScript = R"JIT(
def forward(self, embeddings):
    x = (embeddings - self.input_mean) / self.input_spread
    x = torch.linear(x, self.first_w, self.first_b)
    x = torch.linear(torch.gelu(x), self.second_w, self.second_b)
    x = torch.layer_norm(x, [x.size(1)], self.norm_w, self.norm_b, 1e-5)
    return x / (x * x).sum(1, keepdim=True).sqrt().clamp_min(1e-8)
)JIT";

}  // namespace

ModifierNetImpl::ModifierNetImpl(int embeddingSize, int eventClasses)
{
    inputMean = register_buffer("input_mean", torch::zeros({embeddingSize}));
    inputSpread = register_buffer("input_spread", torch::ones({embeddingSize}));
    first = register_module("first", torch::nn::Linear(embeddingSize, 512));
    second = register_module("second", torch::nn::Linear(512, kJointSize));
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({kJointSize})));
    dropout = register_module("dropout", torch::nn::Dropout(0.1));
    events = register_module("events", torch::nn::Linear(kJointSize, eventClasses));
    tower = register_module("tower", TextTower(64, 8192));  // its sentences have a few hundred words
    textScale = register_parameter("text_scale", torch::ones({1}));
    logScale = register_parameter("log_scale", torch::full({1}, std::log(1.0 / 0.07)));
}

torch::Tensor ModifierNetImpl::hidden(const torch::Tensor& inputs)
{
    return norm(second(dropout(torch::gelu(first((inputs - inputMean) / inputSpread)))));
}

torch::Tensor ModifierNetImpl::audio(const torch::Tensor& inputs)
{
    return normalizedRows(hidden(inputs));
}

torch::Tensor ModifierNetImpl::text(const torch::Tensor& ids, const torch::Tensor& offsets)
{
    return tower(ids, offsets) * textScale;
}

torch::Tensor ModifierNetImpl::eventLogits(const torch::Tensor& inputs)
{
    return events(hidden(inputs));
}

void exportModifierNet(ModifierNet& net, const std::filesystem::path& folder)
{
    net->eval();
    torch::NoGradGuard noGrad;
    torch::jit::Module audio("LecternModifierAudio");
    audio.register_buffer("input_mean", net->inputMean.clone());
    audio.register_buffer("input_spread", net->inputSpread.clone());
    addLinear(audio, "first", net->first);
    addLinear(audio, "second", net->second);
    audio.register_parameter("norm_w", net->norm->weight.detach().clone(), false);
    audio.register_parameter("norm_b", net->norm->bias.detach().clone(), false);
    audio.define(kAudioScript);
    audio.save((folder / "modifier-audio.pt").string());
    torch::jit::Module text = scriptedTextTower(net->tower, "LecternModifierText");
    text.register_attribute("scale", c10::FloatType::get(), net->textScale.item<double>());
    text.save((folder / "modifier-text.pt").string());
}

}  // namespace lectern::ml
