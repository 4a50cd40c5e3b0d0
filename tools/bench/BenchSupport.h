// What the benchmarks share: size lists from the command line, timing
// and percentiles, and the process's peak memory.
#pragma once

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace lectern::bench {

// "10000,50000" → {10000, 50000}
inline std::vector<size_t> parseSizes(const std::string& text)
{
    std::vector<size_t> sizes;
    size_t start = 0;
    while (start < text.size()) {
        const size_t comma = text.find(',', start);
        sizes.push_back(std::stoul(text.substr(start, comma - start)));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return sizes;
}

inline double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The value below which a fraction p of `values` lie.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
}

inline double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace lectern::bench
