// Stores EBU R128 integrated loudness, loudness range and true peak.
#pragma once

#include <memory>

#include "dsp/Loudness.h"
#include "pipeline/Analyzer.h"

namespace lectern {

class LoudnessAnalyzer : public Analyzer {
public:
    std::string_view name() const override { return "loudness"; }
    bool initialize(const AnalysisContext& context) override;
    void processSamples(std::span<const float> samples) override { meter_->process(samples); }
    Status finish() override;
    void storeResults(ItemTransaction& transaction) const override;

private:
    std::unique_ptr<LoudnessMeter> meter_;
    Loudness result_;
};

}  // namespace lectern
