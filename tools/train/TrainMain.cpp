// lectern-train: trains the classifier's three models from the corpus
// features and exports them as TorchScript (tools/README.md has the commands).
//
//   lectern-train audio  FEATURES MODELS [--epochs N] [--seed S] [--caption-weight W]
//   lectern-train text   FEATURES MODELS [--epochs N] [--seed S]
//   lectern-train fusion FEATURES MODELS [--seed S]   (after audio and text)
//   lectern-train joint  FEATURES MODELS [--epochs N] [--seed S]   (after audio)
//   lectern-train hash   FEATURES MODELS [--bits 64] [--labels kinds|classes] [--out DIR] [--epochs N] [--seed S]   (after audio)
//   lectern-train text-query FEATURES MODELS [--out DIR] [--inputs item|item-profile|embedding] [--epochs N] [--seed S]   (after audio)
//   lectern-train concepts RECORDINGS.lsr MODELS --out DIR [--epochs N] [--seed S] [--own-third-block yes]   (lectern-sound-features; MODELS/audio.pt is the trunk)
//   lectern-train modifier PAIRS_DIR MODELS --out DIR [--rho 0|1] [--audio-only yes] [--inputs embedding|loudness|profile] [--epochs N]   (lectern-modifier-pairs)

#include <algorithm>
#include <iostream>
#include <string>
#include <thread>

#include <ATen/Parallel.h>

#include "Trainers.h"

#include <torch/torch.h>

using namespace lectern::ml;

namespace lectern::ml {

TrainingStart startTraining(const TrainOptions& options)
{
    torch::manual_seed(options.seed);
    return {readSplit(options.features / "train.lcf"), readSplit(options.features / "val.lcf"),
            std::mt19937(options.seed)};
}

double trainOneEpoch(long rows, long batch, torch::optim::Optimizer& optimizer,
                     const std::function<torch::Tensor(const torch::Tensor& pick)>& lossOf)
{
    const torch::Tensor order = torch::randperm(rows);
    double lossSum = 0;
    int steps = 0;
    for (long first = 0; first + batch <= rows; first += batch) {
        optimizer.zero_grad();
        const torch::Tensor loss = lossOf(order.slice(0, first, first + batch));
        loss.backward();
        optimizer.step();
        lossSum += loss.item<double>();
        ++steps;
    }
    return lossSum / std::max(1, steps);
}

}  // namespace lectern::ml

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::cerr << "usage: lectern-train audio|text|fusion|joint|hash|text-query|modifier|concepts FEATURES_DIR MODELS_DIR [--epochs N] [--seed S] [--bits N] [--out DIR]\n";
        return 2;
    }
    TrainOptions options;
    options.what = argv[1];
    options.features = argv[2];
    options.models = argv[3];
    for (int i = 4; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--epochs") options.epochs = std::stoi(argv[i + 1]);
        else if (flag == "--bits") options.bits = std::stoi(argv[i + 1]);
        else if (flag == "--out") options.output = argv[i + 1];
        else if (flag == "--labels") options.labels = argv[i + 1];
        else if (flag == "--rho") options.rho = std::stod(argv[i + 1]);
        else if (flag == "--caption-weight") options.captionWeight = std::stod(argv[i + 1]);
        else if (flag == "--audio-only") options.audioOnly = std::string(argv[i + 1]) == "yes";
        else if (flag == "--own-third-block") options.ownThirdBlock = std::string(argv[i + 1]) == "yes";
        else if (flag == "--inputs") options.inputs = argv[i + 1];
        else if (flag == "--seed") options.seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
        else { std::cerr << "unknown option " << flag << "\n"; return 2; }
    }
    if (options.output.empty()) options.output = options.models;
    at::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    try {
        // A trainer saves at its best epoch: a folder that is not there would fail only then.
        std::filesystem::create_directories(options.output);
        if (options.what == "audio") return trainAudio(options);
        if (options.what == "text") return trainText(options);
        if (options.what == "fusion") return trainFusion(options);
        if (options.what == "joint") return trainJoint(options);
        if (options.what == "hash") return trainHash(options);
        if (options.what == "text-query") return trainTextQuery(options);
        if (options.what == "modifier") return trainModifier(options);
        if (options.what == "concepts") return trainConcepts(options);
    } catch (const std::exception& error) {
        std::cerr << "lectern-train: " << error.what() << "\n";
        return 1;
    }
    std::cerr << "unknown model " << options.what << "\n";
    return 2;
}