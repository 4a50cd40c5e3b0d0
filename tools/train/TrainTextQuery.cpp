// The text-query model: P3's joint space on top of the frozen classifier
// CNN. The audio side is a linear map of the segment embeddings, centred on
// their training mean (normalize(W (a - mean)), W starting as the inverse of
// each dimension's spread); the text side is a text tower. Both are trained
// with symmetric InfoNCE. The mean and W go into the model file: the search
// index maps every stored segment embedding through them, so a typed
// description ranks indexed segments directly.
#include <torch/torch.h>

#include <cmath>
#include <iostream>
#include <random>

#include "../ml/CorpusFeatures.h"
#include "../ml/JointSpace.h"
#include "../ml/SegmentEmbeddings.h"
#include "../ml/TextTower.h"
#include "classify/TextHashing.h"

#include "Trainers.h"

namespace lectern::ml {
namespace {

struct SegmentSpace {
    torch::Tensor centred;                  // [segments, 256]
    std::vector<std::vector<long>> byClip;  // each clip's rows
};

SegmentSpace segmentSpace(const SegmentRows& rows, const torch::Tensor& mean, size_t clips)
{
    SegmentSpace space{rows.embeddings - mean, std::vector<std::vector<long>>(clips)};
    for (size_t row = 0; row < rows.clip.size(); ++row) {
        space.byClip[static_cast<size_t>(rows.clip[row])].push_back(static_cast<long>(row));
    }
    return space;
}

// Text-to-clip recall at 10, a clip scoring its best segment (as search does),
// with each clip's first caption.
double captionRecallAt10(TextTower& tower, const torch::Tensor& projection, const SegmentSpace& space,
                         const std::vector<ClipFeatures>& clips, const std::vector<int>& segmentClip)
{
    tower->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor vectors = normalizedRows(torch::matmul(space.centred, projection.t()));
    const torch::Tensor clipOfRow = torch::tensor(std::vector<long>(segmentClip.begin(), segmentClip.end()));
    int hits = 0, queries = 0;
    for (size_t i = 0; i < clips.size(); ++i) {
        if (clips[i].captions.empty() || space.byClip[i].empty()) continue;
        const auto ids = hashedTextTokens(clips[i].captions.front());
        if (ids.empty()) continue;
        const torch::Tensor query = tower(torch::tensor(ids), torch::tensor(std::vector<int64_t>{0}));
        const torch::Tensor rowScores = torch::matmul(vectors, query.t()).squeeze(1);
        const torch::Tensor clipScores = torch::full({static_cast<long>(clips.size())}, -2.0f)
                                             .scatter_reduce(0, clipOfRow, rowScores, "amax");
        const long rank = (clipScores > clipScores[static_cast<long>(i)]).sum().item<long>();
        hits += rank < 10;
        ++queries;
    }
    tower->train();
    return queries ? double(hits) / queries : 0.0;
}

}  // namespace

int trainTextQuery(const TrainOptions& options)
{
    auto [train, val, rng] = startTraining(options);
    const SegmentRows trainRows = segmentEmbeddings(train, options.models);
    const SegmentRows valRows = segmentEmbeddings(val, options.models);
    const torch::Tensor mean = trainRows.embeddings.mean(0);
    const SegmentSpace trainSpace = segmentSpace(trainRows, mean, train.size());
    const SegmentSpace valSpace = segmentSpace(valRows, mean, val.size());
    std::cout << "text-query: " << trainRows.clip.size() << " training segments of " << train.size() << " clips\n";

    TextTower tower(64);  // 64-d word vectors: half the file of 128, no loss measured
    std::vector<std::vector<int64_t>> captions;
    for (const ClipFeatures& clip : train) {
        for (const std::string& caption : clip.captions) captions.push_back(hashedTextTokens(caption));
    }
    // Their rows get no gradient, so they stay zero through training.
    tower->forgetUnseenTokens(captions);
    torch::Tensor logScale = torch::full({1}, std::log(1.0 / 0.07)).set_requires_grad(true);
    torch::Tensor projection = torch::diag(1.0 / trainSpace.centred.std(0).clamp_min(1e-4)).set_requires_grad(true);
    std::vector<torch::Tensor> parameters = tower->parameters();
    parameters.push_back(logScale);
    parameters.push_back(projection);
    torch::optim::AdamW optimizer(parameters, torch::optim::AdamWOptions(1e-3).weight_decay(1e-4));
    const int epochs = options.epochs > 0 ? options.epochs : 60;
    const size_t batchSize = 256;
    std::vector<size_t> order;
    for (size_t c = 0; c < train.size(); ++c) {
        if (!train[c].captions.empty() && !trainSpace.byClip[c].empty()) order.push_back(c);
    }
    const std::filesystem::path output = options.output / "text-query.pt";
    double best = -1;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0;
        int steps = 0;
        std::bernoulli_distribution keep(0.85);
        for (size_t first = 0; first + batchSize <= order.size(); first += batchSize) {
            std::vector<long> rows;
            std::vector<int64_t> ids, offsets;
            for (size_t k = first; k < first + batchSize; ++k) {
                const ClipFeatures& clip = train[order[k]];
                const auto tokens = hashedTextTokens(clip.captions[rng() % clip.captions.size()]);
                if (tokens.empty()) continue;
                const auto& segments = trainSpace.byClip[order[k]];
                rows.push_back(segments[rng() % segments.size()]);
                offsets.push_back(static_cast<int64_t>(ids.size()));
                for (int64_t token : tokens) {
                    if (keep(rng)) ids.push_back(token);
                }
                if (static_cast<int64_t>(ids.size()) == offsets.back()) ids.push_back(tokens.front());
            }
            optimizer.zero_grad();
            const torch::Tensor audio =
                normalizedRows(torch::matmul(trainSpace.centred.index_select(0, torch::tensor(rows)), projection.t()));
            const torch::Tensor loss =
                symmetricInfoNce(audio, tower(torch::tensor(ids), torch::tensor(offsets)), logScale);
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            ++steps;
        }
        if (epoch % 5 == 0 || epoch == epochs) {
            const double recall = captionRecallAt10(tower, projection, valSpace, val, valRows.clip);
            std::cout << "epoch " << epoch << " loss " << lossSum / std::max(1, steps) << " temperature "
                      << std::exp(-logScale.item<double>()) << " val text-to-clip R@10 " << recall << std::endl;
            if (recall > best) {
                best = recall;
                torch::jit::Module model = scriptedTextTower(tower, "LecternTextQuery");
                model.register_buffer("audio_mean", mean.clone());
                model.register_buffer("audio_projection", projection.detach().clone());
                model.save(output.string());
            }
        }
    }
    std::cout << "best validation R@10 " << best << " -> " << output.string() << "\n";
    return 0;
}

}  // namespace lectern::ml
