// Decodes one file once and feeds every analyzer (design §3).
#pragma once

#include <filesystem>
#include <string>

#include "common/CancellationToken.h"
#include "pipeline/Analyzer.h"

namespace lectern {

struct AnalysisOutcome {
    // Vanished: the file was gone when its turn came (an unplugged stick, a
    // dropped share); not the file's fault, so it stays pending, marked missing.
    enum class State { Analyzed, Failed, Vanished, Cancelled };
    State state = State::Failed;
    std::string reason;     // for Failed: what a teacher can act on
    AnalyzerList analyzers;  // for Analyzed: the ones whose results are stored
};

AnalysisOutcome runAnalyzerChain(const AnalysisTarget& target, const AnalyzerFactory& factory,
                                 const CancellationToken& cancel);

}  // namespace lectern
