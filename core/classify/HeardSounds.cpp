#include "classify/HeardSounds.h"

#include <algorithm>
#include <map>

namespace lectern {

std::vector<HeardSound> heardSounds(const std::vector<ClassifiedSegment>& segments,
                                    const std::vector<std::string>& conceptIds, float floor)
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
        if (best.score >= floor) heard.push_back(std::move(best));
    }
    std::stable_sort(heard.begin(), heard.end(), [](const HeardSound& a, const HeardSound& b) { return a.score > b.score; });
    return heard;
}

std::vector<float> heardVector(const std::vector<HeardSound>& sounds, const std::vector<std::string>& conceptIds)
{
    std::map<std::string, float> byId;
    for (const HeardSound& sound : sounds) byId[sound.conceptId] = sound.score;
    std::vector<float> vector(conceptIds.size(), 0.0f);
    for (size_t c = 0; c < conceptIds.size(); ++c) {
        const auto found = byId.find(conceptIds[c]);
        if (found != byId.end()) vector[c] = found->second;
    }
    return vector;
}

}  // namespace lectern
