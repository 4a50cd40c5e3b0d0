// The hash head of P4 on the frozen classifier CNN's segment embeddings,
// labelled by the kind of recording (13 recipes), chosen by validation mAP.
#include <torch/torch.h>

#include <iostream>
#include <random>

#include "../ml/CorpusFeatures.h"
#include "../ml/HashHead.h"
#include "../ml/HashRetrieval.h"
#include "../ml/SegmentEmbeddings.h"

#include "Trainers.h"

namespace lectern::ml {

int trainHash(const TrainOptions& options)
{
    const std::filesystem::path corpus = options.features.parent_path();
    const auto train = readSplit(options.features / "train.lcf");
    const auto val = readSplit(options.features / "val.lcf");
    std::vector<std::string> kinds;
    const SegmentRows trainRows = segmentEmbeddings(train, options.models);
    const SegmentRows valRows = segmentEmbeddings(val, options.models);
    const std::vector<long> trainClipKinds = kindNumbers(recipeKinds(train, corpus), kinds);
    const std::vector<long> valClipKinds = kindNumbers(recipeKinds(val, corpus), kinds);
    // Labels: the kind of recording, or with --labels classes the five classes.
    const bool byClass = options.labels == "classes";
    std::vector<long> trainLabels, valLabels;
    for (int c : trainRows.clip) {
        trainLabels.push_back(byClass ? train[static_cast<size_t>(c)].label : trainClipKinds[static_cast<size_t>(c)]);
    }
    for (int c : valRows.clip) {
        valLabels.push_back(byClass ? val[static_cast<size_t>(c)].label : valClipKinds[static_cast<size_t>(c)]);
    }
    std::cout << "hash " << options.bits << " bits: " << trainRows.clip.size() << " training segments, "
              << kinds.size() << " kinds\n";

    torch::manual_seed(options.seed);
    std::mt19937 rng(options.seed);
    HashHead head(static_cast<int>(trainRows.embeddings.size(1)), options.bits);
    torch::optim::Adam optimizer(head->parameters(), torch::optim::AdamOptions(1e-3));
    const torch::Tensor labels = torch::tensor(trainLabels);
    const int epochs = options.epochs > 0 ? options.epochs : 40;
    const long batch = 256, rows = trainRows.embeddings.size(0);
    double bestMap = -1;
    const std::filesystem::path output = options.output / ("hash-" + std::to_string(options.bits) + ".pt");
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        head->train();
        const double loss = trainOneEpoch(rows, batch, optimizer, [&](const torch::Tensor& pick) {
            return hashLoss(head->codes(trainRows.embeddings.index_select(0, pick)), labels.index_select(0, pick));
        });
        head->eval();
        torch::NoGradGuard noGrad;
        const HammingFigures figures = hammingFigures(head->codes(valRows.embeddings), valLabels, valRows.clip);
        std::cout << "epoch " << epoch << " loss " << loss << " val mAP "
                  << figures.mapAll << " top-100 " << figures.mapTop100 << "\n";
        if (figures.mapAll > bestMap) {
            bestMap = figures.mapAll;
            exportHashHead(head, output);
        }
    }
    std::cout << "best validation mAP " << bestMap << " -> " << output.string() << "\n";
    return 0;
}

}  // namespace lectern::ml
