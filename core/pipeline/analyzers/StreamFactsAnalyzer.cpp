#include "pipeline/analyzers/StreamFactsAnalyzer.h"

#include "media/MediaReader.h"

namespace lectern {

bool StreamFactsAnalyzer::initialize(const AnalysisContext& context)
{
    info_ = context.info;
    samples_ = 0;
    return true;
}

void StreamFactsAnalyzer::processSamples(std::span<const float> samples)
{
    samples_ += static_cast<long long>(samples.size());
}

Status StreamFactsAnalyzer::finish()
{
    if (info_->audio && samples_ == 0 && !info_->video) {
        return failure("no audio could be decoded (the file is damaged or truncated)");
    }
    return success();
}

double StreamFactsAnalyzer::durationSeconds() const
{
    if (samples_ > 0) return static_cast<double>(samples_) / kAnalysisSampleRate;
    return info_ ? info_->containerDurationSeconds : 0.0;
}

void StreamFactsAnalyzer::storeResults(ItemTransaction& transaction) const
{
    transaction.setStreamFacts(*info_, durationSeconds());
}

}  // namespace lectern
