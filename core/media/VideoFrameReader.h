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

// Which frames are decoded to sample from. Decoding every frame of 1080p
// H.264 costs about 3 ms a frame (12x real time on one core); its key
// frames alone cost a tenth to a fortieth of that, and encoders put them at
// scene cuts and every 1-10 s, so they sample a film's shots at the moments
// they change.
enum class FrameDecoding {
    EveryFrame,
    KeyFramesOnly,
    // Key frames only for frames larger than kLargestFullyDecodedFrame, and
    // every frame where key frames are too few to sample the video (fewer
    // than one in kLongestKeyFrameGap seconds: screen recordings, some
    // streams with a single key frame).
    BySize,
};
inline constexpr int kLargestFullyDecodedFrame = 1024 * 576;
inline constexpr double kLongestKeyFrameGap = 20.0;

// Calls `onFrame` for the first decoded frame at or after each multiple of
// 1/rate seconds. Fails when the file has no video stream or no frame decodes.
Status sampleVideoFrames(const std::filesystem::path& path, double framesPerSecond, int width, int height,
                         const std::function<void(const SampledFrame&)>& onFrame, const CancellationToken& cancel = {},
                         FrameDecoding decoding = FrameDecoding::BySize);

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
