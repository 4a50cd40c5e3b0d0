#include "cli/CliText.h"
#include "cli/TerminalProgress.h"

#include <cstdio>
#include <string>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace lectern {
namespace {

std::string shortened(const std::string& path, size_t width)
{
    if (path.size() <= width) return path;
    return "..." + path.substr(path.size() - (width - 3));
}

std::string clock(double seconds)
{
    if (seconds < 0) return "--:--";
    const int total = static_cast<int>(seconds + 0.5);
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d", total / 60, total % 60);
    return text;
}

}  // namespace

TerminalProgress::TerminalProgress() : enabled_(isatty(fileno(stderr)) != 0) {}

void TerminalProgress::update(const ImportProgress& progress)
{
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - lastDraw_ < std::chrono::milliseconds(100)) return;
    lastDraw_ = now;
    drawn_ = true;
    if (progress.phase == ImportProgress::Phase::Scanning) {
        std::fprintf(stderr, "\r\033[K%s", tr("Scanning...").c_str());
        return;
    }
    constexpr int kBarWidth = 30;
    const double fraction = progress.bytesTotal > 0
                                ? static_cast<double>(progress.bytesDone) / static_cast<double>(progress.bytesTotal)
                                : 1.0;
    const int done = static_cast<int>(fraction * kBarWidth);
    std::string bar = std::string(static_cast<size_t>(done), '#') +
                      std::string(static_cast<size_t>(kBarWidth - done), '.');
    const std::string counts = filled(tr("%1/%2 files, %3 left"), {std::to_string(progress.filesDone),
                                                                   std::to_string(progress.filesTotal),
                                                                   clock(progress.secondsLeft)});
    std::fprintf(stderr, "\r\033[K[%s] %s  %s", bar.c_str(), counts.c_str(), shortened(progress.currentFile, 40).c_str());
    std::fflush(stderr);
}

void TerminalProgress::finish()
{
    if (enabled_ && drawn_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace lectern
