// The sound-concept head (ConceptNet.h) on real recordings mixed in the
// log-mel domain (SoundMixer.h): multi-label, every concept drawn equally
// often, the shipped trunk unchanged. A tenth of the training packages'
// events (by path) is kept aside, rendered once, to choose the best epoch by
// macro average precision; the held-out packages are never read here.
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "../ml/ConceptNet.h"
#include "../ml/Metrics.h"
#include "../ml/SoundMixer.h"
#include "../ml/SoundRecordings.h"
#include "common/Fnv1a.h"

#include "Trainers.h"

namespace lectern::ml {
namespace {

constexpr size_t kMinimumRecordings = 3;

bool keptAside(const SoundRecording& recording)
{
    const std::string where = recording.package + "/" + recording.path;
    Fnv1a64 hash;
    hash.add(where.data(), where.size());
    return hash.value() % 10 == 0;
}

// The concepts with enough distinct training recordings to learn, sorted.
std::vector<std::string> learnableConcepts(const std::vector<const SoundRecording*>& events)
{
    std::map<std::string, size_t> counts;
    for (const SoundRecording* recording : events) {
        for (const std::string& soundConcept : recording->concepts) {
            if (!markedUnknown(soundConcept)) ++counts[soundConcept];
        }
    }
    std::vector<std::string> concepts;
    for (const auto& [soundConcept, count] : counts) {
        if (count >= kMinimumRecordings) concepts.push_back(soundConcept);
    }
    return concepts;
}

// Macro average precision over the concepts with a positive.
double macroAveragePrecision(const torch::Tensor& scores, const torch::Tensor& targets, const torch::Tensor& weights)
{
    double sum = 0;
    int counted = 0;
    for (long c = 0; c < scores.size(1); ++c) {
        const torch::Tensor known = weights.select(1, c) > 0;
        const torch::Tensor s = scores.select(1, c).masked_select(known);
        const torch::Tensor t = targets.select(1, c).masked_select(known);
        const double positives = t.sum().item<double>();
        if (positives < 1) continue;
        const torch::Tensor order = s.argsort(0, true);
        const torch::Tensor sorted = t.index_select(0, order);
        const torch::Tensor hits = sorted.cumsum(0);
        const torch::Tensor ranks = torch::arange(1, sorted.size(0) + 1, torch::kFloat);
        sum += ((hits / ranks) * sorted).sum().item<double>() / positives;
        ++counted;
    }
    return counted ? sum / counted : 0.0;
}

}  // namespace

int trainConcepts(const TrainOptions& options)
{
    torch::manual_seed(options.seed);
    std::mt19937 rng(options.seed);
    const std::vector<SoundRecording> recordings = readRecordings(options.features);
    std::vector<const SoundRecording*> train, aside, beds;
    for (const SoundRecording& recording : recordings) {
        if (recording.split != "train") continue;
        if (recording.bed) beds.push_back(&recording);
        if (recording.concepts.empty()) continue;
        (keptAside(recording) ? aside : train).push_back(&recording);
    }
    const std::vector<std::string> concepts = learnableConcepts(train);
    std::cout << train.size() << " training events, " << aside.size() << " kept aside, " << beds.size() << " beds, "
              << concepts.size() << " concepts with " << kMinimumRecordings << " or more recordings" << std::endl;
    const SoundMixer mixer(train, beds, concepts);
    std::mt19937 asideRng(options.seed + 1);
    const MixedBatch validation = SoundMixer(aside, beds, concepts).batch(static_cast<int>(aside.size()) * 4, asideRng);

    const AudioTrunk trunk = AudioTrunk::load(options.models / "audio.pt");
    const AudioTrunk* ownThirdBlock = options.ownThirdBlock ? &trunk : nullptr;
    ConceptBranch branch(static_cast<int>(concepts.size()), ownThirdBlock);
    const int epochs = options.epochs > 0 ? options.epochs : 30;
    const int stepsPerEpoch = 120, batchSize = 32;
    torch::optim::AdamW optimizer(branch->parameters(), torch::optim::AdamWOptions(2e-3).weight_decay(1e-3));
    double best = -1;
    ConceptBranch bestBranch(static_cast<int>(concepts.size()), ownThirdBlock);
    const auto started = std::chrono::steady_clock::now();
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        branch->train();
        double lossSum = 0;
        for (int step = 0; step < stepsPerEpoch; ++step) {
            const double progress = double((epoch - 1) * stepsPerEpoch + step) / double(epochs * stepsPerEpoch);
            for (auto& group : optimizer.param_groups()) {
                static_cast<torch::optim::AdamWOptions&>(group.options()).lr(2e-3 * 0.5 * (1 + std::cos(M_PI * progress)));
            }
            const MixedBatch batch = mixer.batch(batchSize, rng);
            torch::Tensor trunkOutput;
            {
                torch::NoGradGuard noGrad;
                trunkOutput = branch->trunkOutput(trunk, batch.input);
            }
            optimizer.zero_grad();
            const torch::Tensor logits = branch->forward(trunkOutput).second;
            const torch::Tensor loss = torch::nn::functional::binary_cross_entropy_with_logits(
                logits, batch.targets, torch::nn::functional::BinaryCrossEntropyWithLogitsFuncOptions().weight(batch.weights));
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
        }
        branch->eval();
        torch::NoGradGuard noGrad;
        std::vector<torch::Tensor> scores;
        for (long start = 0; start < validation.input.size(0); start += 64) {
            const long count = std::min<long>(64, validation.input.size(0) - start);
            scores.push_back(torch::sigmoid(branch->forward(branch->trunkOutput(trunk, validation.input.narrow(0, start, count))).second));
        }
        const double ap = macroAveragePrecision(torch::cat(scores), validation.targets, validation.weights);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::cout << "epoch " << epoch << " loss " << std::setprecision(4) << lossSum / stepsPerEpoch
                  << " kept-aside macro AP " << ap << " (" << std::fixed << std::setprecision(0) << seconds << " s)"
                  << std::defaultfloat << std::endl;
        if (ap >= best) {
            best = ap;
            std::stringstream state;
            torch::save(branch, state);
            torch::load(bestBranch, state);
        }
    }
    std::filesystem::create_directories(options.output);
    exportEncoderWithConcepts(trunk, bestBranch, concepts, options.output / "audio.pt");
    std::cout << std::setprecision(4) << "concept head: best kept-aside macro AP " << best << "; the encoder with it written to "
              << (options.output / "audio.pt") << "\n";
    return 0;
}

}  // namespace lectern::ml
