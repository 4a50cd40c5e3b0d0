// The audio CNN on random 10 s crops, best epoch by validation macro F1.
#include <torch/torch.h>

#include <algorithm>
#include <iostream>
#include <random>
#include <string>
#include <chrono>
#include <iomanip>
#include <sstream>

#include "../ml/AudioBatches.h"
#include "../ml/AudioNet.h"
#include "../ml/CaptionObjective.h"
#include "../ml/CorpusFeatures.h"
#include "../ml/Metrics.h"

#include "Trainers.h"

namespace lectern::ml {
namespace {

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double audioValidation(AudioNet& net, const std::vector<ClipFeatures>& clips)
{
    net->eval();
    torch::NoGradGuard noGrad;
    std::vector<int> truth, predicted;
    for (const ClipFeatures& clip : clips) {
        const torch::Tensor probabilities = torch::softmax(net->forward(clipSegments(clip)).second, 1).mean(0);
        truth.push_back(clip.label);
        predicted.push_back(static_cast<int>(probabilities.argmax().item<long>()));
    }
    net->train();
    return evaluate(truth, predicted).macroF1;
}


}  // namespace

int trainAudio(const TrainOptions& options)
{
    auto [train, val, rng] = startTraining(options);
    AudioNet net;
    const int epochs = options.epochs > 0 ? options.epochs : 40;
    const int cropsPerClip = 2, batchSize = 32;
    const long stepsPerEpoch = static_cast<long>(train.size() * cropsPerClip / batchSize);
    // With a caption weight the CNN also learns to find each crop's caption
    // (CaptionObjective.h); the objective's head and tower are not exported.
    // Without one the objective is never made: its random start would move
    // torch's generator and the five-class training would no longer repeat
    // the shipped model's run.
    CaptionObjective captions{nullptr};
    std::vector<torch::Tensor> parameters = net->parameters();
    if (options.captionWeight > 0) {
        captions = CaptionObjective(kAudioEmbeddingSize);
        for (const torch::Tensor& parameter : captions->parameters()) parameters.push_back(parameter);
    }
    torch::optim::AdamW optimizer(parameters, torch::optim::AdamWOptions(2e-3).weight_decay(1e-3));
    double best = -1;
    AudioNet bestNet;
    const auto started = std::chrono::steady_clock::now();
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::vector<size_t> order;
        for (int k = 0; k < cropsPerClip; ++k) {
            for (size_t i = 0; i < train.size(); ++i) order.push_back(i);
        }
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0;
        for (long step = 0; step < stepsPerEpoch; ++step) {
            // Cosine decay of the learning rate over the whole run.
            const double progress = double((epoch - 1) * stepsPerEpoch + step) / double(epochs * stepsPerEpoch);
            for (auto& group : optimizer.param_groups()) {
                static_cast<torch::optim::AdamWOptions&>(group.options()).lr(2e-3 * 0.5 * (1 + std::cos(M_PI * progress)));
            }
            std::vector<size_t> picks(order.begin() + step * batchSize, order.begin() + (step + 1) * batchSize);
            std::vector<long> labels;
            for (size_t pick : picks) labels.push_back(train[pick].label);
            const torch::Tensor input = trainingBatch(train, picks, rng);
            optimizer.zero_grad();
            const auto [embeddings, logits] = net->forward(input);
            torch::Tensor loss =
                torch::nn::functional::cross_entropy(logits, torch::tensor(labels),
                                                     torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(0.05));
            if (options.captionWeight > 0) loss = loss + options.captionWeight * captions->loss(embeddings, train, picks, rng);
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
        }
        const double f1 = audioValidation(net, val);
        std::cout << "epoch " << epoch << " loss " << std::setprecision(4) << lossSum / stepsPerEpoch
                  << " val macro F1 " << f1 << " (" << std::fixed << std::setprecision(0) << seconds(started)
                  << " s)" << std::defaultfloat << std::endl;
        if (f1 >= best) {
            best = f1;
            std::stringstream state;
            torch::save(net, state);
            torch::load(bestNet, state);
        }
    }
    std::filesystem::create_directories(options.models);
    exportAudioNet(bestNet, options.models / "audio.pt");
    std::cout << std::setprecision(4) << "audio model: best validation macro F1 " << best << ", written to "
              << (options.models / "audio.pt") << "\n";
    return 0;
}

}  // namespace lectern::ml
