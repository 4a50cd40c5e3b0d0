#include "pipeline/analyzers/SpectrogramAnalyzer.h"

#include "pipeline/ItemCache.h"

namespace lectern {

bool SpectrogramAnalyzer::initialize(const AnalysisContext& context)
{
    if (!context.info.audio || context.target.cacheDirectory.empty()) return false;
    target_ = context.target;
    pooled_ = MelSpectrogram{};
    pooled_.framesPerSecond = static_cast<double>(kMelFramesPerSecond) / kSpectrogramCachePooling;
    pooler_ = std::make_unique<FramePooler>(kSpectrogramCachePooling, pooled_);
    return true;
}

void SpectrogramAnalyzer::processLogMel(std::span<const float> frames)
{
    for (size_t frame = 0; frame < frames.size() / kMelBands; ++frame) pooler_->add(frames.data() + frame * kMelBands);
}

Status SpectrogramAnalyzer::finish()
{
    pooler_->flush();
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
