#include "pipeline/Importer.h"

#include "catalog/ImportedFolders.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <set>
#include <thread>

#include "catalog/CatalogWriter.h"
#include "classify/FileClassifier.h"
#include "common/Paths.h"
#include "pipeline/AnalyzerChain.h"
#include "pipeline/DefaultAnalyzers.h"
#include "pipeline/ImportPlanner.h"
#include "pipeline/PendingWork.h"

namespace lectern {
namespace {

using Clock = std::chrono::steady_clock;

struct FinishedTask {
    size_t taskIndex = 0;
    AnalysisOutcome outcome;
};

// Hands tasks to workers and finished results to the writer. The queue of
// results is bounded so that workers cannot run far ahead of the writer.
class WorkQueue {
public:
    WorkQueue(const std::vector<ImportTask>& tasks, size_t workers)
        : tasks_(tasks), capacity_(2 * workers), workers_(workers)
    {
    }

    std::optional<size_t> nextTask(const CancellationToken& cancel)
    {
        if (cancel.cancelled()) return std::nullopt;
        const size_t index = next_.fetch_add(1);
        if (index >= tasks_.size()) return std::nullopt;
        std::lock_guard lock(mutex_);
        current_ = tasks_[index].facts.path;
        return index;
    }

    void push(FinishedTask finished, const CancellationToken& cancel)
    {
        std::unique_lock lock(mutex_);
        spaceAvailable_.wait(lock, [&] { return results_.size() < capacity_ || cancel.cancelled(); });
        results_.push_back(std::move(finished));
        resultAvailable_.notify_one();
    }

    void workerDone()
    {
        std::lock_guard lock(mutex_);
        --workers_;
        resultAvailable_.notify_one();
    }

    void wakeEveryone()
    {
        std::lock_guard lock(mutex_);
        spaceAvailable_.notify_all();
        resultAvailable_.notify_all();
    }

    // Waits briefly for results; an empty answer with allDone() set means the end.
    std::deque<FinishedTask> takeResults(std::chrono::milliseconds wait)
    {
        std::unique_lock lock(mutex_);
        resultAvailable_.wait_for(lock, wait, [&] { return !results_.empty() || workers_ == 0; });
        std::deque<FinishedTask> taken;
        taken.swap(results_);
        spaceAvailable_.notify_all();
        return taken;
    }

    bool allDone()
    {
        std::lock_guard lock(mutex_);
        return workers_ == 0 && results_.empty();
    }

    std::string currentFile()
    {
        std::lock_guard lock(mutex_);
        return current_;
    }

private:
    const std::vector<ImportTask>& tasks_;
    const size_t capacity_;
    std::atomic<size_t> next_{0};
    std::mutex mutex_;
    std::condition_variable spaceAvailable_;
    std::condition_variable resultAvailable_;
    std::deque<FinishedTask> results_;
    size_t workers_;
    std::string current_;
};

void runWorker(WorkQueue& queue, const std::vector<ImportTask>& tasks, const std::filesystem::path& cacheDirectory,
               const AnalyzerFactory& factory, const CancellationToken& cancel)
{
    while (auto index = queue.nextTask(cancel)) {
        const ImportTask& task = tasks[*index];
        AnalysisOutcome outcome =
            runAnalyzerChainSafely({fromUtf8(task.facts.path), task.itemId, cacheDirectory}, factory, cancel);
        if (outcome.state == AnalysisOutcome::State::Cancelled) break;
        queue.push({*index, std::move(outcome)}, cancel);
    }
    queue.workerDone();
}

void count(ImportSummary& summary, const ImportTask& task, const AnalysisOutcome& outcome)
{
    if (outcome.state == AnalysisOutcome::State::Vanished) {
        ++summary.missing;
    } else if (outcome.state != AnalysisOutcome::State::Analyzed) {
        ++summary.failed;
        summary.failures.push_back({task.facts.path, outcome.reason});
    } else if (task.origin == ImportTask::Origin::New) {
        ++summary.added;
    } else {
        ++summary.updated;
    }
}

class ProgressReporter {
public:
    ProgressReporter(const ProgressCallback& callback, const std::vector<ImportTask>& tasks)
        : callback_(callback), started_(Clock::now())
    {
        progress_.phase = ImportProgress::Phase::Analyzing;
        progress_.filesTotal = static_cast<int>(tasks.size());
        for (const ImportTask& task : tasks) progress_.bytesTotal += task.facts.size;
    }

    void finishedOne(const ImportTask& task)
    {
        ++progress_.filesDone;
        progress_.bytesDone += task.facts.size;
    }

    void report(const std::string& currentFile)
    {
        if (!callback_) return;
        progress_.currentFile = currentFile;
        const double elapsed = std::chrono::duration<double>(Clock::now() - started_).count();
        progress_.secondsLeft =
            progress_.bytesDone > 0
                ? elapsed * static_cast<double>(progress_.bytesTotal - progress_.bytesDone) /
                      static_cast<double>(progress_.bytesDone)
                : -1.0;
        callback_(progress_);
    }

    void finish()
    {
        progress_.phase = ImportProgress::Phase::Finished;
        progress_.secondsLeft = 0.0;
        if (callback_) callback_(progress_);
    }

private:
    const ProgressCallback& callback_;
    Clock::time_point started_;
    ImportProgress progress_;
};

// The models whose analysis the library should hold (ImportOptions).
std::string currentModelVersion(const ImportOptions& options)
{
    if (!options.modelVersion.empty() || options.analyzers) return options.modelVersion;
    auto models = sharedClassifierModels();
    return models ? (*models)->version : std::string();
}

// A school library's files are analysed by whichever computers work on it
// (PendingWork.h): this import is one of them for its own files, claiming
// them as the others do, so that no file is analysed by two at once. Its
// summary counts what it registered, and what failed or went missing in
// its own hands.
Result<ImportSummary> analyseByClaims(Library& library, const std::vector<ImportTask>& tasks,
                                      const ImportOptions& options, ImportSummary summary,
                                      const ProgressCallback& progress, const CancellationToken& cancel)
{
    WorkOptions work;
    work.jobs = options.workers;
    work.analyzers = options.analyzers;
    // What is pending outside the folders imported now is the workers'.
    for (const ImportTask& task : tasks) {
        if (task.origin != ImportTask::Origin::Leftover) work.onlyItems.push_back(task.itemId);
    }
    if (work.onlyItems.empty()) return summary;  // nothing of this import's to analyse
    auto done = workOnPending(library, work, progress, cancel);
    if (!done) return done.error();
    const std::set<int64_t> analyzed(done->analyzedIds.begin(), done->analyzedIds.end());
    for (const ImportTask& task : tasks) {
        if (analyzed.contains(task.itemId)) ++(task.origin == ImportTask::Origin::New ? summary.added : summary.updated);
    }
    summary.failed += done->failed;
    summary.missing += done->missing;
    summary.failures.insert(summary.failures.end(), done->failures.begin(), done->failures.end());
    summary.cancelled = done->cancelled;
    return summary;
}

}  // namespace

Result<ImportSummary> importMedia(Library& library, const std::vector<std::filesystem::path>& roots,
                                  const ImportOptions& options, const ProgressCallback& progress,
                                  const CancellationToken& cancel)
{
    if (!library.writable()) return failure("the library is open read-only");
    if (progress) progress(ImportProgress{});

    ImportSummary summary;
    for (const std::filesystem::path& root : roots) {
        std::error_code error;
        if (!std::filesystem::is_directory(root, error)) continue;
        // Only remembered for watching: a folder that cannot be noted is still imported.
        std::filesystem::path folder = std::filesystem::absolute(root).lexically_normal();
        if (!folder.has_filename()) folder = folder.parent_path();  // "media/" → "media"
        (void)ImportedFolders(library.database()).note(toUtf8(folder));
    }
    ScanResult scan = scanForMedia(roots, cancel);
    summary.problems = std::move(scan.problems);
    auto plan = planImport(library, scan.files, currentModelVersion(options), cancel, roots);
    if (!plan) {
        if (cancel.cancelled()) {
            summary.cancelled = true;
            return summary;
        }
        return plan.error();
    }
    summary.unchanged = plan->unchanged;
    summary.updated = plan->moved;
    summary.failed = static_cast<int>(plan->vanished.size());
    summary.failures = plan->vanished;
    summary.missing = plan->missing;

    const std::vector<ImportTask>& tasks = plan->tasks;
    if (options.registerOnly) {
        summary.registered = static_cast<int>(tasks.size());
        if (progress) progress(ImportProgress{ImportProgress::Phase::Finished, 0, 0, 0, 0, {}, 0.0});
        return summary;
    }
    if (library.onServer()) return analyseByClaims(library, tasks, options, summary, progress, cancel);
    const AnalyzerFactory factory = options.analyzers ? options.analyzers : makeDefaultAnalyzers;
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t workerCount = std::clamp<size_t>(
        options.workers > 0 ? static_cast<size_t>(options.workers) : cores, 1,
        std::max<size_t>(1, tasks.size()));

    WorkQueue queue(tasks, workerCount);
    ProgressReporter reporter(progress, tasks);
    CatalogWriter writer(library.database());
    std::optional<Error> writeError;
    {
        std::vector<std::jthread> workers;
        for (size_t i = 0; i < workerCount; ++i) {
            workers.emplace_back([&] { runWorker(queue, tasks, library.cacheDirectory(), factory, cancel); });
        }
        while (!queue.allDone()) {
            for (FinishedTask& finished : queue.takeResults(std::chrono::milliseconds(200))) {
                if (writeError) continue;  // drain only: workers may still be pushing
                const ImportTask& task = tasks[finished.taskIndex];
                Status status = storeOutcome(writer, task.itemId, finished.outcome);
                if (!status && !isDiskFull(status.error())) {
                    // This item's results could not be written: record it as failed and go on.
                    // If even that cannot be written, the catalog is unusable and the import ends;
                    // so it does at once where the disk is full, the item left pending for the next.
                    finished.outcome = {AnalysisOutcome::State::Failed,
                                        "could not store the analysis: " + status.error().message, {}};
                    status = storeOutcome(writer, task.itemId, finished.outcome);
                }
                if (!status) {
                    writeError = status.error();
                    cancel.cancel();
                    queue.wakeEveryone();
                    continue;
                }
                count(summary, task, finished.outcome);
                reporter.finishedOne(task);
            }
            if (cancel.cancelled()) queue.wakeEveryone();
            reporter.report(queue.currentFile());
        }
    }
    if (writeError) return *writeError;
    summary.cancelled = cancel.cancelled();
    // The way back from a damaged catalog, at most every ten minutes. Not
    // made, it is made after the next import.
    if (summary.added + summary.updated + summary.failed > 0) (void)library.backUpIfOlderThan(std::chrono::minutes(10));
    reporter.finish();
    return summary;
}

}  // namespace lectern
