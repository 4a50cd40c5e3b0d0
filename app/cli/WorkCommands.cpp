// lectern-cli work: this computer analyses a school library's pending items
// beside the others (issue 28, pipeline/PendingWork.h).
#include <csignal>
#include <cstdlib>
#include <iostream>

#include <QJsonArray>
#include <QJsonObject>

#include "catalog/Library.h"
#include "catalog/MediaRoots.h"
#include "catalog/PostgresDatabase.h"
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

    auto summary = withProgressBar([&](const ProgressCallback& progress, const CancellationToken& cancel) {
        return workOnPending(**opened, options, progress, cancel);
    });
    if (!summary) return usageError(summary.error().message);
    if (line.has("--json")) {
        printJson(QJsonDocument(toJson(*summary)));
    } else {
        std::cout << filled(tr("analysed %1, failed %2, missing %3, left to other workers %4"),
                            {std::to_string(summary->analyzed), std::to_string(summary->failed),
                             std::to_string(summary->missing), std::to_string(summary->claimsLost)})
                  << (summary->cancelled ? tr(" (cancelled)") : "") << "\n";
        printFailures(summary->failures);
    }
    if (summary->cancelled) return kExitSomeFailed;
    return summary->failed > 0 ? kExitSomeFailed : kExitOk;
}

int runMediaRoot(const std::filesystem::path& library, const CommandLine& line)
{
    if (line.operands.size() > 2) return usageError(tr("media-root takes a NAME and a PATH, or a NAME alone to forget it"));
    if (!isServerLocation(toUtf8(library))) {
        return usageError(tr("media roots belong to a school library: give its postgresql:// address with --library"));
    }
    const std::filesystem::path file = Library::localFolderFor(toUtf8(library)) / "media-roots";
    if (!line.operands.empty()) {
        std::error_code error;
        std::filesystem::create_directories(file.parent_path(), error);
        const std::string path = line.operands.size() == 2 ? toUtf8(std::filesystem::absolute(fromUtf8(line.operands[1])))
                                                           : std::string();
        if (Status saved = MediaRoots::saveRoot(file, line.operands[0], path); !saved) {
            return usageError(saved.error().message);
        }
    }
    auto roots = MediaRoots::load(file);
    if (!roots) return usageError(roots.error().message);
    for (const MediaRoot& root : roots->roots()) std::cout << root.name << "=" << root.localPath << "\n";
    return kExitOk;
}

}  // namespace lectern
