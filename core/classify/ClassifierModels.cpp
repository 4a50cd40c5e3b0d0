#include "classify/ClassifierModels.h"

#include <torch/script.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "classify/LogMelSegments.h"
#include "classify/SoundDescriptors.h"
#include "classify/SoundProfile.h"
#include "classify/TextHashing.h"
#include "common/Fnv1a.h"
#include "common/Paths.h"
#include "common/UnitVectors.h"

namespace lectern {

struct LoadedScript {
    torch::jit::Module module;
};

namespace {

std::unique_ptr<LoadedScript> loadScript(const std::filesystem::path& file)
{
    auto script = std::make_unique<LoadedScript>();
    script->module = torch::jit::load(toUtf8(file));
    script->module.eval();
    return script;
}

ClassProbabilities toProbabilities(const torch::Tensor& row)
{
    const torch::Tensor values = row.to(torch::kFloat).contiguous();
    ClassProbabilities probabilities{};
    std::copy_n(values.data_ptr<float>(), kClassCount, probabilities.begin());
    return probabilities;
}

// A text's hashed tokens as the text models' input.
torch::Tensor tokenTensor(const std::vector<int64_t>& ids) { return torch::tensor(ids, torch::kLong); }

std::vector<float> toVector(const torch::Tensor& row)
{
    const torch::Tensor values = row.to(torch::kFloat).contiguous();
    return {values.data_ptr<float>(), values.data_ptr<float>() + values.numel()};
}

torch::Tensor rowOf(const std::vector<float>& values)
{
    return torch::from_blob(const_cast<float*>(values.data()), {1, static_cast<long>(values.size())},
                            torch::kFloat)
        .clone();
}

torch::Tensor rowOf(const ClassProbabilities& values)
{
    return rowOf(std::vector<float>(values.begin(), values.end()));
}

// The concept head's time steps in a segment: 1000 frames averaged in fours
// and halved by three poolings (tools/ml/ConceptNet.h).
constexpr int kConceptTimeSteps = kSegmentFrames / 4 / 2 / 2 / 2;

std::string readVersion(const std::filesystem::path& card)
{
    std::ifstream in(card);
    std::stringstream text;
    text << in.rdbuf();
    const std::string content = text.str();
    // The card is our own JSON; its "version" is a plain string.
    const auto key = content.find("\"version\"");
    if (key == std::string::npos) return "unknown";
    const auto open = content.find('"', content.find(':', key) + 1);
    const auto close = content.find('"', open + 1);
    if (open == std::string::npos || close == std::string::npos) return "unknown";
    return content.substr(open + 1, close - open - 1);
}

// What the stored analysis depends on, by content: the card's version is
// not bumped by a retraining, and a library must notice that its embeddings,
// codes and classes came from other models (pipeline/ImportPlanner).
std::string contentDigest(const std::filesystem::path& folder, std::initializer_list<const char*> files)
{
    Fnv1a64 digest;
    std::vector<char> buffer(1 << 16);
    for (const char* name : files) {
        std::ifstream in(folder / name, std::ios::binary);
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            digest.add(buffer.data(), static_cast<size_t>(in.gcount()));
        }
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(digest.value()));
    return hex;
}

// The words of the training captions, where the model file records them.
CaptionVocabulary vocabularyOf(const torch::jit::Module& module)
{
    if (!module.hasattr("vocabulary")) return {};
    std::vector<std::string> words;
    for (const c10::IValue& word : module.attr("vocabulary").toListRef()) words.push_back(word.toStringRef());
    return CaptionVocabulary(words);
}

}  // namespace

float confidenceOf(const ClassProbabilities& probabilities)
{
    double entropy = 0.0;
    for (float p : probabilities) {
        if (p > 0.0f) entropy -= p * std::log(static_cast<double>(p));
    }
    return static_cast<float>(std::clamp(1.0 - entropy / std::log(double{kClassCount}), 0.0, 1.0));
}

size_t mostLikely(const ClassProbabilities& probabilities)
{
    return static_cast<size_t>(std::max_element(probabilities.begin(), probabilities.end()) -
                               probabilities.begin());
}

AudioModel::AudioModel(const std::filesystem::path& file) : script_(loadScript(file))
{
    embeddingSize_ = static_cast<int>(script_->module.attr("embedding_size").toInt());
    if (script_->module.hasattr("concepts")) {
        std::stringstream ids(script_->module.attr("concepts").toStringRef());
        for (std::string id; std::getline(ids, id, ',');) concepts_.push_back(id);
    }
}

AudioModel::~AudioModel() = default;

std::vector<SegmentResult> AudioModel::run(std::span<const float> segments) const
{
    const long count = static_cast<long>(segments.size() / (kSegmentFrames * kMelBands));
    if (count == 0) return {};
    c10::InferenceMode inference;
    // Frames are stored time-major (frame after frame); the model reads
    // bands × time, like an image of the spectrogram.
    const torch::Tensor input =
        torch::from_blob(const_cast<float*>(segments.data()), {count, 1, kSegmentFrames, kMelBands},
                         torch::kFloat)
            .transpose(2, 3)
            .contiguous();
    // A copy of the tuple's elements: GCC sees a tuple of three stored inline
    // and warns on the fourth and fifth.
    const std::vector<c10::IValue> outputs = script_->module.forward({input}).toTuple()->elements().vec();
    const torch::Tensor embeddings = outputs[0].toTensor();
    const torch::Tensor probabilities = torch::softmax(outputs[1].toTensor(), 1);
    std::vector<SegmentResult> results(static_cast<size_t>(count));
    for (long i = 0; i < count; ++i) {
        results[static_cast<size_t>(i)].embedding = toVector(embeddings[i]);
        results[static_cast<size_t>(i)].probabilities = toProbabilities(probabilities[i]);
    }
    if (!concepts_.empty() && outputs.size() >= 5) {
        const torch::Tensor concepts = outputs[2].toTensor();
        // The peak's time step, as seconds from the segment's start.
        const torch::Tensor peaks = outputs[3].toTensor().add(0.5).mul(
            kSegmentFrames / static_cast<double>(kMelFramesPerSecond) / static_cast<double>(kConceptTimeSteps));
        const torch::Tensor sounds = outputs[4].toTensor();
        for (long i = 0; i < count; ++i) {
            SegmentResult& result = results[static_cast<size_t>(i)];
            result.concepts = toVector(concepts[i]);
            result.conceptPeaks = toVector(peaks[i]);
            result.sound = toVector(sounds[i]);
        }
    }
    return results;
}

HashModel::HashModel(const std::filesystem::path& file) : script_(loadScript(file)) {}

HashModel::~HashModel() = default;

std::vector<uint64_t> HashModel::codesOf(std::span<const float> rows, long count) const
{
    if (count == 0) return {};
    c10::InferenceMode inference;
    const torch::Tensor input = torch::from_blob(const_cast<float*>(rows.data()),
                                                 {count, static_cast<long>(rows.size()) / count}, torch::kFloat);
    const torch::Tensor signs = script_->module.forward({input}).toTensor().to(torch::kFloat).contiguous();
    const long bits = std::min<long>(64, signs.size(1));
    const auto values = signs.accessor<float, 2>();
    std::vector<uint64_t> codes(static_cast<size_t>(count), 0);
    for (long i = 0; i < count; ++i) {
        for (long b = 0; b < bits; ++b) {
            if (values[i][b] > 0.0f) codes[static_cast<size_t>(i)] |= uint64_t{1} << b;
        }
    }
    return codes;
}

void HashModel::addCodes(std::vector<SegmentResult>& segments) const
{
    std::vector<float> rows;
    for (const SegmentResult& segment : segments) rows.insert(rows.end(), segment.embedding.begin(), segment.embedding.end());
    const std::vector<uint64_t> codes = codesOf(rows, static_cast<long>(segments.size()));
    for (size_t i = 0; i < segments.size(); ++i) segments[i].code = codes[i];
}

uint64_t HashModel::codeOf(std::span<const float> embedding) const { return codesOf(embedding, 1).front(); }

ChannelResult combineSegments(const std::vector<SegmentResult>& segments)
{
    ChannelResult result;
    if (segments.empty()) {
        result.probabilities.fill(1.0f / kClassCount);
        return result;
    }
    result.feature.assign(segments.front().embedding.size(), 0.0f);
    for (const SegmentResult& segment : segments) {
        for (size_t c = 0; c < kClassCount; ++c) result.probabilities[c] += segment.probabilities[c];
        for (size_t i = 0; i < result.feature.size(); ++i) result.feature[i] += segment.embedding[i];
    }
    for (float& p : result.probabilities) p /= static_cast<float>(segments.size());
    normalizeToUnitLength(result.feature);
    result.confidence = confidenceOf(result.probabilities);
    return result;
}

TextModel::TextModel(const std::filesystem::path& file) : script_(loadScript(file))
{
    featureSize_ = static_cast<int>(script_->module.attr("feature_size").toInt());
}

TextModel::~TextModel() = default;

ChannelResult TextModel::classify(std::string_view text) const
{
    ChannelResult result;
    const std::vector<int64_t> ids = hashedTextTokens(text);
    if (ids.empty()) {
        result.probabilities.fill(1.0f / kClassCount);
        result.feature.assign(static_cast<size_t>(featureSize_), 0.0f);
        result.confidence = 0.0f;
        return result;
    }
    c10::InferenceMode inference;
    const torch::Tensor input = tokenTensor(ids);
    const auto outputs = script_->module.forward({input}).toTuple();
    result.feature = toVector(outputs->elements()[0].toTensor()[0]);
    result.probabilities = toProbabilities(torch::softmax(outputs->elements()[1].toTensor(), 1)[0]);
    result.confidence = confidenceOf(result.probabilities);
    return result;
}

TextQueryModel::TextQueryModel(const std::filesystem::path& file)
    : script_(loadScript(file)),
      vocabulary_(vocabularyOf(script_->module)),
      audioCentre_(toVector(script_->module.attr("audio_mean").toTensor())),
      audioProjection_(toVector(script_->module.attr("audio_projection").toTensor().flatten()))
{
    const torch::jit::Module& module = script_->module;
    if (!module.hasattr("item_mean")) return;
    const auto values = [&](const char* name) { return toVector(module.attr(name).toTensor().flatten()); };
    itemPart_ = {values("item_mean"),     values("item_spread"), values("item_hidden_w"),
                 values("item_hidden_b"), values("item_out_w"),  values("item_out_b")};
    // Inputs: the mean embedding, the profile, then (in models trained with them) the descriptors.
    const size_t stored = audioCentre_.size() + kSoundProfileSize;
    if (itemPart_.mean.size() == stored + kSoundDescriptorCount) {
        itemPart_.descriptorCount = kSoundDescriptorCount;
    }
}

TextQueryModel::~TextQueryModel() = default;

std::optional<std::vector<float>> TextQueryModel::embed(std::string_view text) const
{
    const std::vector<int64_t> ids = hashedTextTokens(text);
    if (ids.empty() || !vocabulary_.hasAWordOf(text)) return std::nullopt;
    c10::InferenceMode inference;
    const torch::Tensor input = tokenTensor(ids);
    std::vector<float> embedding = toVector(script_->module.forward({input}).toTensor()[0]);
    // The model answers zeros where no token of the text was seen in training.
    if (std::all_of(embedding.begin(), embedding.end(), [](float value) { return value == 0.0f; })) return std::nullopt;
    return embedding;
}

FusionModel::FusionModel(const std::filesystem::path& file) : script_(loadScript(file))
{
}

FusionModel::~FusionModel() = default;

ClassProbabilities FusionModel::fuse(const ChannelResult& audio, const ChannelResult& text,
                                     bool hasVideo, FusionRule rule) const
{
    c10::InferenceMode inference;
    const bool weighted = rule == FusionRule::Weighted;
    const torch::Tensor probabilities =
        script_->module
            .forward({rowOf(audio.feature), rowOf(audio.probabilities), rowOf(text.feature),
                      rowOf(text.probabilities), torch::full({1, 1}, text.confidence),
                      torch::full({1, 1}, hasVideo ? 1.0f : 0.0f), weighted, weighted})
            .toTensor();
    return toProbabilities(probabilities[0]);
}

ModifierModel::ModifierModel(const std::filesystem::path& audioFile, const std::filesystem::path& textFile)
    : audio_(loadScript(audioFile)), text_(loadScript(textFile)), textScale_(text_->module.attr("scale").toDouble())
{
    // Models trained before the loudness and the profile read the embedding alone.
    const long width = audio_->module.attr("first_w").toTensor().size(1);
    const std::optional<ModifierInputs> inputs = modifierInputsOfWidth(width);
    if (!inputs) throw std::runtime_error(toUtf8(audioFile) + " reads inputs of an unknown width " + std::to_string(width));
    inputs_ = *inputs;
}

ModifierModel::~ModifierModel() = default;

std::vector<std::vector<float>> ModifierModel::targets(std::span<const ModifierClip> clips) const
{
    if (clips.empty()) return {};
    std::vector<float> rows;
    for (const ModifierClip& clip : clips) {
        const std::vector<float> input = modifierAudioInput(clip, inputs_);
        rows.insert(rows.end(), input.begin(), input.end());
    }
    const auto count = static_cast<long>(clips.size());
    c10::InferenceMode inference;
    const torch::Tensor input =
        torch::from_blob(rows.data(), {count, static_cast<long>(rows.size()) / count}, torch::kFloat).clone();
    const torch::Tensor output = audio_->module.forward({input}).toTensor();
    std::vector<std::vector<float>> out;
    for (long i = 0; i < count; ++i) out.push_back(toVector(output[i]));
    return out;
}

std::vector<float> ModifierModel::query(const ModifierClip& clip, std::string_view modifier) const
{
    std::vector<float> vector = targets(std::span(&clip, 1)).front();
    const std::vector<int64_t> ids = hashedTextTokens(modifier);
    if (ids.empty()) return vector;
    c10::InferenceMode inference;
    const torch::Tensor input = tokenTensor(ids);
    const std::vector<float> text = toVector(text_->module.forward({input}).toTensor()[0]);
    for (size_t i = 0; i < vector.size(); ++i) vector[i] += static_cast<float>(textScale_) * text[i];
    normalizeToUnitLength(vector);
    return vector;
}

SearchSpace searchSpaceOf(const ClassifierModels& models)
{
    if (!models.textQuery) return {};
    return SearchSpace(models.textQuery->audioCentre(), models.textQuery->audioProjection(),
                       models.textQuery->itemPart());
}

Result<ClassifierModels> ClassifierModels::load(const std::filesystem::path& folder)
{
    ClassifierModels models;
    try {
        models.audio = std::make_shared<AudioModel>(folder / "audio.pt");
        models.text = std::make_shared<TextModel>(folder / "text.pt");
        models.fusion = std::make_shared<FusionModel>(folder / "fusion.pt");
        if (std::filesystem::exists(folder / "hash-64.pt")) {
            models.hash = std::make_shared<HashModel>(folder / "hash-64.pt");
        }
        if (std::filesystem::exists(folder / "modifier-audio.pt") && std::filesystem::exists(folder / "modifier-text.pt")) {
            try {
                models.modifier = std::make_shared<ModifierModel>(folder / "modifier-audio.pt", folder / "modifier-text.pt");
            } catch (const std::exception&) {
                // Damaged, or trained for other inputs than this Lectern builds:
                // the modifier is optional, so the classifier stays whole and
                // the search ranks without it.
            }
        }
        if (std::filesystem::exists(folder / "text-query.pt")) {
            models.textQuery = std::make_shared<TextQueryModel>(folder / "text-query.pt");
        }
    } catch (const std::exception& error) {
        return failure("cannot load the classifier models from " + toUtf8(folder) + ": " +
                       error.what());
    }
    models.version = readVersion(folder / "model-card.json") + " " +
                     contentDigest(folder, {"audio.pt", "text.pt", "fusion.pt", "hash-64.pt"});
    return models;
}

}  // namespace lectern
