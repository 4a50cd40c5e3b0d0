#include "pipeline/analyzers/FingerprintAnalyzer.h"

namespace lectern {

bool FingerprintAnalyzer::initialize(const AnalysisContext& context)
{
    if (!context.info.audio) return false;
    extractor_ = std::make_unique<FingerprintExtractor>();
    codes_.clear();
    return true;
}

void FingerprintAnalyzer::storeResults(ItemTransaction& transaction) const
{
    transaction.setFingerprint(kFingerprintVersion, codes_);
}

}  // namespace lectern
