// The models of the five-class classifier and of search (design §6), loaded
// from TorchScript files: the audio channel on 10 s log-mel segments, the
// text channel on hashed annotation tokens, their fusion (P1 eq. 13–17 with
// confidence weighting and the video flag), the hash, text-query and
// modifier models. Inference only; safe to call from several threads at once.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "classify/CaptionVocabulary.h"
#include "classify/ModifierInput.h"
#include "common/Result.h"
#include "index/SearchSpace.h"

namespace lectern {

inline constexpr int kClassCount = 5;
using ClassProbabilities = std::array<float, kClassCount>;

// What one channel says about a file: its class probabilities, the feature
// vector the fusion reads, and how sure it is (0 = no idea, 1 = certain).
struct ChannelResult {
    ClassProbabilities probabilities{};
    std::vector<float> feature;
    float confidence = 0.0f;
};

struct SegmentResult {
    std::vector<float> embedding;  // L2-normalised
    ClassProbabilities probabilities{};
    std::optional<uint64_t> code;  // the 64-bit hash code, where the hash model is shipped
    // Where the encoder has a sound-concept head (issue 25): the probability
    // of each of AudioModel::concepts() sounding in the segment, the moment
    // within the segment (seconds from its start) where each sounds most,
    // and the segment's sound embedding (unit length), which places
    // recordings by what they sound like.
    std::vector<float> concepts;
    std::vector<float> conceptPeaks;
    std::vector<float> sound;
};

class AudioModel;
class TextModel;
class FusionModel;
class HashModel;
class TextQueryModel;
class ModifierModel;

struct ClassifierModels {
    std::shared_ptr<const AudioModel> audio;
    std::shared_ptr<const TextModel> text;
    std::shared_ptr<const FusionModel> fusion;
    std::shared_ptr<const HashModel> hash;  // null where hash-64.pt is absent
    std::shared_ptr<const TextQueryModel> textQuery;  // null where text-query.pt is absent
    std::shared_ptr<const ModifierModel> modifier;    // null where modifier-audio.pt is absent
    std::string version;  // the model card's, and a digest of the models the stored analysis depends on

    // audio.pt, text.pt, fusion.pt and model-card.json from this folder;
    // hash-64.pt, text-query.pt and modifier-*.pt too where they are there.
    // The first load opens the inference library (InferenceLibrary.h).
    static Result<ClassifierModels> load(const std::filesystem::path& folder);
};

// Each model below is an interface: what a caller may ask of it, and what it
// knows without running (sizes, vocabularies, concept lists). Running it is
// the inference library's (classify/inference/), so that libtorch is loaded
// only by the programs and commands that run a model. Each load… function
// throws std::runtime_error where the file is missing or damaged.

class AudioModel {
public:
    virtual ~AudioModel();
    // Segments of kSegmentFrames × kMelBands values each, back to back.
    virtual std::vector<SegmentResult> run(std::span<const float> segments) const = 0;
    int embeddingSize() const { return embeddingSize_; }
    // The sound concepts the encoder scores (ids of concepts.tsv), in the
    // order of SegmentResult::concepts; empty for an encoder without them.
    const std::vector<std::string>& concepts() const { return concepts_; }

protected:
    AudioModel(int embeddingSize, std::vector<std::string> concepts);

private:
    int embeddingSize_ = 0;
    std::vector<std::string> concepts_;
};
std::unique_ptr<AudioModel> loadAudioModel(const std::filesystem::path& file);

// The hash head of P4 (issue 5): 64-bit codes of segment embeddings, bit i
// set where the head's i-th output is positive. Near-identical audio has
// codes a few bits apart.
class HashModel {
public:
    virtual ~HashModel();
    void addCodes(std::vector<SegmentResult>& segments) const;
    uint64_t codeOf(std::span<const float> embedding) const;

protected:
    HashModel() = default;
    // `count` embeddings back to back.
    virtual std::vector<uint64_t> codesOf(std::span<const float> rows, long count) const = 0;
};
std::unique_ptr<HashModel> loadHashModel(const std::filesystem::path& file);

// What the text-query model's audio side reads from a stored item besides
// its embedding (SearchSpace.h).
struct TextQueryAudioSide {
    std::vector<float> centre;
    std::vector<float> projection;
    ItemPartWeights itemPart;
};

// The text side of the joint text-audio space (P3, issue 5), trained against
// the audio encoder's segment embeddings centred on their training mean:
// a description embedded here ranks indexed segments directly.
class TextQueryModel {
public:
    virtual ~TextQueryModel();
    // Unit length, 256-d; nothing for text without a word of the model's
    // captions (CaptionVocabulary).
    std::optional<std::vector<float>> embed(std::string_view text) const;
    const CaptionVocabulary& vocabulary() const { return vocabulary_; }
    // The audio side, normalize(projection (embedding - centre) + item
    // part): the index's SearchSpace. The projection is 256 × 256,
    // row-major; the item part is empty in models trained without one.
    const std::vector<float>& audioCentre() const { return audio_.centre; }
    const std::vector<float>& audioProjection() const { return audio_.projection; }
    const ItemPartWeights& itemPart() const { return audio_.itemPart; }

protected:
    TextQueryModel(CaptionVocabulary vocabulary, TextQueryAudioSide audio);
    // The model's output for a text's hashed tokens (not empty); all zeros
    // where no token was seen in training.
    virtual std::vector<float> embedTokens(const std::vector<int64_t>& tokens) const = 0;

private:
    CaptionVocabulary vocabulary_;
    TextQueryAudioSide audio_;
};
std::unique_ptr<TextQueryModel> loadTextQueryModel(const std::filesystem::path& file);

// The query modifier of P5 (issue 5): "like this clip, but quieter" as one
// vector, normalize(A(a) + s T(text)), compared by cosine with A(b) of the
// candidates. A reads the classifier CNN's clip embedding (as stored) and,
// where the model was trained with them, the clip's loudness and sound
// profile (ModifierInput.h).
class ModifierModel {
public:
    virtual ~ModifierModel();
    // Unit rows of A, one per clip.
    std::vector<std::vector<float>> targets(std::span<const ModifierClip> clips) const;
    // The query; A(a) alone where the text has no word the model knows.
    std::vector<float> query(const ModifierClip& clip, std::string_view modifier) const;
    ModifierInputs inputs() const { return inputs_; }

protected:
    ModifierModel(ModifierInputs inputs, double textScale);
    // A of `count` input rows back to back (modifierAudioInput), one output row each.
    virtual std::vector<std::vector<float>> audioRows(std::span<const float> rows, long count) const = 0;
    // T of a text's hashed tokens (not empty).
    virtual std::vector<float> textRow(const std::vector<int64_t>& tokens) const = 0;

private:
    ModifierInputs inputs_;
    double textScale_;
};
// Also throws where A's input width is none of ModifierInputs'.
std::unique_ptr<ModifierModel> loadModifierModel(const std::filesystem::path& audioFile,
                                                 const std::filesystem::path& textFile);

// The space the vector index holds: the text-query model's audio side where
// it is shipped, the embeddings as they are otherwise.
SearchSpace searchSpaceOf(const ClassifierModels& models);

// The file-level audio channel from its segments: the mean of their
// probabilities and of their embeddings (normalised again).
ChannelResult combineSegments(const std::vector<SegmentResult>& segments);

class TextModel {
public:
    virtual ~TextModel();
    // Text without a single word gets a flat distribution and confidence 0.
    ChannelResult classify(std::string_view text) const;
    int featureSize() const { return featureSize_; }

protected:
    explicit TextModel(int featureSize);
    // The feature and probabilities of a text's hashed tokens (not empty).
    virtual ChannelResult classifyTokens(const std::vector<int64_t>& tokens) const = 0;

private:
    int featureSize_ = 0;
};
std::unique_ptr<TextModel> loadTextModel(const std::filesystem::path& file);

enum class FusionRule {
    PlainAverage,  // P1 eq. 17: the mean of the audio, text and joint softmaxes
    Weighted,      // each channel weighted by its confidence, the video flag in the joint head
};

class FusionModel {
public:
    virtual ~FusionModel();
    virtual ClassProbabilities fuse(const ChannelResult& audio, const ChannelResult& text, bool hasVideo,
                                    FusionRule rule = FusionRule::Weighted) const = 0;

protected:
    FusionModel() = default;
};
std::unique_ptr<FusionModel> loadFusionModel(const std::filesystem::path& file);

// 1 − normalised entropy: 0 for a flat distribution, 1 for a certain one.
float confidenceOf(const ClassProbabilities& probabilities);
size_t mostLikely(const ClassProbabilities& probabilities);

}  // namespace lectern
