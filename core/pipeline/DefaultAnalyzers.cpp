#include "pipeline/DefaultAnalyzers.h"

#include <iostream>
#include <mutex>

#include "pipeline/analyzers/ClassifierAnalyzer.h"
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
    auto models = sharedClassifierModels();
    if (models) {
        analyzers.push_back(std::make_unique<ClassifierAnalyzer>(*models));
    } else {
        // Without models every other analysis still runs; items stay "unknown".
        static std::once_flag warned;
        std::call_once(warned, [&] { std::cerr << "lectern: " << models.error().message << "\n"; });
    }
    return analyzers;
}

AnalyzerList makePictureAnalyzers()
{
    AnalyzerList analyzers;
    analyzers.push_back(std::make_unique<SpectrogramAnalyzer>());
    analyzers.push_back(std::make_unique<KeyframeAnalyzer>());
    return analyzers;
}

}  // namespace lectern
