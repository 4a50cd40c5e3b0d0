#include "SegmentEmbeddings.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "classify/ClassifierModels.h"
#include "classify/LogMelSegments.h"

namespace lectern::ml {

SegmentRows segmentEmbeddings(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models)
{
    const AudioModel audio(models / "audio.pt");
    std::vector<float> values;
    SegmentRows rows;
    for (size_t c = 0; c < clips.size(); ++c) {
        std::vector<float> segments;
        for (long long start : segmentStarts(clips[c].frameCount())) {
            const auto segment = segmentAt(clips[c].frames, start);
            segments.insert(segments.end(), segment.begin(), segment.end());
        }
        for (const SegmentResult& result : audio.run(segments)) {
            values.insert(values.end(), result.embedding.begin(), result.embedding.end());
            rows.clip.push_back(static_cast<int>(c));
        }
    }
    rows.embeddings = torch::from_blob(values.data(), {static_cast<long>(rows.clip.size()), audio.embeddingSize()},
                                       torch::kFloat)
                          .clone();
    return rows;
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
