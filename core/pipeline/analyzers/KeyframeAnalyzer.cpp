#include "pipeline/analyzers/KeyframeAnalyzer.h"

#include "common/Paths.h"
#include "pipeline/ItemCache.h"

namespace lectern {

bool KeyframeAnalyzer::initialize(const AnalysisContext& context)
{
    if (!context.info.video || context.target.cacheDirectory.empty()) return false;
    target_ = context.target;
    cancel_ = context.cancel;
    return true;
}

Status KeyframeAnalyzer::finish()
{
    auto keyframes =
        extractKeyframes(target_.path, keyframeDirectory(target_.cacheDirectory, target_.itemId), {}, cancel_);
    if (keyframes) keyframes_ = std::move(keyframes).value();
    return success();
}

void KeyframeAnalyzer::storeResults(ItemTransaction& transaction) const
{
    std::vector<std::pair<double, std::string>> rows;
    for (const Keyframe& keyframe : keyframes_) rows.emplace_back(keyframe.timeSeconds, toUtf8(keyframe.thumbnail));
    transaction.setKeyframes(rows);
}

}  // namespace lectern
