// lectern-train: trains the classifier's three models from the corpus
// features and exports them as TorchScript (tools/README.md has the commands).
//
//   lectern-train audio  FEATURES MODELS [--epochs N] [--seed S]
//   lectern-train text   FEATURES MODELS [--epochs N] [--seed S]
//   lectern-train fusion FEATURES MODELS [--seed S]   (after audio and text)
//   lectern-train joint  FEATURES MODELS [--epochs N] [--seed S]   (after audio)

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <numeric>
#include <random>
#include <string>

#include "../ml/AudioBatches.h"
#include "../ml/AudioNet.h"
#include "../ml/ChannelOutputs.h"
#include "../ml/CorpusFeatures.h"
#include "../ml/FusionHeads.h"
#include "../ml/HandFeatures.h"
#include "../ml/JointSpace.h"
#include "../ml/Metrics.h"
#include "../ml/TextNet.h"
#include "classify/TextHashing.h"

using namespace lectern;
using namespace lectern::ml;

namespace {

struct Options {
    std::string what;
    std::filesystem::path features, models;
    int epochs = 0;
    unsigned seed = 7;
};

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

int trainAudio(const Options& options)
{
    const auto train = readSplit(options.features / "train.lcf");
    const auto val = readSplit(options.features / "val.lcf");
    torch::manual_seed(options.seed);
    std::mt19937 rng(options.seed);
    AudioNet net;
    const int epochs = options.epochs > 0 ? options.epochs : 40;
    const int cropsPerClip = 2, batchSize = 32;
    const long stepsPerEpoch = static_cast<long>(train.size() * cropsPerClip / batchSize);
    torch::optim::AdamW optimizer(net->parameters(), torch::optim::AdamWOptions(2e-3).weight_decay(1e-3));
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
            const torch::Tensor loss =
                torch::nn::functional::cross_entropy(net->forward(input).second, torch::tensor(labels),
                                                     torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(0.05));
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

int trainText(const Options& options)
{
    const auto train = readSplit(options.features / "train.lcf");
    const auto val = readSplit(options.features / "val.lcf");
    torch::manual_seed(options.seed);
    std::mt19937 rng(options.seed);
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

int trainFusion(const Options& options)
{
    // The joint heads learn from the validation split, whose channel outputs
    // are as good as they will be on new files (the training split's are not).
    const auto val = readSplit(options.features / "val.lcf");
    const ChannelOutputs outputs = channelOutputs(val, options.models);
    torch::manual_seed(options.seed);
    FusionHeads heads(outputs.audioFeatures.size(1), outputs.textFeatures.size(1));
    torch::optim::AdamW optimizer(heads->parameters(), torch::optim::AdamWOptions(1e-2).weight_decay(1e-2));
    for (int step = 0; step < 400; ++step) {
        optimizer.zero_grad();
        const torch::Tensor loss =
            torch::cross_entropy_loss(heads->plainLogits(outputs.audioFeatures, outputs.textFeatures), outputs.labels) +
            torch::cross_entropy_loss(heads->videoLogits(outputs.audioFeatures, outputs.textFeatures,
                                                         outputs.textConfidence, outputs.hasVideo),
                                      outputs.labels);
        loss.backward();
        optimizer.step();
    }
    exportFusionHeads(heads, options.models / "fusion.pt");
    std::cout << "fusion heads written to " << (options.models / "fusion.pt") << "\n";
    return 0;
}

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

int trainJoint(const Options& options)
{
    const auto train = readSplit(options.features / "train.lcf");
    const auto val = readSplit(options.features / "val.lcf");
    torch::manual_seed(options.seed);
    std::mt19937 rng(options.seed);
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

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::cerr << "usage: lectern-train audio|text|fusion|joint FEATURES_DIR MODELS_DIR [--epochs N] [--seed S]\n";
        return 2;
    }
    Options options{argv[1], argv[2], argv[3]};
    for (int i = 4; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--epochs") options.epochs = std::stoi(argv[i + 1]);
        else if (flag == "--seed") options.seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
        else { std::cerr << "unknown option " << flag << "\n"; return 2; }
    }
    torch::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    try {
        if (options.what == "audio") return trainAudio(options);
        if (options.what == "text") return trainText(options);
        if (options.what == "fusion") return trainFusion(options);
        if (options.what == "joint") return trainJoint(options);
    } catch (const std::exception& error) {
        std::cerr << "lectern-train: " << error.what() << "\n";
        return 1;
    }
    std::cerr << "unknown model " << options.what << "\n";
    return 2;
}
