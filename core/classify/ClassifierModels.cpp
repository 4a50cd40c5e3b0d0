#include "classify/ClassifierModels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "classify/InferenceLibrary.h"
#include "classify/TextHashing.h"
#include "common/Fnv1a.h"
#include "common/Paths.h"
#include "common/UnitVectors.h"

namespace lectern {
namespace {

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

AudioModel::AudioModel(int embeddingSize, std::vector<std::string> concepts)
    : embeddingSize_(embeddingSize), concepts_(std::move(concepts))
{
}

AudioModel::~AudioModel() = default;

HashModel::~HashModel() = default;

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

TextModel::TextModel(int featureSize) : featureSize_(featureSize) {}

TextModel::~TextModel() = default;

ChannelResult TextModel::classify(std::string_view text) const
{
    const std::vector<int64_t> ids = hashedTextTokens(text);
    if (ids.empty()) {
        ChannelResult result;
        result.probabilities.fill(1.0f / kClassCount);
        result.feature.assign(static_cast<size_t>(featureSize_), 0.0f);
        result.confidence = 0.0f;
        return result;
    }
    ChannelResult result = classifyTokens(ids);
    result.confidence = confidenceOf(result.probabilities);
    return result;
}

TextQueryModel::TextQueryModel(CaptionVocabulary vocabulary, TextQueryAudioSide audio)
    : vocabulary_(std::move(vocabulary)), audio_(std::move(audio))
{
}

TextQueryModel::~TextQueryModel() = default;

std::optional<std::vector<float>> TextQueryModel::embed(std::string_view text) const
{
    const std::vector<int64_t> ids = hashedTextTokens(text);
    if (ids.empty() || !vocabulary_.hasAWordOf(text)) return std::nullopt;
    std::vector<float> embedding = embedTokens(ids);
    // The model answers zeros where no token of the text was seen in training.
    if (std::all_of(embedding.begin(), embedding.end(), [](float value) { return value == 0.0f; })) return std::nullopt;
    return embedding;
}

FusionModel::~FusionModel() = default;

ModifierModel::ModifierModel(ModifierInputs inputs, double textScale) : inputs_(inputs), textScale_(textScale) {}

ModifierModel::~ModifierModel() = default;

std::vector<std::vector<float>> ModifierModel::targets(std::span<const ModifierClip> clips) const
{
    if (clips.empty()) return {};
    std::vector<float> rows;
    for (const ModifierClip& clip : clips) {
        const std::vector<float> input = modifierAudioInput(clip, inputs_);
        rows.insert(rows.end(), input.begin(), input.end());
    }
    return audioRows(rows, static_cast<long>(clips.size()));
}

std::vector<float> ModifierModel::query(const ModifierClip& clip, std::string_view modifier) const
{
    std::vector<float> vector = targets(std::span(&clip, 1)).front();
    const std::vector<int64_t> ids = hashedTextTokens(modifier);
    if (ids.empty()) return vector;
    const std::vector<float> text = textRow(ids);
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

std::unique_ptr<AudioModel> loadAudioModel(const std::filesystem::path& file)
{
    return inferenceBackend().loadAudio(file);
}

std::unique_ptr<HashModel> loadHashModel(const std::filesystem::path& file) { return inferenceBackend().loadHash(file); }

std::unique_ptr<TextQueryModel> loadTextQueryModel(const std::filesystem::path& file)
{
    return inferenceBackend().loadTextQuery(file);
}

std::unique_ptr<ModifierModel> loadModifierModel(const std::filesystem::path& audioFile,
                                                 const std::filesystem::path& textFile)
{
    return inferenceBackend().loadModifier(audioFile, textFile);
}

std::unique_ptr<TextModel> loadTextModel(const std::filesystem::path& file) { return inferenceBackend().loadText(file); }

std::unique_ptr<FusionModel> loadFusionModel(const std::filesystem::path& file)
{
    return inferenceBackend().loadFusion(file);
}

Result<ClassifierModels> ClassifierModels::load(const std::filesystem::path& folder)
{
    ClassifierModels models;
    try {
        models.audio = loadAudioModel(folder / "audio.pt");
        models.text = loadTextModel(folder / "text.pt");
        models.fusion = loadFusionModel(folder / "fusion.pt");
        if (std::filesystem::exists(folder / "hash-64.pt")) models.hash = loadHashModel(folder / "hash-64.pt");
        if (std::filesystem::exists(folder / "modifier-audio.pt") && std::filesystem::exists(folder / "modifier-text.pt")) {
            try {
                models.modifier = loadModifierModel(folder / "modifier-audio.pt", folder / "modifier-text.pt");
            } catch (const std::exception&) {
                // Damaged, or trained for other inputs than this Lectern builds:
                // the modifier is optional, so the classifier stays whole and
                // the search ranks without it.
            }
        }
        if (std::filesystem::exists(folder / "text-query.pt")) {
            models.textQuery = loadTextQueryModel(folder / "text-query.pt");
        }
    } catch (const std::exception& error) {
        return failure("cannot load the classifier models from " + toUtf8(folder) + ": " + error.what());
    }
    models.version = readVersion(folder / "model-card.json") + " " +
                     contentDigest(folder, {"audio.pt", "text.pt", "fusion.pt", "hash-64.pt"});
    return models;
}

}  // namespace lectern
