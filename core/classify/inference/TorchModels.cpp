// The inference library (classify/InferenceLibrary.h): the models run by
// libtorch from their TorchScript files. Built as a plugin of its own, so
// only the programs that run a model load libtorch.
#include <torch/script.h>

#include <ATen/Parallel.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "classify/ClassifierModels.h"
#include "classify/InferenceLibrary.h"
#include "classify/LogMelSegments.h"
#include "classify/SoundDescriptors.h"
#include "classify/SoundProfile.h"
#include "common/Paths.h"

#ifdef _WIN32
#define LECTERN_INFERENCE_EXPORT __declspec(dllexport)
#else
#define LECTERN_INFERENCE_EXPORT __attribute__((visibility("default")))
#endif

namespace lectern {
namespace {

// Each model below keeps its module mutable: forward() is not const in
// libtorch, though running a module changes nothing in it.
torch::jit::Module loadScript(const std::filesystem::path& file)
{
    torch::jit::Module module = torch::jit::load(toUtf8(file));
    module.eval();
    return module;
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

// The words of the training captions, where the model file records them.
CaptionVocabulary vocabularyOf(const torch::jit::Module& module)
{
    if (!module.hasattr("vocabulary")) return {};
    std::vector<std::string> words;
    for (const c10::IValue& word : module.attr("vocabulary").toListRef()) words.push_back(word.toStringRef());
    return CaptionVocabulary(words);
}

std::vector<std::string> conceptsOf(const torch::jit::Module& module)
{
    std::vector<std::string> concepts;
    if (!module.hasattr("concepts")) return concepts;
    std::stringstream ids(module.attr("concepts").toStringRef());
    for (std::string id; std::getline(ids, id, ',');) concepts.push_back(id);
    return concepts;
}

class TorchAudioModel final : public AudioModel {
public:
    explicit TorchAudioModel(torch::jit::Module module)
        : AudioModel(static_cast<int>(module.attr("embedding_size").toInt()), conceptsOf(module)),
          module_(std::move(module))
    {
    }

    std::vector<SegmentResult> run(std::span<const float> segments) const override
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
        const std::vector<c10::IValue> outputs =
            module_.forward({input}).toTuple()->elements().vec();
        const torch::Tensor embeddings = outputs[0].toTensor();
        const torch::Tensor probabilities = torch::softmax(outputs[1].toTensor(), 1);
        std::vector<SegmentResult> results(static_cast<size_t>(count));
        for (long i = 0; i < count; ++i) {
            results[static_cast<size_t>(i)].embedding = toVector(embeddings[i]);
            results[static_cast<size_t>(i)].probabilities = toProbabilities(probabilities[i]);
        }
        if (!concepts().empty() && outputs.size() >= 5) {
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

private:
    mutable torch::jit::Module module_;
};

class TorchHashModel final : public HashModel {
public:
    explicit TorchHashModel(torch::jit::Module module) : module_(std::move(module)) {}

private:
    std::vector<uint64_t> codesOf(std::span<const float> rows, long count) const override
    {
        if (count == 0) return {};
        c10::InferenceMode inference;
        const torch::Tensor input = torch::from_blob(const_cast<float*>(rows.data()),
                                                     {count, static_cast<long>(rows.size()) / count}, torch::kFloat);
        const torch::Tensor signs =
            module_.forward({input}).toTensor().to(torch::kFloat).contiguous();
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

    mutable torch::jit::Module module_;
};

class TorchTextModel final : public TextModel {
public:
    explicit TorchTextModel(torch::jit::Module module)
        : TextModel(static_cast<int>(module.attr("feature_size").toInt())), module_(std::move(module))
    {
    }

private:
    ChannelResult classifyTokens(const std::vector<int64_t>& tokens) const override
    {
        c10::InferenceMode inference;
        const auto outputs = module_.forward({tokenTensor(tokens)}).toTuple();
        ChannelResult result;
        result.feature = toVector(outputs->elements()[0].toTensor()[0]);
        result.probabilities = toProbabilities(torch::softmax(outputs->elements()[1].toTensor(), 1)[0]);
        return result;
    }

    mutable torch::jit::Module module_;
};

TextQueryAudioSide audioSideOf(const torch::jit::Module& module)
{
    TextQueryAudioSide side{toVector(module.attr("audio_mean").toTensor()),
                            toVector(module.attr("audio_projection").toTensor().flatten()),
                            {}};
    if (!module.hasattr("item_mean")) return side;
    const auto values = [&](const char* name) { return toVector(module.attr(name).toTensor().flatten()); };
    side.itemPart = {values("item_mean"),     values("item_spread"), values("item_hidden_w"),
                     values("item_hidden_b"), values("item_out_w"),  values("item_out_b")};
    // Inputs: the mean embedding, the profile, then (in models trained with them) the descriptors.
    const size_t stored = side.centre.size() + kSoundProfileSize;
    if (side.itemPart.mean.size() == stored + kSoundDescriptorCount) side.itemPart.descriptorCount = kSoundDescriptorCount;
    return side;
}

class TorchTextQueryModel final : public TextQueryModel {
public:
    explicit TorchTextQueryModel(torch::jit::Module module)
        : TextQueryModel(vocabularyOf(module), audioSideOf(module)), module_(std::move(module))
    {
    }

private:
    std::vector<float> embedTokens(const std::vector<int64_t>& tokens) const override
    {
        c10::InferenceMode inference;
        return toVector(module_.forward({tokenTensor(tokens)}).toTensor()[0]);
    }

    mutable torch::jit::Module module_;
};

class TorchFusionModel final : public FusionModel {
public:
    explicit TorchFusionModel(torch::jit::Module module) : module_(std::move(module)) {}

    ClassProbabilities fuse(const ChannelResult& audio, const ChannelResult& text, bool hasVideo,
                            FusionRule rule) const override
    {
        c10::InferenceMode inference;
        const bool weighted = rule == FusionRule::Weighted;
        const torch::Tensor probabilities =
            module_
                .forward({rowOf(audio.feature), rowOf(audio.probabilities), rowOf(text.feature),
                          rowOf(text.probabilities), torch::full({1, 1}, text.confidence),
                          torch::full({1, 1}, hasVideo ? 1.0f : 0.0f), weighted, weighted})
                .toTensor();
        return toProbabilities(probabilities[0]);
    }

private:
    mutable torch::jit::Module module_;
};

// Models trained before the loudness and the profile read the embedding alone.
ModifierInputs modifierInputsOf(const torch::jit::Module& audio, const std::filesystem::path& file)
{
    const long width = audio.attr("first_w").toTensor().size(1);
    const std::optional<ModifierInputs> inputs = modifierInputsOfWidth(width);
    if (!inputs) throw std::runtime_error(toUtf8(file) + " reads inputs of an unknown width " + std::to_string(width));
    return *inputs;
}

class TorchModifierModel final : public ModifierModel {
public:
    TorchModifierModel(torch::jit::Module audio, torch::jit::Module text, ModifierInputs inputs)
        : ModifierModel(inputs, text.attr("scale").toDouble()), audio_(std::move(audio)), text_(std::move(text))
    {
    }

private:
    std::vector<std::vector<float>> audioRows(std::span<const float> rows, long count) const override
    {
        c10::InferenceMode inference;
        const torch::Tensor input =
            torch::from_blob(const_cast<float*>(rows.data()), {count, static_cast<long>(rows.size()) / count},
                             torch::kFloat)
                .clone();
        const torch::Tensor output = audio_.forward({input}).toTensor();
        std::vector<std::vector<float>> out;
        for (long i = 0; i < count; ++i) out.push_back(toVector(output[i]));
        return out;
    }

    std::vector<float> textRow(const std::vector<int64_t>& tokens) const override
    {
        c10::InferenceMode inference;
        return toVector(text_.forward({tokenTensor(tokens)}).toTensor()[0]);
    }

    mutable torch::jit::Module audio_, text_;
};

// torch::jit::load throws c10::Error, which is a std::exception; the
// loaders say which file it was.
template <typename Model>
std::unique_ptr<Model> loaded(const std::filesystem::path& file, auto make)
{
    try {
        return make(loadScript(file));
    } catch (const c10::Error& error) {
        throw std::runtime_error(toUtf8(file) + ": " + error.what_without_backtrace());
    }
}

const InferenceBackend kTorchBackend{
    [](const std::filesystem::path& file) {
        return loaded<AudioModel>(file, [](torch::jit::Module m) { return std::make_unique<TorchAudioModel>(std::move(m)); });
    },
    [](const std::filesystem::path& file) {
        return loaded<TextModel>(file, [](torch::jit::Module m) { return std::make_unique<TorchTextModel>(std::move(m)); });
    },
    [](const std::filesystem::path& file) {
        return loaded<FusionModel>(file,
                                   [](torch::jit::Module m) { return std::make_unique<TorchFusionModel>(std::move(m)); });
    },
    [](const std::filesystem::path& file) {
        return loaded<HashModel>(file, [](torch::jit::Module m) { return std::make_unique<TorchHashModel>(std::move(m)); });
    },
    [](const std::filesystem::path& file) {
        return loaded<TextQueryModel>(
            file, [](torch::jit::Module m) { return std::make_unique<TorchTextQueryModel>(std::move(m)); });
    },
    [](const std::filesystem::path& audioFile, const std::filesystem::path& textFile) -> std::unique_ptr<ModifierModel> {
        torch::jit::Module text = *loaded<torch::jit::Module>(
            textFile, [](torch::jit::Module m) { return std::make_unique<torch::jit::Module>(std::move(m)); });
        return loaded<ModifierModel>(audioFile, [&](torch::jit::Module audio) {
            const ModifierInputs inputs = modifierInputsOf(audio, audioFile);
            return std::make_unique<TorchModifierModel>(std::move(audio), std::move(text), inputs);
        });
    },
    [] { at::set_num_threads(1); },
};

}  // namespace
}  // namespace lectern

extern "C" LECTERN_INFERENCE_EXPORT const lectern::InferenceBackend* LECTERN_INFERENCE_ENTRY_POINT()
{
    return &lectern::kTorchBackend;
}
