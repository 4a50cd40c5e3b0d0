// What an import reports while it runs, and what it reports at the end.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/FolderScanner.h"

namespace lectern {

struct ImportProgress {
    enum class Phase { Scanning, Analyzing, Finished };
    Phase phase = Phase::Scanning;
    int filesDone = 0;
    int filesTotal = 0;
    int64_t bytesDone = 0;
    int64_t bytesTotal = 0;
    std::string currentFile;
    double secondsLeft = -1.0;  // negative while there is nothing to estimate from
};

using ProgressCallback = std::function<void(const ImportProgress&)>;

struct FailedFile {
    std::string path;
    std::string reason;
};

struct ImportSummary {
    int added = 0;      // new files, analysed
    int updated = 0;    // changed, moved, left unfinished by an earlier run, or analysed by older models
    int unchanged = 0;  // same path, size and modification time as before
    int failed = 0;     // could not be analysed; recorded with a reason
    int missing = 0;    // gone from the scanned folders since the last import; kept, marked missing
    int registered = 0; // left pending for the workers (ImportOptions::registerOnly)
    bool cancelled = false;
    std::vector<FailedFile> failures;
    std::vector<ScanProblem> problems;  // paths that could not be looked at
};

}  // namespace lectern
