#include "SegmentEmbeddings.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "classify/ClassifierModels.h"
#include "classify/LogMelSegments.h"
#include "classify/SoundProfile.h"
#include "HandFeatures.h"

namespace lectern::ml {

SegmentRows segmentEmbeddings(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models)
{
    const auto audio = loadAudioModel(models / "audio.pt");
    std::vector<float> values;
    SegmentRows rows;
    for (size_t c = 0; c < clips.size(); ++c) {
        std::vector<float> segments;
        for (long long start : segmentStarts(clips[c].frameCount())) {
            const auto segment = segmentAt(clips[c].frames, start);
            segments.insert(segments.end(), segment.begin(), segment.end());
        }
        for (const SegmentResult& result : audio->run(segments)) {
            values.insert(values.end(), result.embedding.begin(), result.embedding.end());
            rows.clip.push_back(static_cast<int>(c));
        }
    }
    rows.embeddings = torch::from_blob(values.data(), {static_cast<long>(rows.clip.size()), audio->embeddingSize()},
                                       torch::kFloat)
                          .clone();
    return rows;
}

namespace {

torch::Tensor clipMeans(const SegmentRows& rows, size_t clips)
{
    const torch::Tensor clipOfRow = torch::tensor(std::vector<long>(rows.clip.begin(), rows.clip.end()));
    const torch::Tensor sums =
        torch::zeros({static_cast<long>(clips), rows.embeddings.size(1)}).index_add(0, clipOfRow, rows.embeddings);
    const torch::Tensor counts =
        torch::zeros({static_cast<long>(clips)}).index_add(0, clipOfRow, torch::ones({clipOfRow.size(0)}));
    const torch::Tensor means = sums / counts.clamp_min(1).unsqueeze(1);
    return means / means.norm(2, 1, true).clamp_min(1e-8);
}

}  // namespace

torch::Tensor itemPartInputs(const SegmentRows& rows, const std::vector<ClipFeatures>& clips, bool withDescriptors)
{
    const torch::Tensor stored = torch::cat({clipMeans(rows, clips.size()), soundProfileRows(clips)}, 1);
    return withDescriptors ? torch::cat({stored, soundDescriptorRows(clips)}, 1) : stored;
}

torch::Tensor itemPartInputsOf(const torch::jit::Module& textQuery, const SegmentRows& rows,
                               const std::vector<ClipFeatures>& clips)
{
    if (!textQuery.hasattr("item_mean")) return {};
    const long withoutDescriptors = rows.embeddings.size(1) + kSoundProfileSize;
    return itemPartInputs(rows, clips, textQuery.attr("item_mean").toTensor().size(0) > withoutDescriptors);
}

torch::Tensor searchSpaceRows(torch::jit::Module& textQuery, const SegmentRows& rows,
                              const std::vector<ClipFeatures>& clips)
{
    torch::Tensor mapped = torch::matmul(rows.embeddings - textQuery.attr("audio_mean").toTensor(),
                                         textQuery.attr("audio_projection").toTensor().t());
    if (const torch::Tensor items = itemPartInputsOf(textQuery, rows, clips); items.defined()) {
        const torch::Tensor clipOfRow = torch::tensor(std::vector<long>(rows.clip.begin(), rows.clip.end()));
        mapped = mapped + textQuery.get_method("item_vector")({items}).toTensor().index_select(0, clipOfRow);
    }
    return mapped / mapped.norm(2, 1, true).clamp_min(1e-8);
}

std::vector<std::string> recipeKinds(const std::vector<ClipFeatures>& clips, const std::filesystem::path& corpus)
{
    // The clip's JSON is <split>/<class>/<index>.json for media under <split>/<class>/<index>/.
    static const std::regex recipe(R"re("recipe":\s*"([^"]+)")re");
    std::vector<std::string> kinds;
    for (const ClipFeatures& clip : clips) {
        const std::filesystem::path relative(clip.path);
        auto part = relative.begin();
        std::filesystem::path json = corpus;
        for (int level = 0; level < 3 && part != relative.end(); ++level, ++part) json /= *part;
        json += ".json";
        std::ifstream file(json);
        std::stringstream text;
        text << file.rdbuf();
        const std::string content = text.str();
        std::smatch match;
        if (!file || !std::regex_search(content, match, recipe)) {
            throw std::runtime_error("no recipe in " + json.string());
        }
        kinds.push_back(match[1].str());
    }
    return kinds;
}

std::vector<long> kindNumbers(const std::vector<std::string>& kinds, std::vector<std::string>& names)
{
    std::vector<long> numbers;
    for (const std::string& kind : kinds) {
        auto found = std::find(names.begin(), names.end(), kind);
        if (found == names.end()) found = names.insert(names.end(), kind);
        numbers.push_back(static_cast<long>(found - names.begin()));
    }
    return numbers;
}

}  // namespace lectern::ml
