// Classifies one file as its samples stream past: log-mel frames, 10 s
// segments through the audio model in small batches, the annotation text
// through the text model, then the fusion. Used by the import's analyzer and
// by `lectern-cli classify`.
#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "catalog/Item.h"
#include "classify/ClassifierModels.h"
#include "classify/LogMelSegments.h"
#include "classify/SoundDescriptors.h"
#include "classify/SoundProfile.h"
#include "common/CancellationToken.h"
#include "common/Result.h"
#include "dsp/LogMel.h"

namespace lectern {

struct ClassifiedSegment {
    double startSeconds = 0.0;
    SegmentResult result;
};

struct FileClassification {
    ChannelResult audio;
    ChannelResult text;
    ClassProbabilities probabilities{};  // the fusion's answer
    std::vector<ClassifiedSegment> segments;
    std::vector<float> soundProfile;      // SoundProfile.h; empty without frames
    std::vector<float> soundDescriptors;  // SoundDescriptors.h; empty without frames
    std::string modelVersion;
    double audioSeconds = 0.0;  // how long the classified audio is
    // What the encoder's concept head hears in it and its sound embedding
    // (HeardSounds.h); empty for an encoder without the head.
    std::vector<HeardSound> heard;
    std::vector<float> sound;
};

class FileClassifier {
public:
    FileClassifier(std::shared_ptr<const ClassifierModels> models, std::string annotation, bool hasVideo);
    void addSamples(std::span<const float> samples);
    // Or, where the log-mel frames are already computed (the import's chain):
    void addFrames(std::span<const float> frames);
    FileClassification finish();

private:
    void queueSegment(double startSeconds, std::span<const float> segment);
    void runBatch();

    std::shared_ptr<const ClassifierModels> models_;
    std::string annotation_;
    bool hasVideo_;
    LogMelExtractor logMel_;
    std::vector<float> frames_;
    StreamingSegmenter segmenter_;
    SoundProfileAccumulator profile_;
    SoundDescriptorAccumulator descriptors_;
    std::vector<float> batch_;
    std::vector<double> batchStarts_;
    std::vector<ClassifiedSegment> segments_;
    long long framesSeen_ = 0;
};

// Where the shipped models are: LECTERN_MODEL_DIR if set, else the folder the
// application named at start-up, else the installed and the source folders.
std::filesystem::path classifierModelDirectory();
void setClassifierModelDirectory(const std::filesystem::path& folder);

// The models, loaded once per process (inference runs one thread per call:
// the import's worker pool is the parallelism).
Result<std::shared_ptr<const ClassifierModels>> sharedClassifierModels();
// The same, or null where they cannot be loaded: for search, which works without them.
std::shared_ptr<const ClassifierModels> sharedClassifierModelsIfAny();

// Decodes the whole file and classifies it.
Result<FileClassification> classifyFile(const std::filesystem::path& path,
                                        std::shared_ptr<const ClassifierModels> models,
                                        const CancellationToken& cancel);

}  // namespace lectern
