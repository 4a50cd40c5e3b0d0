// The corpus as the trainers read it: per clip its label, annotation text and
// log-mel frames, decoded once by lectern-corpus-features and kept in one
// binary file per split, so that training never decodes again.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lectern::ml {

struct ClipFeatures {
    int label = 0;  // index into kResourceClasses
    bool hasVideo = false;
    std::string path;      // relative to the corpus folder
    std::string text;      // annotationText() of the file, as the app builds it
    std::string textKind;  // informative, misleading or useless (from the corpus)
    std::vector<std::string> captions;  // descriptions of the sound (tools/corpus/captions.py)
    std::vector<float> frames;  // kMelBands values per frame, time-major
    long long frameCount() const;
};

void writeSplit(const std::filesystem::path& file, const std::vector<ClipFeatures>& clips);
// Throws std::runtime_error with the file's name when it is missing or damaged.
std::vector<ClipFeatures> readSplit(const std::filesystem::path& file);

inline const std::vector<std::string> kSplits = {"train", "val", "test", "heldout"};

}  // namespace lectern::ml
