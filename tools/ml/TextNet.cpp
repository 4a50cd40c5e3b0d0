#include "TextNet.h"

#include <torch/script.h>

#include "classify/TextHashing.h"

namespace lectern::ml {
namespace {

const char* kTextScript = R"JIT(
def forward(self, ids):
    bag = torch.embedding(self.table, ids).float().mean(0, keepdim=True)
    feature = torch.relu(torch.linear(bag, self.hidden_w, self.hidden_b))
    return (feature, torch.linear(feature, self.classes_w, self.classes_b))
)JIT";

}  // namespace

TextNetImpl::TextNetImpl()
{
    bag = register_module("bag", torch::nn::EmbeddingBag(
                                     torch::nn::EmbeddingBagOptions(kTextHashBuckets, kTextEmbeddingSize)
                                         .mode(torch::kMean)));
    hidden = register_module("hidden", torch::nn::Linear(kTextEmbeddingSize, kTextFeatureSize));
    classes = register_module("classes", torch::nn::Linear(kTextFeatureSize, 5));
    dropout = register_module("dropout", torch::nn::Dropout(0.2));
}

std::pair<torch::Tensor, torch::Tensor> TextNetImpl::forward(torch::Tensor ids, torch::Tensor offsets)
{
    const torch::Tensor feature = torch::relu(hidden(bag(ids, offsets)));
    return {feature, classes(dropout(feature))};
}

void exportTextNet(TextNet& net, const std::filesystem::path& file)
{
    net->eval();
    torch::NoGradGuard noGrad;
    torch::jit::Module module("LecternTextClassifier");
    module.register_parameter("table", net->bag->weight.detach().to(torch::kHalf).clone(), false);
    module.register_parameter("hidden_w", net->hidden->weight.detach().clone(), false);
    module.register_parameter("hidden_b", net->hidden->bias.detach().clone(), false);
    module.register_parameter("classes_w", net->classes->weight.detach().clone(), false);
    module.register_parameter("classes_b", net->classes->bias.detach().clone(), false);
    module.register_attribute("feature_size", c10::IntType::get(), kTextFeatureSize);
    module.define(kTextScript);
    module.save(file.string());
}

}  // namespace lectern::ml
