#include "ChannelOutputs.h"

#include <chrono>

#include "classify/ClassifierModels.h"
#include "classify/LogMelSegments.h"

namespace lectern::ml {
namespace {

torch::Tensor rows(const std::vector<std::vector<float>>& values)
{
    const long width = values.empty() ? 0 : static_cast<long>(values.front().size());
    torch::Tensor out = torch::empty({static_cast<long>(values.size()), width});
    for (size_t i = 0; i < values.size(); ++i) {
        std::copy(values[i].begin(), values[i].end(), out[static_cast<long>(i)].data_ptr<float>());
    }
    return out;
}

std::vector<float> asVector(const ClassProbabilities& p) { return {p.begin(), p.end()}; }

}  // namespace

ChannelOutputs channelOutputs(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models)
{
    const auto audio = loadAudioModel(models / "audio.pt");
    const auto text = loadTextModel(models / "text.pt");
    std::vector<std::vector<float>> audioFeatures, audioProbs, textFeatures, textProbs, confidence, video;
    std::vector<long> labels;
    double audioSeconds = 0;
    for (const ClipFeatures& clip : clips) {
        const auto started = std::chrono::steady_clock::now();
        std::vector<float> segments;
        for (long long start : segmentStarts(clip.frameCount())) {
            const auto segment = segmentAt(clip.frames, start);
            segments.insert(segments.end(), segment.begin(), segment.end());
        }
        const ChannelResult audioResult = combineSegments(audio->run(segments));
        audioSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const ChannelResult textResult = text->classify(clip.text);
        audioFeatures.push_back(audioResult.feature);
        audioProbs.push_back(asVector(audioResult.probabilities));
        textFeatures.push_back(textResult.feature);
        textProbs.push_back(asVector(textResult.probabilities));
        confidence.push_back({textResult.confidence});
        video.push_back({clip.hasVideo ? 1.0f : 0.0f});
        labels.push_back(clip.label);
    }
    ChannelOutputs outputs;
    outputs.audioFeatures = rows(audioFeatures);
    outputs.audioProbs = rows(audioProbs);
    outputs.textFeatures = rows(textFeatures);
    outputs.textProbs = rows(textProbs);
    outputs.textConfidence = rows(confidence);
    outputs.hasVideo = rows(video);
    outputs.labels = torch::tensor(labels);
    outputs.audioSecondsPerClip = clips.empty() ? 0 : audioSeconds / double(clips.size());
    return outputs;
}

}  // namespace lectern::ml
