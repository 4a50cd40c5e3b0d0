#include "AudioNet.h"

#include <torch/script.h>

namespace lectern::ml {
namespace {

torch::nn::Conv2d conv(int in, int out)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1));
}

const char* kAudioScript = R"JIT(
def forward(self, x):
    x = torch.avg_pool2d(x, [1, 4], [1, 4])
    x = torch.max_pool2d(torch.relu(torch.conv2d(x, self.w1, self.b1, [1, 1], [1, 1])), [2, 2], [2, 2])
    x = torch.max_pool2d(torch.relu(torch.conv2d(x, self.w2, self.b2, [1, 1], [1, 1])), [2, 2], [2, 2])
    x = torch.max_pool2d(torch.relu(torch.conv2d(x, self.w3, self.b3, [1, 1], [1, 1])), [2, 2], [2, 2])
    x = torch.relu(torch.conv2d(x, self.w4, self.b4, [1, 1], [1, 1]))
    flat = x.flatten(2)
    pooled = torch.cat([flat.amax(2), flat.mean(2)], 1)
    s = torch.relu(torch.linear(pooled, self.dense_w, self.dense_b))
    logits = torch.linear(s, self.classes_w, self.classes_b)
    norm = (s * s).sum(1, keepdim=True).sqrt().clamp_min(1e-8)
    return (s / norm, logits)
)JIT";

}  // namespace

std::pair<torch::Tensor, torch::Tensor> foldedBatchNorm(torch::nn::Conv2d& c, torch::nn::BatchNorm2d& n)
{
    const torch::Tensor scale = n->weight / torch::sqrt(n->running_var + n->options.eps());
    torch::Tensor weight = c->weight * scale.view({-1, 1, 1, 1});
    torch::Tensor bias = (c->bias - n->running_mean) * scale + n->bias;
    return {weight.detach().clone(), bias.detach().clone()};
}

AudioNetImpl::AudioNetImpl()
{
    conv1 = register_module("conv1", conv(1, 16));
    conv2 = register_module("conv2", conv(16, 32));
    conv3 = register_module("conv3", conv(32, 64));
    conv4 = register_module("conv4", conv(64, 128));
    norm1 = register_module("norm1", torch::nn::BatchNorm2d(16));
    norm2 = register_module("norm2", torch::nn::BatchNorm2d(32));
    norm3 = register_module("norm3", torch::nn::BatchNorm2d(64));
    norm4 = register_module("norm4", torch::nn::BatchNorm2d(128));
    dense = register_module("dense", torch::nn::Linear(256, kAudioEmbeddingSize));
    classes = register_module("classes", torch::nn::Linear(kAudioEmbeddingSize, 5));
    dropout = register_module("dropout", torch::nn::Dropout(0.3));
}

std::pair<torch::Tensor, torch::Tensor> AudioNetImpl::forward(torch::Tensor x)
{
    x = torch::avg_pool2d(x, {1, 4}, {1, 4});
    x = torch::max_pool2d(torch::relu(norm1(conv1(x))), 2);
    x = torch::max_pool2d(torch::relu(norm2(conv2(x))), 2);
    x = torch::max_pool2d(torch::relu(norm3(conv3(x))), 2);
    x = torch::relu(norm4(conv4(x)));
    const torch::Tensor flat = x.flatten(2);
    const torch::Tensor pooled = torch::cat({flat.amax(2), flat.mean(2)}, 1);
    const torch::Tensor s = torch::relu(dense(dropout(pooled)));
    return {s, classes(dropout(s))};
}

void exportAudioNet(AudioNet& net, const std::filesystem::path& file)
{
    net->eval();
    torch::NoGradGuard noGrad;
    torch::jit::Module module("LecternAudioClassifier");
    const std::pair<torch::nn::Conv2d*, torch::nn::BatchNorm2d*> layers[] = {
        {&net->conv1, &net->norm1}, {&net->conv2, &net->norm2}, {&net->conv3, &net->norm3},
        {&net->conv4, &net->norm4}};
    int index = 1;
    for (const auto& [c, n] : layers) {
        const auto [weight, bias] = foldedBatchNorm(*c, *n);
        module.register_parameter("w" + std::to_string(index), weight, false);
        module.register_parameter("b" + std::to_string(index), bias, false);
        ++index;
    }
    module.register_parameter("dense_w", net->dense->weight.detach().clone(), false);
    module.register_parameter("dense_b", net->dense->bias.detach().clone(), false);
    module.register_parameter("classes_w", net->classes->weight.detach().clone(), false);
    module.register_parameter("classes_b", net->classes->bias.detach().clone(), false);
    module.register_attribute("embedding_size", c10::IntType::get(), kAudioEmbeddingSize);
    module.define(kAudioScript);
    module.save(file.string());
}

}  // namespace lectern::ml
