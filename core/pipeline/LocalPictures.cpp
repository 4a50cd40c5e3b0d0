#include "pipeline/LocalPictures.h"

#include "common/Paths.h"
#include "pipeline/AnalyzerChain.h"
#include "pipeline/DefaultAnalyzers.h"
#include "pipeline/ItemCache.h"

namespace lectern {

bool lacksLocalPictures(const Item& item, const std::filesystem::path& cacheDirectory)
{
    if (item.status != ItemStatus::Analyzed || item.missing) return false;
    std::error_code error;
    if (item.kind == MediaKind::Video) return !std::filesystem::exists(keyframeDirectory(cacheDirectory, item.id), error);
    return !std::filesystem::exists(spectrogramOverviewFile(cacheDirectory, item.id), error);
}

Status drawLocalPictures(const Item& item, const std::filesystem::path& cacheDirectory, const CancellationToken& cancel)
{
    const AnalysisOutcome outcome =
        runAnalyzerChainSafely({fromUtf8(item.path), item.id, cacheDirectory}, makePictureAnalyzers, cancel);
    if (outcome.state == AnalysisOutcome::State::Analyzed) return success();
    return failure(outcome.reason.empty() ? "the file could not be read" : outcome.reason);
}

}  // namespace lectern
