// Log-mel spectrograms as pictures: an overview per item written on import
// (PNG, with its pooled frames cached for zooming), and a renderer for any
// time range at any pixel size. Colours follow viridis, a perceptual map;
// the time axis is labelled in seconds.
#pragma once

#include <array>
#include <filesystem>
#include <vector>

#include "common/Result.h"
#include "dsp/LogMel.h"
#include "media/ClipReader.h"
#include "media/ImageWriter.h"

namespace lectern {

struct MelSpectrogram {
    double framesPerSecond = kMelFramesPerSecond;
    double startSeconds = 0.0;  // time of the first frame
    std::vector<float> values;  // kMelBands per frame, log-mel

    size_t frames() const { return values.size() / kMelBands; }
    double endSeconds() const { return startSeconds + static_cast<double>(frames()) / framesPerSecond; }
};

// Averages groups of `factor` frames as they arrive, into `pooled`: the
// overview and the cache keep 25 per second, so a long file needs little memory.
class FramePooler {
public:
    FramePooler(int factor, MelSpectrogram& pooled);
    void add(const float* frame);  // kMelBands values
    void flush();                   // the last, partial group

private:
    int factor_;
    MelSpectrogram& pooled_;
    std::array<float, kMelBands> sum_{};
    int count_ = 0;
};

MelSpectrogram poolFrames(const MelSpectrogram& spectrogram, int factor);

struct SpectrogramView {
    double startSeconds = 0.0;
    double endSeconds = 0.0;  // 0: to the end
    int width = 800;
    int height = 160;  // including the axis strip
    bool timeAxis = true;
};

RgbImage renderSpectrogram(const MelSpectrogram& spectrogram, const SpectrogramView& view);

// The overview's width for a duration: proportional, up to a cap.
int overviewWidth(double durationSeconds);

Status saveSpectrogramCache(const std::filesystem::path& file, const MelSpectrogram& spectrogram);
Result<MelSpectrogram> loadSpectrogramCache(const std::filesystem::path& file);

// On demand, for ranges finer than the cache or files outside the library.
Result<MelSpectrogram> computeSpectrogram(const std::filesystem::path& media, const ClipRange& range);

// The frames for a picture: the cached ones when they are fine enough for the
// view's pixels per second, else computed from the media. `cacheFile` may be empty.
Result<MelSpectrogram> spectrogramForView(const std::filesystem::path& media, const std::filesystem::path& cacheFile,
                                          const SpectrogramView& view);

}  // namespace lectern
