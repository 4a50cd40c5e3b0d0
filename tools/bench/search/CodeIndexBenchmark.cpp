#include "CodeIndexBenchmark.h"

#include <cstdio>
#include <random>
#include <stdexcept>

#include "../BenchSupport.h"

#include "index/CodeIndex.h"

namespace lectern::bench {
namespace {

using Clock = std::chrono::steady_clock;

uint64_t flipped(uint64_t code, int bits, std::mt19937_64& random)
{
    for (int i = 0; i < bits; ++i) code ^= uint64_t(1) << (random() % 64);
    return code;
}

std::vector<StoredSegmentCode> generatedCodes(const std::vector<uint64_t>& realCodes, size_t count, bool spread,
                                              std::mt19937_64& random)
{
    std::vector<StoredSegmentCode> codes(count);
    for (size_t i = 0; i < count; ++i) {
        const uint64_t code =
            spread ? random() : flipped(realCodes[random() % realCodes.size()], static_cast<int>(random() % 5), random);
        codes[i] = {static_cast<int64_t>(i / 10), 5.0 * static_cast<double>(i % 10), code};
    }
    return codes;
}

template <typename Search>
double medianMilliseconds(const std::vector<uint64_t>& queries, Search search, double* meanHits = nullptr)
{
    std::vector<double> times;
    double hits = 0;
    for (uint64_t query : queries) {
        const auto start = Clock::now();
        hits += static_cast<double>(search(query).size());
        times.push_back(millisecondsSince(start));
    }
    if (meanHits) *meanHits = hits / static_cast<double>(queries.size());
    return percentile(times, 0.5);
}

void benchOne(const std::vector<uint64_t>& realCodes, size_t size, bool spread, size_t queryCount)
{
    std::mt19937_64 random(size + spread);
    auto codes = generatedCodes(realCodes, size, spread, random);
    std::vector<uint64_t> queries;
    for (size_t q = 0; q < queryCount; ++q) queries.push_back(flipped(codes[random() % codes.size()].code, 1, random));
    const auto buildStart = Clock::now();
    const CodeIndex index(std::move(codes));
    const double buildMs = millisecondsSince(buildStart);

    const double scanNearest = medianMilliseconds(queries, [&](uint64_t q) { return index.scanNearest(q, 10); });
    const double tablesNearest = medianMilliseconds(queries, [&](uint64_t q) { return index.nearest(q, 10); });
    double hitsWithin2 = 0;
    const double scanWithin = medianMilliseconds(queries, [&](uint64_t q) { return index.scanWithin(q, 2); }, &hitsWithin2);
    const double tablesWithin = medianMilliseconds(queries, [&](uint64_t q) { return index.within(q, 2); });
    std::printf("| %zu | %s | %.0f ms | %.0f MiB | %.2f | %.2f | %.2f | %.2f | %.0f |\n", size,
                spread ? "spread evenly" : "as the real codes", buildMs,
                static_cast<double>(index.memoryBytes()) / 1048576.0, scanNearest, tablesNearest, scanWithin,
                tablesWithin, hitsWithin2);
    std::fflush(stdout);
}

}  // namespace

void benchCodeIndex(const std::vector<uint64_t>& realCodes, const std::vector<size_t>& sizes, size_t queries)
{
    if (realCodes.empty()) throw std::runtime_error("the source library has no segment codes");
    std::printf("\nCode index (64-bit codes; %zu real codes seed them; median ms of %zu queries, one thread)\n\n",
                realCodes.size(), queries);
    std::printf("| segments | codes | build | memory | nearest 10: scan | nearest 10: tables | radius 2: scan | "
                "radius 2: tables | hits within 2 |\n|---|---|---|---|---|---|---|---|---|\n");
    for (size_t size : sizes) {
        benchOne(realCodes, size, false, queries);
        benchOne(realCodes, size, true, queries);
    }
}

}  // namespace lectern::bench
