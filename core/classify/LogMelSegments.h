// Cutting log-mel frames into the models' input (design §5): 10 s segments
// (1000 frames) every 5 s; a file shorter than a segment is one segment,
// filled by repeating the file (never with silence: a padded pause looks like
// the pauses of a language drill); a tail the last full segment misses gets
// one more segment that ends at the file's end.
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "dsp/LogMel.h"

namespace lectern {

inline constexpr int kSegmentFrames = 1000;
inline constexpr int kSegmentHopFrames = 500;
// log(0 + 0.01): the value of a silent frame.
inline constexpr float kSilentLogMel = -4.60517019f;

// Where each segment starts, in frames, for a file of this many frames.
std::vector<long long> segmentStarts(long long frameCount);

// One segment of kSegmentFrames × kMelBands values starting at `start`,
// repeated from the beginning where the file is shorter.
std::vector<float> segmentAt(std::span<const float> frames, long long start);

// The same cut, streamed: frames go in as the decoder produces them, each
// segment comes out once complete, and memory stays at one segment's worth.
class StreamingSegmenter {
public:
    using SegmentSink = std::function<void(double startSeconds, std::span<const float> segment)>;
    explicit StreamingSegmenter(SegmentSink sink) : sink_(std::move(sink)) {}

    void addFrames(std::span<const float> frames);
    // Emits the short-file or tail segment, if there is one.
    void finish();

private:
    void deliver(long long start, std::span<const float> segment);

    SegmentSink sink_;
    std::vector<float> window_;    // frames from windowStart_ on
    long long windowStart_ = 0;
    long long framesSeen_ = 0;
    long long nextStart_ = 0;
    long long lastEmittedStart_ = -1;
    std::vector<float> recentTail_;  // the last kSegmentFrames frames seen
};

}  // namespace lectern
