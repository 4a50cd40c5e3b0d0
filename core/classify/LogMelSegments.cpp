#include "classify/LogMelSegments.h"

#include <algorithm>

namespace lectern {

std::vector<long long> segmentStarts(long long frameCount)
{
    if (frameCount <= kSegmentFrames) return {0};
    std::vector<long long> starts;
    long long start = 0;
    for (; start + kSegmentFrames <= frameCount; start += kSegmentHopFrames) starts.push_back(start);
    const long long tailStart = frameCount - kSegmentFrames;
    if (starts.back() < tailStart) starts.push_back(tailStart);
    return starts;
}

std::vector<float> segmentAt(std::span<const float> frames, long long start)
{
    const long long frameCount = static_cast<long long>(frames.size()) / kMelBands;
    std::vector<float> segment(static_cast<size_t>(kSegmentFrames) * kMelBands);
    if (frameCount == 0) {
        std::fill(segment.begin(), segment.end(), kSilentLogMel);
        return segment;
    }
    for (long long i = 0; i < kSegmentFrames; ++i) {
        long long source = start + i;
        if (source >= frameCount) source = (source - start) % std::max(1LL, frameCount - start) + start;
        std::copy_n(frames.begin() + source * kMelBands, kMelBands, segment.begin() + i * kMelBands);
    }
    return segment;
}

void StreamingSegmenter::addFrames(std::span<const float> frames)
{
    window_.insert(window_.end(), frames.begin(), frames.end());
    framesSeen_ += static_cast<long long>(frames.size()) / kMelBands;
    while (nextStart_ + kSegmentFrames <= framesSeen_) {
        const auto offset = static_cast<size_t>((nextStart_ - windowStart_) * kMelBands);
        deliver(nextStart_, std::span<const float>(window_).subspan(offset, kSegmentFrames * kMelBands));
        nextStart_ += kSegmentHopFrames;
    }
    // Keep the last full segment's worth of frames: the next segment and a
    // possible tail segment come from them.
    const long long keepFrom = std::max(windowStart_, framesSeen_ - kSegmentFrames);
    const long long dropFrom = std::min(keepFrom, nextStart_);
    if (dropFrom > windowStart_) {
        window_.erase(window_.begin(), window_.begin() + (dropFrom - windowStart_) * kMelBands);
        windowStart_ = dropFrom;
    }
}

void StreamingSegmenter::finish()
{
    if (framesSeen_ <= kSegmentFrames) {
        if (lastEmittedStart_ < 0) deliver(0, segmentAt(window_, 0));
        return;
    }
    const long long tailStart = framesSeen_ - kSegmentFrames;
    if (lastEmittedStart_ < tailStart) {
        const auto offset = static_cast<size_t>((tailStart - windowStart_) * kMelBands);
        deliver(tailStart, std::span<const float>(window_).subspan(offset, kSegmentFrames * kMelBands));
    }
}

void StreamingSegmenter::deliver(long long start, std::span<const float> segment)
{
    lastEmittedStart_ = start;
    sink_(static_cast<double>(start) / kMelFramesPerSecond, segment);
}

}  // namespace lectern
