// Import throughput against decode-only throughput on the same files, so
// the pipeline's overhead is a ratio. Prints a table; not a test.
//
//   lectern-bench-import MEDIA_DIR [--workers N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "../BenchSupport.h"

#include "catalog/Library.h"
#include "media/MediaReader.h"
#include "pipeline/FolderScanner.h"
#include "pipeline/Importer.h"

namespace fs = std::filesystem;
using namespace lectern;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Decodes every file with `workers` threads; returns the audio seconds decoded.
double decodeOnly(const std::vector<FileFacts>& files, unsigned workers)
{
    std::atomic<size_t> next{0};
    std::atomic<long long> samples{0};
    std::vector<std::jthread> threads;
    for (unsigned w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            for (size_t i = next++; i < files.size(); i = next++) {
                auto reader = MediaReader::open(files[i].path);
                if (!reader) continue;
                while (true) {
                    auto chunk = (*reader)->nextAudioChunk();
                    if (!chunk || chunk->empty()) break;
                    samples += static_cast<long long>(chunk->size());
                }
            }
        });
    }
    threads.clear();
    return static_cast<double>(samples.load()) / kAnalysisSampleRate;
}

void printRow(const char* what, unsigned workers, size_t files, double audioSeconds, double wall)
{
    std::printf("%-26s %7u %7zu %10.1f %9.2f %10.1f %11.0fx\n", what, workers, files, audioSeconds / 60.0,
                wall, static_cast<double>(files) / wall, audioSeconds / wall);
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s MEDIA_DIR [--workers N]\n", argv[0]);
        return 2;
    }
    const fs::path media = argv[1];
    unsigned workers = std::max(1u, std::thread::hardware_concurrency());
    if (argc >= 4 && std::string(argv[2]) == "--workers") workers = static_cast<unsigned>(std::atoi(argv[3]));

    const ScanResult scan = scanForMedia({media}, {});
    std::printf("%zu files in %s, %u cores\n\n", scan.files.size(), media.c_str(),
                std::thread::hardware_concurrency());
    std::printf("%-26s %7s %7s %10s %9s %10s %12s\n", "phase", "workers", "files", "audio min", "wall s",
                "files/s", "x real time");

    decodeOnly(scan.files, workers);  // warm the page cache so both phases read from memory
    for (unsigned w : {1u, workers}) {
        auto start = std::chrono::steady_clock::now();
        const double audio = decodeOnly(scan.files, w);
        const double decodeWall = secondsSince(start);
        printRow("decode only", w, scan.files.size(), audio, decodeWall);

        const fs::path library = fs::temp_directory_path() / ("lectern-bench-" + std::to_string(w));
        fs::remove_all(library);
        auto opened = Library::openForWriting(library);
        if (!opened) {
            std::fprintf(stderr, "%s\n", opened.error().message.c_str());
            return 2;
        }
        ImportOptions options;
        options.workers = static_cast<int>(w);
        start = std::chrono::steady_clock::now();
        auto summary = importMedia(**opened, {media}, options, {}, {});
        const double importWall = secondsSince(start);
        if (!summary) {
            std::fprintf(stderr, "%s\n", summary.error().message.c_str());
            return 2;
        }
        printRow("import (full chain)", w, scan.files.size(), audio, importWall);

        start = std::chrono::steady_clock::now();
        auto again = importMedia(**opened, {media}, options, {}, {});
        const double reimportWall = secondsSince(start);
        std::printf("%-26s %7u %7zu %10s %9.3f\n", "re-import (unchanged)", w, scan.files.size(), "-",
                    reimportWall);
        std::printf("%-26s %.3f  (import wall / decode-only wall)\n", "  pipeline overhead", importWall / decodeWall);
        std::printf("%-26s %.4f  (re-import wall / import wall; %d unchanged)\n\n", "  re-import ratio",
                    reimportWall / importWall, again ? again->unchanged : -1);
        fs::remove_all(library);
    }
    std::printf("peak resident memory: %.1f MiB\n", bench::peakMemoryMiB());
    return 0;
}
