// What every lectern-cli command shares: error reporting, JSON output, Ctrl+C
// and finding an item by id or path.
#pragma once

#include <csignal>
#include <optional>
#include <vector>
#include <string>

#include <QJsonDocument>

#include "catalog/CatalogReader.h"
#include "cli/CommandLine.h"
#include "cli/TerminalProgress.h"
#include "common/CancellationToken.h"
#include "media/ClipReader.h"

namespace lectern {

// Prints "lectern-cli: message" and returns the usage exit code.
int usageError(const std::string& message);
void printJson(const QJsonDocument& document);
std::string formatDuration(double seconds);
// Cancelled by Ctrl+C once cancelOnInterrupt is installed as the handler.
CancellationToken& interruptToken();
extern "C" void cancelOnInterrupt(int);

// Runs a long job (an import, a worker's analysis) with a progress bar on a
// terminal and Ctrl+C or SIGTERM cancelling it: `job(progress, cancel)`.
template <typename Job>
auto withProgressBar(Job&& job)
{
    std::signal(SIGINT, cancelOnInterrupt);
    std::signal(SIGTERM, cancelOnInterrupt);
    TerminalProgress bar;
    auto result = job([&bar](const ImportProgress& progress) { bar.update(progress); }, interruptToken());
    bar.finish();
    return result;
}

// "  failed: PATH: REASON", a line each.
void printFailures(const std::vector<FailedFile>& failures);
// An operand is an item id if it is all digits and such an item exists; else a
// path. No such item is a failure that names the operand.
Result<Item> findItem(CatalogReader& reader, const std::string& operand);
// The part of a clip that --start S and --end S name (the whole clip without them).
Result<ClipRange> clipRangeOption(const CommandLine& line);

}  // namespace lectern
