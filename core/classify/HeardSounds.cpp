#include "classify/HeardSounds.h"

#include <algorithm>
#include <cmath>

#include "classify/FileClassifier.h"
#include "common/UnitVectors.h"

namespace lectern {

std::vector<HeardSound> heardSounds(const std::vector<ClassifiedSegment>& segments,
                                    const std::vector<std::string>& conceptIds, double audioSeconds, float floor)
{
    std::vector<HeardSound> heard;
    for (size_t c = 0; c < conceptIds.size(); ++c) {
        HeardSound best{conceptIds[c], 0.0f, 0.0};
        for (const ClassifiedSegment& segment : segments) {
            const SegmentResult& result = segment.result;
            if (c >= result.concepts.size() || result.concepts[c] <= best.score) continue;
            best.score = result.concepts[c];
            best.atSeconds = segment.startSeconds + (c < result.conceptPeaks.size() ? result.conceptPeaks[c] : 0.0f);
        }
        if (audioSeconds > 0.0 && best.atSeconds >= audioSeconds) best.atSeconds = std::fmod(best.atSeconds, audioSeconds);
        if (best.score >= floor) heard.push_back(std::move(best));
    }
    std::stable_sort(heard.begin(), heard.end(), [](const HeardSound& a, const HeardSound& b) { return a.score > b.score; });
    if (heard.size() > kMostHeardSounds) heard.resize(kMostHeardSounds);
    return heard;
}

std::vector<float> meanSound(const std::vector<ClassifiedSegment>& segments)
{
    std::vector<float> mean;
    for (const ClassifiedSegment& segment : segments) {
        const std::vector<float>& sound = segment.result.sound;
        if (sound.empty()) continue;
        mean.resize(sound.size(), 0.0f);
        for (size_t i = 0; i < sound.size() && i < mean.size(); ++i) mean[i] += sound[i];
    }
    if (!mean.empty()) normalizeToUnitLength(mean);
    return mean;
}

std::string conceptWords(std::string conceptId)
{
    std::replace(conceptId.begin(), conceptId.end(), '_', ' ');
    return conceptId;
}

}  // namespace lectern
