#include "vision/KeyframeExtractor.h"

#include <cmath>
#include <cstdio>


namespace fs = std::filesystem;

namespace lectern {

Result<DescribedVideo> describeVideo(const fs::path& video, double framesPerSecond, const CancellationToken& cancel,
                                     FrameDecoding decoding)
{
    DescribedVideo described;
    const Status sampled = sampleVideoFrames(
        video, framesPerSecond, kDescriptorFrameWidth, kDescriptorFrameHeight,
        [&](const SampledFrame& frame) {
            described.times.push_back(frame.timeSeconds);
            described.descriptors.push_back(describeFrame(frame.image));
        },
        cancel, decoding);
    if (!sampled) return sampled.error();
    return described;
}

SkmOptions skmOptionsFor(const DescribedVideo& described, double framesPerSecond, SkmOptions options)
{
    const size_t samples = described.times.size();
    if (samples < 2 || framesPerSecond <= 0) return options;
    const double meanGap = (described.times.back() - described.times.front()) / static_cast<double>(samples - 1);
    if (meanGap > 2.0 / framesPerSecond && options.coverageFloor <= 0.0f) options.coverageFloor = kSparseCoverageFloor;
    return options;
}

Result<std::vector<Keyframe>> extractKeyframes(const fs::path& video, const fs::path& thumbnailDirectory,
                                               const KeyframeOptions& options, const CancellationToken& cancel)
{
    auto described = describeVideo(video, options.framesPerSecond, cancel, options.decoding);
    if (!described) return described.error();
    std::error_code error;
    fs::remove_all(thumbnailDirectory, error);
    fs::create_directories(thumbnailDirectory, error);
    if (error) return failure("cannot create " + thumbnailDirectory.string() + ": " + error.message());

    auto grabber = VideoFrameGrabber::open(video);
    if (!grabber) return grabber.error();
    std::vector<Keyframe> keyframes;
    for (size_t index :
         selectKeyframesSkm(described->descriptors, skmOptionsFor(*described, options.framesPerSecond, options.skm))) {
        if (cancel.cancelled()) return failure("cancelled");
        const double time = described->times[index];
        auto image = (*grabber)->frameAt(time, options.thumbnailWidth);
        if (!image) return image.error();
        char name[32];
        std::snprintf(name, sizeof name, "%09lld.jpg", static_cast<long long>(std::llround(time * 1000)));
        const fs::path thumbnail = thumbnailDirectory / name;
        if (Status written = writeJpeg(thumbnail, *image); !written) return written.error();
        keyframes.push_back({time, thumbnail});
    }
    return keyframes;
}

}  // namespace lectern
