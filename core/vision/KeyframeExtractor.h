// From a video file to keyframes with thumbnails: frames sampled at a fixed
// rate, described, selected by SKM, and the chosen ones written as JPEG.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/CancellationToken.h"
#include "common/Result.h"
#include "media/VideoFrameReader.h"
#include "vision/SkmKeyframes.h"

namespace lectern {

struct Keyframe {
    double timeSeconds = 0.0;
    std::filesystem::path thumbnail;
};

struct KeyframeOptions {
    double framesPerSecond = 2.0;
    int thumbnailWidth = 320;
    FrameDecoding decoding = FrameDecoding::BySize;
    SkmOptions skm;
};

// Sampled frames' times and descriptors, for the selection and for benchmarks.
struct DescribedVideo {
    std::vector<double> times;
    std::vector<FrameDescriptor> descriptors;
};

Result<DescribedVideo> describeVideo(const std::filesystem::path& video, double framesPerSecond,
                                     const CancellationToken& cancel = {},
                                     FrameDecoding decoding = FrameDecoding::BySize);

// What SKM does with these samples: where they came from key frames seconds
// apart (more than twice the asked interval on average), every sample less
// than kSparseCoverageFloor similar to the keyframes becomes one too.
// Measured in tools/bench/keyframes: 0.5 brings the keyframe count back to
// what every frame gives (CR 0.965 against 0.928) and lifts fidelity from
// 0.05 to 0.23 on videos with a key frame each 10 s; what changed between
// key frames is not seen, so it stays below every frame's 0.80.
inline constexpr float kSparseCoverageFloor = 0.5f;
SkmOptions skmOptionsFor(const DescribedVideo& described, double framesPerSecond, SkmOptions options = {});

// Writes the thumbnails into `thumbnailDirectory` (created; old JPEGs removed).
Result<std::vector<Keyframe>> extractKeyframes(const std::filesystem::path& video,
                                               const std::filesystem::path& thumbnailDirectory,
                                               const KeyframeOptions& options = {},
                                               const CancellationToken& cancel = {});

}  // namespace lectern
