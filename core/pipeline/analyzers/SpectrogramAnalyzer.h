// Writes the item's spectrogram overview (PNG) and its pooled log-mel frames
// (25 per second) into the library cache, for the window and for zooming.
#pragma once

#include <memory>

#include "dsp/Spectrogram.h"
#include "pipeline/Analyzer.h"

namespace lectern {

inline constexpr int kSpectrogramCachePooling = 4;  // 100 frames per second -> 25
inline constexpr int kOverviewHeight = 160;

class SpectrogramAnalyzer : public Analyzer {
public:
    std::string_view name() const override { return "spectrogram"; }
    bool initialize(const AnalysisContext& context) override;
    bool readsLogMel() const override { return true; }
    void processLogMel(std::span<const float> frames) override;
    Status finish() override;
    void storeResults(ItemTransaction&) const override {}  // files only; the cache is rebuildable

private:
    AnalysisTarget target_;
    MelSpectrogram pooled_;
    std::unique_ptr<FramePooler> pooler_;  // into pooled_
};

}  // namespace lectern
