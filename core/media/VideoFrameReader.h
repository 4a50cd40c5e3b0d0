// Video frames at a fixed rate, scaled down, for keyframe selection; and a
// single frame at a given time, for thumbnails. Times follow the stream's
// timestamps, so variable-frame-rate video is sampled evenly in time.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>

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

// Frames at given times from one open file, for thumbnails: the file is
// opened and probed once however many frames are taken.
class VideoFrameGrabber {
public:
    static Result<std::unique_ptr<VideoFrameGrabber>> open(const std::filesystem::path& path);
    ~VideoFrameGrabber();
    VideoFrameGrabber(const VideoFrameGrabber&) = delete;
    VideoFrameGrabber& operator=(const VideoFrameGrabber&) = delete;

    // The frame shown at `timeSeconds`, scaled to `width` (height keeps the aspect ratio).
    Result<RgbImage> frameAt(double timeSeconds, int width);

private:
    struct State;
    explicit VideoFrameGrabber(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace lectern
