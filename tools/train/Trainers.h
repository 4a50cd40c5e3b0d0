// The trainers of lectern-train, one file each; every one reads the corpus
// features and writes its TorchScript model into the models folder.
#pragma once

#include <filesystem>
#include <string>

namespace lectern::ml {

struct TrainOptions {
    std::string what;
    std::filesystem::path features, models;
    int epochs = 0;  // 0: the trainer's own default
    unsigned seed = 7;
};

int trainAudio(const TrainOptions& options);   // audio.pt
int trainText(const TrainOptions& options);    // text.pt
int trainFusion(const TrainOptions& options);  // fusion.pt (needs audio.pt and text.pt)
int trainJoint(const TrainOptions& options);   // joint-audio.pt, joint-text.pt (needs audio.pt)

}  // namespace lectern::ml
