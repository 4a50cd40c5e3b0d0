// Decodes one file once and feeds every analyzer (design §3).
#pragma once

#include <filesystem>
#include <string>

#include "catalog/CatalogWriter.h"
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
// The same, an analyzer's exception turned into the item's failure.
AnalysisOutcome runAnalyzerChainSafely(const AnalysisTarget& target, const AnalyzerFactory& factory,
                                       const CancellationToken& cancel);

// Writes an outcome to the catalog in the item's one transaction; with a
// `claimant`, only while that worker still holds the item's claim
// (AnalysisLeases.h), else nothing is written (ErrorKind::ClaimLost).
Status storeOutcome(CatalogWriter& writer, int64_t itemId, const AnalysisOutcome& outcome,
                    const std::string& claimant = {});

}  // namespace lectern
