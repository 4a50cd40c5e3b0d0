#include "ConceptNet.h"

#include <torch/script.h>

#include <numeric>

#include "AudioNet.h"

namespace lectern::ml {
namespace {

const char* kWeightNames[] = {"w1", "b1", "w2", "b2", "w3", "b3", "w4",
                              "b4", "dense_w", "dense_b", "classes_w", "classes_b"};

torch::Tensor block(const torch::Tensor& x, const torch::Tensor& w, const torch::Tensor& b)
{
    return torch::max_pool2d(torch::relu(torch::conv2d(x, w, b, 1, 1)), 2);
}

// The shipped forward, then the branch; batch norm folded into the branch's
// convolution as AudioNet's export folds it.
const char* kScript = R"JIT(
def forward(self, x):
    x = torch.avg_pool2d(x, [1, 4], [1, 4])
    x = torch.max_pool2d(torch.relu(torch.conv2d(x, self.w1, self.b1, [1, 1], [1, 1])), [2, 2], [2, 2])
    x = torch.max_pool2d(torch.relu(torch.conv2d(x, self.w2, self.b2, [1, 1], [1, 1])), [2, 2], [2, 2])
    second = x
    third = torch.max_pool2d(torch.relu(torch.conv2d(x, self.w3, self.b3, [1, 1], [1, 1])), [2, 2], [2, 2])
    x = torch.relu(torch.conv2d(third, self.w4, self.b4, [1, 1], [1, 1]))
    flat = x.flatten(2)
    pooled = torch.cat([flat.amax(2), flat.mean(2)], 1)
    s = torch.relu(torch.linear(pooled, self.dense_w, self.dense_b))
    logits = torch.linear(s, self.classes_w, self.classes_b)
    norm = (s * s).sum(1, keepdim=True).sqrt().clamp_min(1e-8)
    c = torch.relu(torch.conv2d(BRANCH_THIRD, self.cw, self.cb, [1, 1], [1, 1]))
    frames = torch.relu(torch.conv1d(c.flatten(1, 2), self.fw, self.fb))
    sound = frames.amax(2)
    concept_logits = torch.linear(sound, self.kw, self.kb)
    per_step = torch.matmul(self.kw, frames)
    peaks = per_step.argmax(2).float()
    sound_norm = (sound * sound).sum(1, keepdim=True).sqrt().clamp_min(1e-8)
    return (s / norm, logits, torch.sigmoid(concept_logits), peaks, sound / sound_norm)
)JIT";

}  // namespace

AudioTrunk AudioTrunk::load(const std::filesystem::path& audioModel)
{
    torch::jit::Module module = torch::jit::load(audioModel.string());
    AudioTrunk trunk;
    for (const char* name : kWeightNames) trunk.weights.push_back(module.attr(name).toTensor().detach().clone());
    return trunk;
}

torch::Tensor AudioTrunk::secondBlock(const torch::Tensor& input) const
{
    const torch::Tensor x = block(torch::avg_pool2d(input, {1, 4}, {1, 4}), weights[0], weights[1]);
    return block(x, weights[2], weights[3]);
}

torch::Tensor AudioTrunk::thirdBlock(const torch::Tensor& input) const
{
    return block(secondBlock(input), weights[4], weights[5]);
}

ConceptBranchImpl::ConceptBranchImpl(int conceptCount, const AudioTrunk* ownThirdBlock)
{
    if (ownThirdBlock) {
        third = register_module("third", torch::nn::Conv2d(torch::nn::Conv2dOptions(32, 64, 3).padding(1)));
        torch::NoGradGuard noGrad;
        third->weight.copy_(ownThirdBlock->weights[4]);
        third->bias.copy_(ownThirdBlock->weights[5]);
    }
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(64, 128, 3).padding(1)));
    norm = register_module("norm", torch::nn::BatchNorm2d(128));
    frame = register_module("frame", torch::nn::Conv1d(torch::nn::Conv1dOptions(128 * 8, kSoundEmbeddingSize, 1)));
    concepts = register_module("concepts", torch::nn::Linear(kSoundEmbeddingSize, conceptCount));
    dropout = register_module("dropout", torch::nn::Dropout(0.3));
}

torch::Tensor ConceptBranchImpl::trunkOutput(const AudioTrunk& trunk, const torch::Tensor& x) const
{
    return third ? trunk.secondBlock(x) : trunk.thirdBlock(x);
}

std::pair<torch::Tensor, torch::Tensor> ConceptBranchImpl::forward(const torch::Tensor& trunkOutput)
{
    const torch::Tensor input = third ? torch::max_pool2d(torch::relu(third(trunkOutput)), 2) : trunkOutput;
    const torch::Tensor c = torch::relu(norm(conv(input)));
    const torch::Tensor frames = torch::relu(frame(dropout(c.flatten(1, 2))));
    return {frames, concepts(dropout(std::get<0>(frames.max(2))))};
}

void exportEncoderWithConcepts(const AudioTrunk& trunk, ConceptBranch& branch,
                               const std::vector<std::string>& conceptIds, const std::filesystem::path& file)
{
    branch->eval();
    torch::NoGradGuard noGrad;
    torch::jit::Module module("LecternAudioClassifier");
    for (size_t i = 0; i < trunk.weights.size(); ++i) {
        module.register_parameter(kWeightNames[i], trunk.weights[i], false);
    }
    std::string script = kScript;
    const std::string placeholder = "BRANCH_THIRD";
    if (branch->third) {
        module.register_parameter("tw", branch->third->weight.detach().clone(), false);
        module.register_parameter("tb", branch->third->bias.detach().clone(), false);
        script.replace(script.find(placeholder), placeholder.size(),
                       "torch.max_pool2d(torch.relu(torch.conv2d(second, self.tw, self.tb, [1, 1], [1, 1])), [2, 2], [2, 2])");
    } else {
        script.replace(script.find(placeholder), placeholder.size(), "third");
    }
    const auto [weight, bias] = foldedBatchNorm(branch->conv, branch->norm);
    module.register_parameter("cw", weight, false);
    module.register_parameter("cb", bias, false);
    module.register_parameter("fw", branch->frame->weight.detach().clone(), false);
    module.register_parameter("fb", branch->frame->bias.detach().clone(), false);
    module.register_parameter("kw", branch->concepts->weight.detach().clone(), false);
    module.register_parameter("kb", branch->concepts->bias.detach().clone(), false);
    module.register_attribute("embedding_size", c10::IntType::get(), static_cast<int64_t>(trunk.weights[8].size(0)));
    const std::string joined = std::accumulate(conceptIds.begin(), conceptIds.end(), std::string(),
                                               [](const std::string& a, const std::string& b) {
                                                   return a.empty() ? b : a + "," + b;
                                               });
    module.register_attribute("concepts", c10::StringType::get(), joined);
    module.define(script);
    module.save(file.string());
}

}  // namespace lectern::ml
