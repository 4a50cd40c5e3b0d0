// The trainers of lectern-train, one file each; every one reads the corpus
// features and writes its TorchScript model into the models folder.
#pragma once

#include <torch/torch.h>

#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "../ml/CorpusFeatures.h"
#include "classify/ModifierInput.h"

namespace lectern::ml {

struct TrainOptions {
    std::string what;
    std::filesystem::path features, models;
    std::filesystem::path output;  // where the model goes; models when not given
    int epochs = 0;  // 0: the trainer's own default
    unsigned seed = 7;
    int bits = 64;  // hash code length
    std::string labels = "kinds";  // hash: kinds (13 recipes) or classes (5)
    double rho = 1.0;               // modifier: weight of the event classification
    bool audioOnly = false;         // modifier: P5's audio-only baseline
    // What the audio side reads beside the CNN's embedding (empty: the
    // trainer's default, the first named): modifier profile|loudness|embedding
    // (ModifierInput.h), text-query item|item-profile|embedding.
    std::string inputs;
    double captionWeight = 0.0;     // audio: weight of the caption objective (CaptionObjective.h)
    bool ownThirdBlock = false;     // concepts: the branch trains its own copy of the trunk's third block (ConceptNet.h)
};

// What the trainers on the corpus splits begin with: both splits read, and
// torch and the shuffling generator seeded from options.seed.
struct TrainingStart {
    std::vector<ClipFeatures> train, val;
    std::mt19937 rng;
};
TrainingStart startTraining(const TrainOptions& options);

// One pass over `rows` training rows in random batches of `batch` (the rest
// left out): the optimizer steps on lossOf(the batch's row numbers). Returns
// the mean loss.
double trainOneEpoch(long rows, long batch, torch::optim::Optimizer& optimizer,
                     const std::function<torch::Tensor(const torch::Tensor& pick)>& lossOf);

int trainAudio(const TrainOptions& options);   // audio.pt
int trainText(const TrainOptions& options);    // text.pt
int trainFusion(const TrainOptions& options);  // fusion.pt (needs audio.pt and text.pt)
int trainJoint(const TrainOptions& options);   // joint-audio.pt, joint-text.pt (needs audio.pt)
int trainHash(const TrainOptions& options);    // hash-BITS.pt (needs audio.pt)
int trainTextQuery(const TrainOptions& options);  // text-query.pt (needs audio.pt)
int trainModifier(const TrainOptions& options);   // modifier-audio.pt, modifier-text.pt (FEATURES: the pairs)
int trainConcepts(const TrainOptions& options);   // audio.pt with the concept head (FEATURES: a .lsr file)

}  // namespace lectern::ml
