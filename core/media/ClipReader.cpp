#include "media/ClipReader.h"

#include <cmath>

#include "media/MediaReader.h"

namespace lectern {

Result<std::vector<float>> readClip(const std::filesystem::path& path, const ClipRange& range, double maxSeconds)
{
    if (range.startSeconds < 0 || (range.endSeconds && *range.endSeconds <= range.startSeconds)) {
        return failure("the clip's end must come after its start");
    }
    auto reader = MediaReader::open(path);
    if (!reader) return reader.error();
    if (!(*reader)->info().audio) return failure("the file has no audio");
    const auto first = static_cast<long long>(std::llround(range.startSeconds * kAnalysisSampleRate));
    const long long last = range.endSeconds
                               ? static_cast<long long>(std::llround(*range.endSeconds * kAnalysisSampleRate))
                               : first + static_cast<long long>(maxSeconds * kAnalysisSampleRate);
    if (range.endSeconds && *range.endSeconds - range.startSeconds > maxSeconds) {
        return failure("the clip is longer than " + std::to_string(static_cast<int>(maxSeconds)) + " seconds");
    }
    std::vector<float> clip;
    long long position = 0;
    while (position < last) {
        auto chunk = (*reader)->nextAudioChunk();
        if (!chunk) return chunk.error();
        if (chunk->empty()) break;
        const long long chunkEnd = position + static_cast<long long>(chunk->size());
        const long long from = std::max(first, position), to = std::min(last, chunkEnd);
        if (from < to) clip.insert(clip.end(), chunk->begin() + (from - position), chunk->begin() + (to - position));
        position = chunkEnd;
    }
    if (clip.empty()) return failure("the clip is empty (is the start past the end of the file?)");
    return clip;
}

}  // namespace lectern
