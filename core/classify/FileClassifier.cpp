#include "classify/FileClassifier.h"

#include <cstdlib>
#include <mutex>

#include "classify/AnnotationText.h"
#include "classify/HeardSounds.h"
#include "classify/InferenceLibrary.h"
#include "common/Paths.h"
#include "media/MediaReader.h"
#include "media/TagReader.h"

namespace lectern {
namespace {

constexpr size_t kSegmentsPerBatch = 8;

std::mutex& directoryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::filesystem::path& chosenDirectory()
{
    static std::filesystem::path folder;
    return folder;
}

}  // namespace

FileClassifier::FileClassifier(std::shared_ptr<const ClassifierModels> models, std::string annotation,
                               bool hasVideo)
    : models_(std::move(models)),
      annotation_(std::move(annotation)),
      hasVideo_(hasVideo),
      segmenter_([this](double start, std::span<const float> segment) { queueSegment(start, segment); })
{
}

void FileClassifier::addSamples(std::span<const float> samples)
{
    frames_.clear();
    logMel_.process(samples, frames_);
    addFrames(frames_);
}

void FileClassifier::addFrames(std::span<const float> frames)
{
    segmenter_.addFrames(frames);
    framesSeen_ += static_cast<long long>(frames.size() / kMelBands);
    profile_.addFrames(frames);
    descriptors_.addFrames(frames);
}

void FileClassifier::queueSegment(double startSeconds, std::span<const float> segment)
{
    batch_.insert(batch_.end(), segment.begin(), segment.end());
    batchStarts_.push_back(startSeconds);
    if (batchStarts_.size() == kSegmentsPerBatch) runBatch();
}

void FileClassifier::runBatch()
{
    if (batchStarts_.empty()) return;
    std::vector<SegmentResult> results = models_->audio->run(batch_);
    if (models_->hash) models_->hash->addCodes(results);
    for (size_t i = 0; i < results.size(); ++i) {
        segments_.push_back({batchStarts_[i], std::move(results[i])});
    }
    batch_.clear();
    batchStarts_.clear();
}

FileClassification FileClassifier::finish()
{
    segmenter_.finish();
    runBatch();
    FileClassification classification;
    std::vector<SegmentResult> results;
    for (const ClassifiedSegment& segment : segments_) results.push_back(segment.result);
    classification.audio = combineSegments(results);
    classification.text = models_->text->classify(annotation_);
    classification.probabilities = models_->fusion->fuse(classification.audio, classification.text, hasVideo_);
    classification.segments = std::move(segments_);
    classification.soundProfile = profile_.profile();
    classification.soundDescriptors = descriptors_.descriptors();
    classification.modelVersion = models_->version;
    classification.audioSeconds = static_cast<double>(framesSeen_) / kMelFramesPerSecond;
    classification.heard = heardSounds(classification.segments, models_->audio->concepts(), classification.audioSeconds);
    classification.sound = meanSound(classification.segments);
    return classification;
}

void setClassifierModelDirectory(const std::filesystem::path& folder)
{
    std::lock_guard lock(directoryMutex());
    chosenDirectory() = folder;
}

std::filesystem::path classifierModelDirectory()
{
    if (const char* fromEnvironment = std::getenv("LECTERN_MODEL_DIR"); fromEnvironment && *fromEnvironment) {
        return std::filesystem::u8path(fromEnvironment);
    }
    {
        std::lock_guard lock(directoryMutex());
        if (!chosenDirectory().empty()) return chosenDirectory();
    }
    for (const char* candidate : {LECTERN_INSTALLED_MODEL_DIR, LECTERN_SOURCE_MODEL_DIR}) {
        const std::filesystem::path folder = std::filesystem::u8path(candidate);
        std::error_code ignored;
        if (std::filesystem::exists(folder / "audio.pt", ignored)) return folder;
    }
    return std::filesystem::u8path(LECTERN_SOURCE_MODEL_DIR);
}

Result<std::shared_ptr<const ClassifierModels>> sharedClassifierModels()
{
    static std::mutex mutex;
    static std::shared_ptr<const ClassifierModels> loaded;
    static std::optional<Error> loadError;
    std::lock_guard lock(mutex);
    if (loaded) return loaded;
    if (loadError) return *loadError;
    auto models = ClassifierModels::load(classifierModelDirectory());
    if (!models) {
        loadError = models.error();
        return models.error();
    }
    inferenceBackend().runEachCallOnOneThread();
    loaded = std::make_shared<const ClassifierModels>(std::move(models.value()));
    return loaded;
}

std::shared_ptr<const ClassifierModels> sharedClassifierModelsIfAny()
{
    auto models = sharedClassifierModels();
    return models ? *models : nullptr;
}

Result<FileClassification> classifyFile(const std::filesystem::path& path,
                                        std::shared_ptr<const ClassifierModels> models,
                                        const CancellationToken& cancel)
{
    auto reader = MediaReader::open(path);
    if (!reader) return reader.error();
    FileClassifier classifier(std::move(models),
                              annotationText(readTags(path, (*reader)->info().containerTags), path),
                              (*reader)->info().video.has_value());
    while (true) {
        if (cancel.cancelled()) return failure("cancelled");
        auto chunk = (*reader)->nextAudioChunk();
        if (!chunk) return chunk.error();
        if (chunk->empty()) break;
        classifier.addSamples(*chunk);
    }
    return classifier.finish();
}

}  // namespace lectern
