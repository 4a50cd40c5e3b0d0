// lectern-cli work: this computer analyses a school library's pending items
// beside the others (issue 28, pipeline/PendingWork.h).
#include <csignal>
#include <cstdlib>
#include <iostream>

#include <QJsonArray>
#include <QJsonObject>

#include "catalog/Library.h"
#include "cli/CliText.h"
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/TerminalProgress.h"
#include "common/Paths.h"
#include "platform/LibraryLocation.h"
#include "pipeline/PendingWork.h"

namespace lectern {
namespace {

QJsonObject toJson(const WorkSummary& summary)
{
    QJsonArray failures;
    for (const FailedFile& failure : summary.failures) {
        failures.append(QJsonObject{{"path", toQString(failure.path)}, {"reason", toQString(failure.reason)}});
    }
    return {{"analyzed", summary.analyzed},     {"failed", summary.failed},
            {"missing", summary.missing},       {"claims_lost", summary.claimsLost},
            {"cancelled", summary.cancelled},   {"failures", failures}};
}

}  // namespace

int runWork(const std::filesystem::path& library, const CommandLine& line)
{
    WorkOptions options;
    if (auto jobs = line.option("--jobs")) {
        options.jobs = std::atoi(jobs->c_str());
        if (options.jobs < 1) return usageError(tr("--jobs needs a positive number"));
    }
    if (auto lease = line.option("--lease")) {
        const int seconds = std::atoi(lease->c_str());
        if (seconds < 1) return usageError(tr("--lease needs a positive number of seconds"));
        options.lease = std::chrono::seconds(seconds);
    }
    options.follow = line.has("--follow");
    auto opened = Library::openForWriting(library);
    if (!opened) return usageError(opened.error().message);

    std::signal(SIGINT, cancelOnInterrupt);
    std::signal(SIGTERM, cancelOnInterrupt);
    TerminalProgress bar;
    auto summary = workOnPending(**opened, options, [&](const ImportProgress& progress) { bar.update(progress); },
                                 interruptToken());
    bar.finish();
    if (!summary) return usageError(summary.error().message);
    if (line.has("--json")) {
        printJson(QJsonDocument(toJson(*summary)));
    } else {
        std::cout << filled(tr("analysed %1, failed %2, missing %3, left to other workers %4"),
                            {std::to_string(summary->analyzed), std::to_string(summary->failed),
                             std::to_string(summary->missing), std::to_string(summary->claimsLost)})
                  << (summary->cancelled ? tr(" (cancelled)") : "") << "\n";
        for (const FailedFile& failed : summary->failures) {
            std::cout << "  " << filled(tr("failed: %1: %2"), {failed.path, failed.reason}) << "\n";
        }
    }
    if (summary->cancelled) return kExitSomeFailed;
    return summary->failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace lectern
