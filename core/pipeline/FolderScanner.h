// Finds the media files below the folders (or among the files) a user
// dropped: recursively, skipping hidden entries and anything that is not media.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "catalog/Item.h"
#include "common/CancellationToken.h"

namespace lectern {

struct ScanProblem {
    std::string path;
    std::string reason;
};

struct ScanResult {
    std::vector<FileFacts> files;  // sorted by path, no duplicates
    std::vector<ScanProblem> problems;
};

int64_t modificationTimeNs(const std::filesystem::path& path, std::error_code& error);

ScanResult scanForMedia(const std::vector<std::filesystem::path>& roots,
                        const CancellationToken& cancel);

}  // namespace lectern
