// The lectern-cli commands. Each returns the process exit code:
// 0 success, 1 some files failed, 2 usage or library error.
#pragma once

#include <filesystem>

#include "cli/CommandLine.h"

namespace lectern {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

int runImport(const std::filesystem::path& library, const CommandLine& line);
int runList(const std::filesystem::path& library, const CommandLine& line);
int runShow(const std::filesystem::path& library, const CommandLine& line);
int runRemove(const std::filesystem::path& library, const CommandLine& line);
int runRestoreBackup(const std::filesystem::path& library, const CommandLine& line);
int runMatch(const std::filesystem::path& library, const CommandLine& line);
int runKeyframes(const std::filesystem::path& library, const CommandLine& line);
int runSpectrogram(const std::filesystem::path& library, const CommandLine& line);
int runStats(const std::filesystem::path& library, const CommandLine& line);
int runClassify(const std::filesystem::path& library, const CommandLine& line);
int runSetClass(const std::filesystem::path& library, const CommandLine& line);
int runEmbed(const std::filesystem::path& library, const CommandLine& line);
int runEmbedText(const std::filesystem::path& library, const CommandLine& line);
int runDuplicates(const std::filesystem::path& library, const CommandLine& line);
int runSearch(const std::filesystem::path& library, const CommandLine& line);
int runWork(const std::filesystem::path& library, const CommandLine& line);
int runMediaRoot(const std::filesystem::path& library, const CommandLine& line);

}  // namespace lectern
