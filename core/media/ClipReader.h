// Reads a time range of a file as 16 kHz mono samples: the query clip of
// the example searches.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "common/Result.h"

namespace lectern {

struct ClipRange {
    double startSeconds = 0.0;
    std::optional<double> endSeconds;  // empty: to the end of the file
};

// Refuses ranges longer than maxSeconds rather than holding hours in memory.
Result<std::vector<float>> readClip(const std::filesystem::path& path, const ClipRange& range,
                                    double maxSeconds = 600.0);

}  // namespace lectern
