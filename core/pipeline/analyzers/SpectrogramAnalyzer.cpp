#include "pipeline/analyzers/SpectrogramAnalyzer.h"

#include "pipeline/ItemCache.h"

namespace lectern {

bool SpectrogramAnalyzer::initialize(const AnalysisContext& context)
{
    if (!context.info.audio || context.target.cacheDirectory.empty()) return false;
    target_ = context.target;
    extractor_ = std::make_unique<LogMelExtractor>();
    pooled_ = MelSpectrogram{};
    pooled_.framesPerSecond = static_cast<double>(kMelFramesPerSecond) / kSpectrogramCachePooling;
    return true;
}

void SpectrogramAnalyzer::processSamples(std::span<const float> samples)
{
    extractor_->process(samples, frames_);
    // Pool whole groups now so that memory grows at 25 frames a second, not 100.
    const size_t whole = frames_.size() / (kMelBands * kSpectrogramCachePooling) * (kMelBands * kSpectrogramCachePooling);
    MelSpectrogram chunk;
    chunk.values.assign(frames_.begin(), frames_.begin() + static_cast<std::ptrdiff_t>(whole));
    const MelSpectrogram pooled = poolFrames(chunk, kSpectrogramCachePooling);
    pooled_.values.insert(pooled_.values.end(), pooled.values.begin(), pooled.values.end());
    frames_.erase(frames_.begin(), frames_.begin() + static_cast<std::ptrdiff_t>(whole));
}

Status SpectrogramAnalyzer::finish()
{
    if (!frames_.empty()) {
        MelSpectrogram rest;
        rest.values = frames_;
        const MelSpectrogram pooled = poolFrames(rest, kSpectrogramCachePooling);
        pooled_.values.insert(pooled_.values.end(), pooled.values.begin(), pooled.values.end());
    }
    if (pooled_.frames() == 0) return success();  // shorter than one frame: nothing to draw
    const auto directory = target_.cacheDirectory / "spectrograms";
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    // The cache is rebuildable; failing to write it must not fail the item.
    (void)saveSpectrogramCache(spectrogramCacheFile(target_.cacheDirectory, target_.itemId), pooled_);
    SpectrogramView view;
    view.width = overviewWidth(pooled_.endSeconds());
    view.height = kOverviewHeight;
    (void)writePng(spectrogramOverviewFile(target_.cacheDirectory, target_.itemId), renderSpectrogram(pooled_, view));
    return success();
}

}  // namespace lectern
