#include "pipeline/analyzers/LoudnessAnalyzer.h"

namespace lectern {

bool LoudnessAnalyzer::initialize(const AnalysisContext& context)
{
    if (!context.info.audio) return false;
    meter_ = std::make_unique<LoudnessMeter>();
    return true;
}

Status LoudnessAnalyzer::finish()
{
    result_ = meter_->result();
    return success();
}

void LoudnessAnalyzer::storeResults(ItemTransaction& transaction) const
{
    transaction.setLoudness(result_.integratedLufs, result_.rangeLu, result_.truePeakDbtp);
}

}  // namespace lectern
