// The query modifier of P5 (ModifierNet.h) on the pairs of
// lectern-modifier-pairs: symmetric contrastive loss between the queries
// F_q(a_k, t_k) and the targets A(b_l) of a batch (eq. 4-5), plus rho times
// the binary cross-entropy of the events of a and b (eq. 6). Kept at the
// best mean validation R@1 over the scenes.
//
// A reads each clip's embedding, and its loudness, sound profile and sound
// descriptors as --inputs asks (ModifierInput.h).
//
//   lectern-train modifier PAIRS_DIR MODELS --out DIR [--rho 1] [--audio-only yes]
//                 [--inputs embedding|loudness|profile|descriptors] [--epochs 40]
#include <torch/torch.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "../ml/JointSpace.h"
#include "../ml/ModifierNet.h"
#include "../ml/ModifierPairs.h"
#include "classify/ModifierInput.h"
#include "classify/TextHashing.h"

#include "Trainers.h"

namespace lectern::ml {
namespace {

struct PairTensors {
    torch::Tensor a, b;                  // [pairs, inputWidth]: ModifierInput.h
    torch::Tensor eventsA, eventsB;      // [pairs, classes] multi-hot
    std::vector<std::vector<int64_t>> tokens;
    std::vector<std::string> scenes;
};

PairTensors tensorsOf(const ModifierPairSet& set, ModifierInputs inputs)
{
    const long n = static_cast<long>(set.pairs.size()), classes = static_cast<long>(set.eventNames.size());
    const long width = inputWidth(inputs);
    PairTensors t{torch::empty({n, width}), torch::empty({n, width}), torch::zeros({n, classes}),
                  torch::zeros({n, classes}), {}, {}};
    for (long i = 0; i < n; ++i) {
        const ModifierPair& pair = set.pairs[static_cast<size_t>(i)];
        t.a[i] = torch::tensor(modifierAudioInput(queryClipOf(pair), inputs));
        t.b[i] = torch::tensor(modifierAudioInput(targetClipOf(pair), inputs));
        for (int e : pair.eventsA) t.eventsA[i][e] = 1.0f;
        for (int e : pair.eventsB) t.eventsB[i][e] = 1.0f;
        t.tokens.push_back(hashedTextTokens(pair.text));
        t.scenes.push_back(pair.scene);
    }
    return t;
}

torch::Tensor queries(ModifierNet& net, const PairTensors& t, const torch::Tensor& rows, bool audioOnly)
{
    const torch::Tensor audio = net->audio(t.a.index_select(0, rows));
    if (audioOnly) return audio;
    std::vector<int64_t> ids, offsets;
    for (long k = 0; k < rows.size(0); ++k) {
        offsets.push_back(static_cast<int64_t>(ids.size()));
        const auto& tokens = t.tokens[static_cast<size_t>(rows[k].item<long>())];
        ids.insert(ids.end(), tokens.begin(), tokens.end());
    }
    return normalizedRows(audio + net->text(torch::tensor(ids), torch::tensor(offsets)));
}

// Mean over scenes of R@1, each scene's targets its own pairs' b.
double meanRecallAt1(ModifierNet& net, const PairTensors& t, bool audioOnly)
{
    net->eval();
    torch::NoGradGuard noGrad;
    std::map<std::string, std::vector<long>> byScene;
    for (size_t i = 0; i < t.scenes.size(); ++i) byScene[t.scenes[i]].push_back(static_cast<long>(i));
    double sum = 0;
    for (const auto& [scene, rows] : byScene) {
        const torch::Tensor pick = torch::tensor(rows);
        const torch::Tensor scores =
            torch::matmul(queries(net, t, pick, audioOnly), net->audio(t.b.index_select(0, pick)).t());
        sum += (scores.argmax(1) == torch::arange(static_cast<long>(rows.size()))).to(torch::kFloat).mean().item<double>();
    }
    net->train();
    return sum / static_cast<double>(byScene.size());
}

// The descriptors mix cepstra, shares, counts a minute and seconds: A reads
// them centred and scaled by their spread over the training clips. The other
// inputs keep their own scale, which measured better (tools/README.md).
void centreDescriptors(ModifierNet& net, const PairTensors& train)
{
    const long first = inputWidth(ModifierInputs::WithLoudnessAndProfile);
    const torch::Tensor descriptors = torch::cat({train.a, train.b}).narrow(1, first, kSoundDescriptorCount);
    torch::NoGradGuard noGrad;
    net->inputMean.narrow(0, first, kSoundDescriptorCount).copy_(descriptors.mean(0));
    net->inputSpread.narrow(0, first, kSoundDescriptorCount).copy_(descriptors.std(0).clamp_min(1e-4));
}

}  // namespace

int trainModifier(const TrainOptions& options)
{
    const std::map<std::string, ModifierInputs> inputChoices = {
        {"embedding", ModifierInputs::Embedding},
        {"loudness", ModifierInputs::WithLoudness},
        {"profile", ModifierInputs::WithLoudnessAndProfile},
        {"descriptors", ModifierInputs::WithDescriptors}};
    const auto chosen = inputChoices.find(options.inputs.empty() ? "profile" : options.inputs);
    if (chosen == inputChoices.end()) {
        std::cerr << "modifier --inputs is embedding, loudness, profile or descriptors, not "
                  << options.inputs << "\n";
        return 2;
    }
    const ModifierInputs inputs = chosen->second;
    torch::manual_seed(options.seed);
    const ModifierPairSet trainSet = readModifierPairs(options.features / "train.lmp");
    const ModifierPairSet validationSet = readModifierPairs(options.features / "validation.lmp");
    const bool profiled = std::all_of(trainSet.pairs.begin(), trainSet.pairs.end(),
                                      [](const ModifierPair& pair) { return !pair.profileA.empty() && !pair.profileB.empty(); });
    const bool described = std::all_of(
        trainSet.pairs.begin(), trainSet.pairs.end(),
        [](const ModifierPair& pair) { return !pair.descriptorsA.empty() && !pair.descriptorsB.empty(); });
    if ((inputs == ModifierInputs::WithLoudnessAndProfile && !profiled) ||
        (inputs == ModifierInputs::WithDescriptors && !described)) {
        std::cerr << "the pairs in " << options.features.string() << " have no sound "
                  << (profiled ? "descriptors" : "profiles")
                  << ": make them again with lectern-modifier-pairs, or train on fewer --inputs\n";
        return 1;
    }
    const PairTensors train = tensorsOf(trainSet, inputs),
                      validation = tensorsOf(validationSet, inputs);
    const bool audioOnly = options.audioOnly;
    std::cout << "modifier: " << trainSet.pairs.size() << " training pairs, " << trainSet.eventNames.size()
              << " event classes, rho " << options.rho << (audioOnly ? ", audio only" : "")
              << ", reading " << inputWidth(inputs) << " numbers a clip\n";
    ModifierNet net(static_cast<int>(train.a.size(1)), static_cast<int>(trainSet.eventNames.size()));
    if (inputs == ModifierInputs::WithDescriptors) centreDescriptors(net, train);
    // Tokens no training sentence has stay zero (no gradient reaches them):
    // the model then leaves unknown words out, and its file compresses.
    net->tower->forgetUnseenTokens(train.tokens);
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-3));
    const int epochs = options.epochs > 0 ? options.epochs : 40;
    const long batch = 512, rows = train.a.size(0);  // few steps: each updates the 65,536-row token table
    double best = -1;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        const double loss = trainOneEpoch(rows, batch, optimizer, [&](const torch::Tensor& pick) {
            const torch::Tensor q = queries(net, train, pick, audioOnly);
            torch::Tensor total = symmetricInfoNce(q, net->audio(train.b.index_select(0, pick)), net->logScale);
            if (options.rho <= 0) return total;
            const torch::Tensor classification =
                torch::binary_cross_entropy_with_logits(net->eventLogits(train.a.index_select(0, pick)),
                                                        train.eventsA.index_select(0, pick)) +
                torch::binary_cross_entropy_with_logits(net->eventLogits(train.b.index_select(0, pick)),
                                                        train.eventsB.index_select(0, pick));
            return total + options.rho * classification;
        });
        if (epoch % 5 == 0 || epoch == epochs) {
            const double recall = meanRecallAt1(net, validation, audioOnly);
            std::cout << "epoch " << epoch << " loss " << loss << " validation R@1 " << recall
                      << std::endl;
            if (recall > best) {
                best = recall;
                exportModifierNet(net, options.output);
            }
        }
    }
    std::cout << "best validation R@1 " << best << " -> " << (options.output / "modifier-audio.pt").string()
              << " and modifier-text.pt\n";
    return 0;
}

}  // namespace lectern::ml
