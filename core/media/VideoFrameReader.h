// Video frames at a fixed rate, scaled down, for keyframe selection; and a
// single frame at a given time, for thumbnails. Times follow the stream's
// timestamps, so variable-frame-rate video is sampled evenly in time.
#pragma once

#include <filesystem>
#include <functional>

#include "common/CancellationToken.h"
#include "common/Result.h"
#include "media/ImageWriter.h"

namespace lectern {

struct SampledFrame {
    double timeSeconds = 0.0;
    RgbImage image;
};

// Calls `onFrame` for the first frame at or after each multiple of 1/rate
// seconds. Fails when the file has no video stream or no frame decodes.
Status sampleVideoFrames(const std::filesystem::path& path, double framesPerSecond, int width, int height,
                         const std::function<void(const SampledFrame&)>& onFrame, const CancellationToken& cancel = {});

// The frame shown at `timeSeconds`, scaled to `width` (height keeps the aspect ratio).
Result<RgbImage> videoFrameAt(const std::filesystem::path& path, double timeSeconds, int width);

}  // namespace lectern
