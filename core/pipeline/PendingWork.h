// Analysis of a library's pending items by claims (issue 28): what
// `lectern-cli work` runs on each of a school's computers, and what an
// import into a school library runs after registering its files. Each job
// claims an item (AnalysisLeases.h), analyses it and stores the results in
// one transaction while its claim holds; a heartbeat renews the claims.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "catalog/Library.h"
#include "common/CancellationToken.h"
#include "pipeline/Analyzer.h"
#include "pipeline/ImportProgress.h"

namespace lectern {

struct WorkOptions {
    int jobs = 0;                          // items analysed at once; 0: one per core
    std::chrono::seconds lease{300};       // how long a claim holds unless renewed
    AnalyzerFactory analyzers;             // empty: the default analyzers
    // Waits for more pending items instead of ending when none is left
    // (a computer that serves as a worker all day).
    bool follow = false;
    // Only these items (an import's own files); empty: every pending item.
    std::vector<int64_t> onlyItems;
};

struct WorkSummary {
    int analyzed = 0;
    int failed = 0;
    int missing = 0;     // the file was gone: kept pending, marked missing
    int claimsLost = 0;  // a claim lapsed before the results were stored: another worker has the item
    bool cancelled = false;
    std::vector<FailedFile> failures;
    std::vector<int64_t> analyzedIds;  // the items this run analysed, in the order it stored them
};

// Blocks until nothing is pending (or, following, until cancelled). Fails
// where the catalog cannot be written at all; an item that cannot be
// analysed fails alone. Cancelled, its claims are given back at once.
Result<WorkSummary> workOnPending(const Library& library, const WorkOptions& options, const ProgressCallback& progress,
                                  const CancellationToken& cancel);

}  // namespace lectern
