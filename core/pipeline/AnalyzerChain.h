// Decodes one file once and feeds every analyzer (design §3).
#pragma once

#include <filesystem>
#include <string>

#include "common/CancellationToken.h"
#include "pipeline/Analyzer.h"

namespace lectern {

struct AnalysisOutcome {
    enum class State { Analyzed, Failed, Cancelled };
    State state = State::Failed;
    std::string reason;     // for Failed: what a teacher can act on
    AnalyzerList analyzers;  // for Analyzed: the ones whose results are stored
};

AnalysisOutcome runAnalyzerChain(const AnalysisTarget& target, const AnalyzerFactory& factory,
                                 const CancellationToken& cancel);

}  // namespace lectern
