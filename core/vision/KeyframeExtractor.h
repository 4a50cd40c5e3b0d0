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

// Writes the thumbnails into `thumbnailDirectory` (created; old JPEGs removed).
Result<std::vector<Keyframe>> extractKeyframes(const std::filesystem::path& video,
                                               const std::filesystem::path& thumbnailDirectory,
                                               const KeyframeOptions& options = {},
                                               const CancellationToken& cancel = {});

}  // namespace lectern
