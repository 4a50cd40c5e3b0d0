#include "TextTower.h"

#include <torch/script.h>

#include "ScriptExport.h"
#include "classify/TextHashing.h"

namespace lectern::ml {
namespace {

const char* kTextScript = R"JIT(
def forward(self, ids):
    rows = torch.embedding(self.table, ids.remainder(self.table.size(0))).float()
    known = (rows.abs().sum(1, keepdim=True) > 0).float()
    if bool(known.sum() == 0):
        return torch.zeros(1, self.out_b.size(0))
    bag = (rows * known).sum(0, keepdim=True) / known.sum()
    x = torch.relu(torch.linear(bag, self.hidden_w, self.hidden_b))
    x = torch.linear(x, self.out_w, self.out_b)
    return x / (x * x).sum(1, keepdim=True).sqrt().clamp_min(1e-8)
)JIT";

}  // namespace

TextTowerImpl::TextTowerImpl(int wordSize, int64_t tableRows) : buckets(tableRows)
{
    words = register_module(
        "words", torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(buckets, wordSize).mode(torch::kMean)));
    hidden = register_module("hidden", torch::nn::Linear(wordSize, 512));
    out = register_module("out", torch::nn::Linear(512, kJointSize));
    dropout = register_module("dropout", torch::nn::Dropout(0.2));
}

torch::Tensor TextTowerImpl::forward(const torch::Tensor& ids, const torch::Tensor& offsets)
{
    return normalizedRows(out(dropout(torch::relu(hidden(words(ids.remainder(buckets), offsets))))));
}

void TextTowerImpl::forgetUnseenTokens(const std::vector<std::vector<int64_t>>& texts)
{
    std::vector<bool> seen(static_cast<size_t>(buckets), false);
    for (const auto& tokens : texts) {
        for (int64_t token : tokens) seen[static_cast<size_t>(token % buckets)] = true;
    }
    torch::NoGradGuard noGrad;
    for (int64_t row = 0; row < buckets; ++row) {
        if (!seen[static_cast<size_t>(row)]) words->weight[row].zero_();
    }
}

torch::Tensor normalizedRows(const torch::Tensor& rows) { return rows / rows.norm(2, 1, true).clamp_min(1e-8); }

torch::jit::Module scriptedTextTower(TextTower& tower, const std::string& name)
{
    tower->eval();
    torch::NoGradGuard noGrad;
    torch::jit::Module text(name);
    text.register_parameter("table", tower->words->weight.detach().to(torch::kHalf).clone(), false);
    addLinear(text, "hidden", tower->hidden);
    addLinear(text, "out", tower->out);
    text.define(kTextScript);
    return text;
}

}  // namespace lectern::ml
