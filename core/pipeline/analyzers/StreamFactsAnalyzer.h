// Stores kind, codecs, sizes and the duration. The duration is counted from
// the decoded samples where there is audio, because containers without an
// index (raw MP3, AAC) only estimate it.
#pragma once

#include <optional>

#include "media/MediaInfo.h"
#include "pipeline/Analyzer.h"

namespace lectern {

class StreamFactsAnalyzer : public Analyzer {
public:
    std::string_view name() const override { return "stream facts"; }
    bool initialize(const AnalysisContext& context) override;
    void processSamples(std::span<const float> samples) override;
    Status finish() override;
    void storeResults(ItemTransaction& transaction) const override;

    double durationSeconds() const;

private:
    std::optional<MediaInfo> info_;
    long long samples_ = 0;
};

}  // namespace lectern
