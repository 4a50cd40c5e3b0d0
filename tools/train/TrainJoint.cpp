// The joint text-audio space with symmetric InfoNCE.
#include <torch/torch.h>

#include <algorithm>
#include <iostream>
#include <random>
#include <string>
#include <cmath>
#include <numeric>

#include "../ml/CorpusFeatures.h"
#include "../ml/JointSpace.h"
#include "classify/TextHashing.h"

#include "Trainers.h"

namespace lectern::ml {
namespace {

// Text-to-audio recall at 10 over a split, one caption per clip.
double captionRecallAt10(JointSpace& space, const torch::Tensor& audioInputs, const std::vector<ClipFeatures>& clips)
{
    space->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor audio = space->audio(audioInputs);
    int hits = 0, queries = 0;
    for (size_t i = 0; i < clips.size(); ++i) {
        if (clips[i].captions.empty()) continue;
        const auto ids = hashedTextTokens(clips[i].captions.front());
        if (ids.empty()) continue;
        const torch::Tensor query = space->text(torch::tensor(ids), torch::tensor(std::vector<int64_t>{0}));
        const torch::Tensor scores = torch::matmul(audio, query.t()).squeeze(1);
        const long rank = (scores > scores[static_cast<long>(i)]).sum().item<long>();
        hits += rank < 10;
        ++queries;
    }
    space->train();
    return queries ? double(hits) / queries : 0.0;
}

}  // namespace

int trainJoint(const TrainOptions& options)
{
    auto [train, val, rng] = startTraining(options);
    const torch::Tensor trainInputs = jointAudioInputs(train, options.models);
    const torch::Tensor valInputs = jointAudioInputs(val, options.models);
    JointSpace space(static_cast<int>(trainInputs.size(1)), trainInputs.mean(0), trainInputs.std(0).clamp_min(1e-4));
    torch::optim::AdamW optimizer(space->parameters(), torch::optim::AdamWOptions(1e-3).weight_decay(1e-4));
    const int epochs = options.epochs > 0 ? options.epochs : 80;
    const size_t batchSize = 128;
    std::vector<size_t> order(train.size());
    std::iota(order.begin(), order.end(), 0);
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0;
        int steps = 0;
        for (size_t first = 0; first + batchSize <= order.size(); first += batchSize) {
            std::vector<long> rows;
            std::vector<int64_t> ids, offsets;
            std::bernoulli_distribution keep(0.85);
            for (size_t k = first; k < first + batchSize; ++k) {
                const ClipFeatures& clip = train[order[k]];
                if (clip.captions.empty()) continue;
                const std::string& caption = clip.captions[rng() % clip.captions.size()];
                const auto tokens = hashedTextTokens(caption);
                if (tokens.empty()) continue;
                rows.push_back(static_cast<long>(order[k]));
                offsets.push_back(static_cast<int64_t>(ids.size()));
                for (int64_t token : tokens) {
                    if (keep(rng)) ids.push_back(token);
                }
                if (static_cast<int64_t>(ids.size()) == offsets.back()) ids.push_back(tokens.front());
            }
            optimizer.zero_grad();
            const torch::Tensor loss = symmetricInfoNce(space->audio(trainInputs.index_select(0, torch::tensor(rows))),
                                                        space->text(torch::tensor(ids), torch::tensor(offsets)),
                                                        space->logScale);
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            ++steps;
        }
        if (epoch % 10 == 0 || epoch == epochs) {
            std::cout << "epoch " << epoch << " loss " << lossSum / std::max(1, steps) << " temperature "
                      << std::exp(-space->logScale.item<double>()) << " val text-to-audio R@10 "
                      << captionRecallAt10(space, valInputs, val) << std::endl;
        }
    }
    exportJointSpace(space, options.models);
    std::cout << "joint space written to " << (options.models / "joint-audio.pt") << " and joint-text.pt\n";
    return 0;
}

}  // namespace lectern::ml
