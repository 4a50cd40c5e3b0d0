// Keyframes of video items (P2's SKM), with thumbnails in the library cache.
// A video whose frames cannot be decoded keeps its audio analysis and simply
// has no keyframes.
#pragma once

#include <vector>

#include "pipeline/Analyzer.h"
#include "vision/KeyframeExtractor.h"

namespace lectern {

class KeyframeAnalyzer : public Analyzer {
public:
    std::string_view name() const override { return "keyframes"; }
    bool initialize(const AnalysisContext& context) override;
    void processSamples(std::span<const float>) override {}
    Status finish() override;
    void storeResults(ItemTransaction& transaction) const override;

private:
    AnalysisTarget target_;
    CancellationToken cancel_;
    std::vector<Keyframe> keyframes_;
};

}  // namespace lectern
