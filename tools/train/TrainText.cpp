// The text channel on hashed annotation tokens.
#include <torch/torch.h>

#include <algorithm>
#include <iostream>
#include <random>
#include <string>

#include "../ml/CorpusFeatures.h"
#include "../ml/Metrics.h"
#include "../ml/TextNet.h"
#include "classify/TextHashing.h"

#include "Trainers.h"

namespace lectern::ml {
namespace {


// Texts with no class information are trained towards the flat distribution.
torch::Tensor textTargets(const std::vector<const ClipFeatures*>& clips)
{
    torch::Tensor targets = torch::zeros({static_cast<long>(clips.size()), 5});
    for (size_t i = 0; i < clips.size(); ++i) {
        if (clips[i]->textKind == "useless") {
            targets[static_cast<long>(i)].fill_(0.2);
        } else {
            targets[static_cast<long>(i)][clips[i]->label] = 1.0;
        }
    }
    return targets;
}


}  // namespace

int trainText(const TrainOptions& options)
{
    auto [train, val, rng] = startTraining(options);
    // Misleading annotations are wrong on purpose; learning them teaches noise.
    std::vector<const ClipFeatures*> usable;
    for (const ClipFeatures& clip : train) {
        if (clip.textKind != "misleading" && !hashedTextTokens(clip.text).empty()) usable.push_back(&clip);
    }
    TextNet net;
    torch::optim::AdamW optimizer(net->parameters(), torch::optim::AdamWOptions(5e-3).weight_decay(1e-4));
    const int epochs = options.epochs > 0 ? options.epochs : 30;
    const size_t batchSize = 32;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(usable.begin(), usable.end(), rng);
        double lossSum = 0;
        for (size_t first = 0; first < usable.size(); first += batchSize) {
            std::vector<const ClipFeatures*> batch(usable.begin() + static_cast<long>(first),
                                                   usable.begin() + static_cast<long>(std::min(usable.size(), first + batchSize)));
            std::vector<int64_t> ids, offsets;
            std::bernoulli_distribution keep(0.8);
            for (const ClipFeatures* clip : batch) {
                offsets.push_back(static_cast<int64_t>(ids.size()));
                const auto tokens = hashedTextTokens(clip->text);
                size_t kept = 0;
                for (int64_t token : tokens) {
                    if (keep(rng)) { ids.push_back(token); ++kept; }
                }
                if (kept == 0) ids.push_back(tokens.front());
            }
            optimizer.zero_grad();
            const torch::Tensor logits = net->forward(torch::tensor(ids), torch::tensor(offsets)).second;
            const torch::Tensor loss = -(textTargets(batch) * torch::log_softmax(logits, 1)).sum(1).mean();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>() * double(batch.size());
        }
        if (epoch % 5 == 0 || epoch == epochs) {
            net->eval();
            torch::NoGradGuard noGrad;
            std::vector<int> truth, predicted;
            for (const ClipFeatures& clip : val) {
                const auto tokens = hashedTextTokens(clip.text);
                if (tokens.empty() || clip.textKind == "useless") continue;
                const auto logits = net->forward(torch::tensor(tokens), torch::tensor(std::vector<int64_t>{0})).second;
                truth.push_back(clip.label);
                predicted.push_back(static_cast<int>(logits.argmax().item<long>()));
            }
            net->train();
            std::cout << "epoch " << epoch << " loss " << lossSum / double(usable.size())
                      << " val macro F1 (texts with words) " << evaluate(truth, predicted).macroF1 << std::endl;
        }
    }
    std::filesystem::create_directories(options.models);
    exportTextNet(net, options.models / "text.pt");
    std::cout << "text model written to " << (options.models / "text.pt") << "\n";
    return 0;
}

}  // namespace lectern::ml
