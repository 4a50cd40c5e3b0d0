// Stores the item's sub-fingerprints for same-recording search.
#pragma once

#include <memory>
#include <vector>

#include "dsp/Fingerprint.h"
#include "pipeline/Analyzer.h"

namespace lectern {

class FingerprintAnalyzer : public Analyzer {
public:
    std::string_view name() const override { return "fingerprint"; }
    bool initialize(const AnalysisContext& context) override;
    void processSamples(std::span<const float> samples) override { extractor_->process(samples, codes_); }
    void storeResults(ItemTransaction& transaction) const override;

private:
    std::unique_ptr<FingerprintExtractor> extractor_;
    std::vector<uint32_t> codes_;
};

}  // namespace lectern
