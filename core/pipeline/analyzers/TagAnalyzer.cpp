#include "pipeline/analyzers/TagAnalyzer.h"

namespace lectern {

bool TagAnalyzer::initialize(const AnalysisContext& context)
{
    tags_ = context.tags;
    return true;
}

void TagAnalyzer::storeResults(ItemTransaction& transaction) const { transaction.setTags(tags_); }

}  // namespace lectern
