#include "pipeline/analyzers/TagAnalyzer.h"

#include "media/TagReader.h"

namespace lectern {

bool TagAnalyzer::initialize(const AnalysisContext& context)
{
    tags_ = readTags(context.target.path);
    tags_.fillMissingFrom(context.info.containerTags);
    return true;
}

void TagAnalyzer::storeResults(ItemTransaction& transaction) const { transaction.setTags(tags_); }

}  // namespace lectern
