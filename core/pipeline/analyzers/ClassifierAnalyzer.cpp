#include "pipeline/analyzers/ClassifierAnalyzer.h"

#include "classify/AnnotationText.h"

namespace lectern {

bool ClassifierAnalyzer::initialize(const AnalysisContext& context)
{
    classifier_.emplace(models_, annotationText(context.tags, context.target.path), context.info.video.has_value());
    return true;
}

Status ClassifierAnalyzer::finish()
{
    try {
        result_ = classifier_->finish();
    } catch (const std::exception& error) {
        return failure(std::string("classification failed: ") + error.what());
    }
    return success();
}

void ClassifierAnalyzer::storeResults(ItemTransaction& transaction) const
{
    ItemClassification classification;
    classification.modelVersion = result_.modelVersion;
    for (size_t c = 0; c < kClassCount; ++c) classification.probabilities[c] = result_.probabilities[c];
    transaction.setClassification(classification);
    std::vector<SegmentEmbedding> segments;
    for (const ClassifiedSegment& segment : result_.segments) {
        segments.push_back({segment.startSeconds, segment.result.embedding, segment.result.code});
    }
    transaction.setSegmentEmbeddings(segments);
    transaction.setHeardSounds(result_.heard);
    if (!result_.audio.feature.empty()) {
        transaction.setItemEmbedding(result_.audio.feature, result_.soundProfile, result_.soundDescriptors,
                                     result_.sound);
    }
}

}  // namespace lectern
