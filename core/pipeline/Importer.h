// Imports folders into a library: scan, plan, then a pool of workers runs
// the analyzer chains while the calling thread is the one catalog writer,
// committing each item in its own transaction (design §3, §8).
#pragma once

#include <filesystem>
#include <vector>

#include "catalog/Library.h"
#include "common/CancellationToken.h"
#include "pipeline/Analyzer.h"
#include "pipeline/ImportProgress.h"

namespace lectern {

struct ImportOptions {
    int workers = 0;            // 0: one per core
    AnalyzerFactory analyzers;  // empty: the default analyzers
    // The version of the models the analyzers classify with: unchanged files
    // classified by others are analysed again. Empty with the default
    // analyzers: the shared classifier models' version, where they load.
    std::string modelVersion;
    // Registers new and changed files as pending and ends there: the
    // school's workers (lectern-cli work) analyse them.
    bool registerOnly = false;
};

// Blocks until done or cancelled; cancellation takes effect within about a
// second, leaving unfinished items pending for the next import.
Result<ImportSummary> importMedia(Library& library, const std::vector<std::filesystem::path>& roots,
                                  const ImportOptions& options, const ProgressCallback& progress,
                                  const CancellationToken& cancel);

}  // namespace lectern
