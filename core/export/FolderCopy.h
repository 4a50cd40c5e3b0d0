// Copies items' media files into one folder for a teacher to take away (a USB
// stick, a class share): names that clash get " (2)", " (3)", …; no name can
// reach outside the target; files already there are never overwritten.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "common/CancellationToken.h"
#include "common/Result.h"

namespace lectern {

struct FolderCopyProblem {
    std::string source;
    std::string reason;
};

struct FolderCopySummary {
    std::vector<std::filesystem::path> copied;  // where each copy went
    std::vector<FolderCopyProblem> problems;    // what could not be copied, and why
    bool cancelled = false;
};

// Called after each file: how many are done, of how many.
using FolderCopyProgress = std::function<void(size_t done, size_t total)>;

// A file name safe in any folder on Linux, Windows and macOS: no separators,
// control characters, reserved device names, or "." and "..".
std::string safeFileName(const std::string& name);

// Fails only when the target folder cannot be made; a file that cannot be
// copied is listed in the summary and the rest go on.
Result<FolderCopySummary> copyFilesToFolder(const std::vector<std::string>& sources,
                                            const std::filesystem::path& target,
                                            const FolderCopyProgress& progress = {},
                                            const CancellationToken& cancel = {});

}  // namespace lectern
