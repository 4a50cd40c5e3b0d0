#include "pipeline/DefaultAnalyzers.h"

#include "pipeline/analyzers/FingerprintAnalyzer.h"
#include "pipeline/analyzers/KeyframeAnalyzer.h"
#include "pipeline/analyzers/LoudnessAnalyzer.h"
#include "pipeline/analyzers/SpectrogramAnalyzer.h"
#include "pipeline/analyzers/StreamFactsAnalyzer.h"
#include "pipeline/analyzers/TagAnalyzer.h"

namespace lectern {

AnalyzerList makeDefaultAnalyzers()
{
    AnalyzerList analyzers;
    analyzers.push_back(std::make_unique<StreamFactsAnalyzer>());
    analyzers.push_back(std::make_unique<TagAnalyzer>());
    analyzers.push_back(std::make_unique<LoudnessAnalyzer>());
    analyzers.push_back(std::make_unique<FingerprintAnalyzer>());
    analyzers.push_back(std::make_unique<SpectrogramAnalyzer>());
    analyzers.push_back(std::make_unique<KeyframeAnalyzer>());
    return analyzers;
}

}  // namespace lectern
