// Compares what the scan found with what the catalog holds and records the
// work to do: new files become pending rows, changed files become pending
// again, moved files keep their row, pending rows of an interrupted import
// are picked up, and files analysed by other models than the current ones
// are analysed again (their embeddings and codes would not be comparable
// with the rest). All of it in one transaction.
#pragma once

#include <vector>

#include "catalog/Library.h"
#include "pipeline/FolderScanner.h"
#include "pipeline/ImportProgress.h"

namespace lectern {

struct ImportTask {
    // Leftover: a pending row this scan did not find (an earlier import,
    // perhaps of another folder, was cut short); Resumed: one it found.
    enum class Origin { New, Changed, Resumed, Outdated, Leftover };
    int64_t itemId = 0;
    FileFacts facts;
    Origin origin = Origin::New;
};

struct ImportPlan {
    std::vector<ImportTask> tasks;
    int unchanged = 0;
    int moved = 0;  // relocated without analysis
    std::vector<FailedFile> vanished;  // pending rows whose file is gone
    int missing = 0;  // analysed files gone from the scanned folders, newly marked missing
};

// modelVersion: the version of the models this import analyses with
// (ClassifierModels::version); empty: no item counts as outdated.
// roots: the folders and files scanned, whose vanished files are marked missing.
Result<ImportPlan> planImport(Library& library, const std::vector<FileFacts>& scanned,
                              const std::string& modelVersion, const CancellationToken& cancel,
                              const std::vector<std::filesystem::path>& roots = {});

}  // namespace lectern
