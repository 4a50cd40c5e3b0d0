#include "pipeline/PendingWork.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "catalog/AnalysisLeases.h"
#include "catalog/CatalogWriter.h"
#include "common/Paths.h"
#include "pipeline/AnalyzerChain.h"
#include "pipeline/DefaultAnalyzers.h"

namespace lectern {
namespace {

using Clock = std::chrono::steady_clock;

ImportProgress analysing()
{
    ImportProgress progress;
    progress.phase = ImportProgress::Phase::Analyzing;
    return progress;
}

// What the jobs share: the summary, the first error that ends the run, and the progress.
class SharedState {
public:
    void finished(const ClaimedItem& item, const AnalysisOutcome& outcome, const Status& stored)
    {
        std::lock_guard lock(mutex_);
        progress_.bytesDone += item.facts.size;
        if (!stored && stored.error().kind == ErrorKind::ClaimLost) {
            ++summary_.claimsLost;
            return;
        }
        ++progress_.filesDone;
        if (outcome.state == AnalysisOutcome::State::Vanished) ++summary_.missing;
        else if (outcome.state == AnalysisOutcome::State::Analyzed) {
            ++summary_.analyzed;
            summary_.analyzedIds.push_back(item.id);
        }
        else {
            ++summary_.failed;
            summary_.failures.push_back({item.facts.path, outcome.reason});
        }
    }
    void started(const ClaimedItem& item)
    {
        std::lock_guard lock(mutex_);
        progress_.currentFile = item.facts.path;
    }
    void fail(Error error)
    {
        std::lock_guard lock(mutex_);
        if (!error_) error_ = std::move(error);
    }
    std::optional<Error> error()
    {
        std::lock_guard lock(mutex_);
        return error_;
    }
    ImportProgress progress()
    {
        std::lock_guard lock(mutex_);
        return progress_;
    }
    void setTotal(const AnalysisProgress& pending)
    {
        std::lock_guard lock(mutex_);
        progress_.filesTotal = static_cast<int>(pending.pending);
        progress_.bytesTotal = pending.pendingBytes;
    }
    WorkSummary summary()
    {
        std::lock_guard lock(mutex_);
        return summary_;
    }

private:
    std::mutex mutex_;
    WorkSummary summary_;
    ImportProgress progress_ = analysing();
    std::optional<Error> error_;
};

// Stores an outcome as the importer does: where the results cannot be
// written the item fails with the reason, and only where even that cannot
// be written (or the disk is full) does the run end.
Status storeOrFail(CatalogWriter& writer, const ClaimedItem& item, AnalysisOutcome& outcome, const std::string& worker)
{
    Status status = storeOutcome(writer, item.id, outcome, worker);
    if (status) return status;
    // The server away (tried again by the caller), another worker's claim, or a full disk: not the item's fault.
    if (const ErrorKind kind = status.error().kind;
        kind == ErrorKind::ClaimLost || kind == ErrorKind::ConnectionLost || kind == ErrorKind::DiskFull) {
        return status;
    }
    outcome = {AnalysisOutcome::State::Failed, "could not store the analysis: " + status.error().message, {}};
    return storeOutcome(writer, item.id, outcome, worker);
}

// Sleeps up to `wait`, or less where cancelled, the run ends, or another
// job of this run finished an item (which may have been the last one held).
class Pause {
public:
    void wait(std::chrono::milliseconds wait, const CancellationToken& cancel)
    {
        std::unique_lock lock(mutex_);
        const uint64_t seen = nudges_;
        woken_.wait_for(lock, wait, [&] { return stopped_ || nudges_ != seen || cancel.cancelled(); });
    }
    void nudge()
    {
        std::lock_guard lock(mutex_);
        ++nudges_;
        woken_.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        woken_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable woken_;
    bool stopped_ = false;
    uint64_t nudges_ = 0;
};

// How long a job waits for a server that went away (restarted, the
// network down) before the run ends with the loss.
constexpr auto kServerAwayLimit = std::chrono::seconds(60);

// Runs `attempt` again, once a second, while the server cannot be reached,
// up to kServerAwayLimit: a restarted server finds its workers going on.
template <typename Attempt>
auto retriedWhileServerAway(Attempt&& attempt, Pause& pause, const CancellationToken& cancel)
{
    const auto deadline = Clock::now() + kServerAwayLimit;
    auto result = attempt();
    while (!result && result.error().kind == ErrorKind::ConnectionLost && Clock::now() < deadline &&
           !cancel.cancelled()) {
        pause.wait(std::chrono::seconds(1), cancel);
        result = attempt();
    }
    return result;
}

void runJob(const Library& library, const WorkOptions& options, const std::string& worker,
            const AnalyzerFactory& factory, SharedState& shared, Pause& idle, const CancellationToken& cancel)
{
    auto db = library.openConnection();
    if (!db) return shared.fail(db.error());
    AnalysisLeases leases(**db, worker, options.lease);
    leases.restrictTo(options.onlyItems);
    CatalogWriter writer(**db);
    while (!cancel.cancelled() && !shared.error()) {
        auto claimed = retriedWhileServerAway([&] { return leases.claimNext(); }, idle, cancel);
        if (!claimed) return shared.fail(claimed.error());
        if (!*claimed) {
            // Items other workers hold are waited for: done, or their claims lapse and come here.
            auto left = retriedWhileServerAway([&] { return leases.pendingLeft(); }, idle, cancel);
            if (!left) return shared.fail(left.error());
            if (*left == 0 && !options.follow) return;
            idle.wait(std::chrono::seconds(1), cancel);
            continue;
        }
        const ClaimedItem& item = **claimed;
        shared.started(item);
        AnalysisOutcome outcome =
            runAnalyzerChainSafely({fromUtf8(item.facts.path), item.id, library.cacheDirectory()}, factory, cancel);
        if (outcome.state == AnalysisOutcome::State::Cancelled) return;
        const Status stored =
            retriedWhileServerAway([&] { return storeOrFail(writer, item, outcome, worker); }, idle, cancel);
        if (!stored && stored.error().kind != ErrorKind::ClaimLost) return shared.fail(stored.error());
        shared.finished(item, outcome, stored);
        idle.nudge();
    }
}

}  // namespace

Result<WorkSummary> workOnPending(const Library& library, const WorkOptions& options, const ProgressCallback& progress,
                                  const CancellationToken& cancel)
{
    if (!library.writable()) return failure("the library is open read-only");
    const std::string worker = AnalysisLeases::workerName();
    auto control = library.openConnection();
    if (!control) return control.error();
    AnalysisLeases leases(**control, worker, options.lease);
    SharedState shared;
    if (auto before = AnalysisLeases::progress(**control); before) shared.setTotal(*before);

    const AnalyzerFactory factory = options.analyzers ? options.analyzers : makeDefaultAnalyzers;
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int jobs = std::max(1, options.jobs > 0 ? options.jobs : cores);
    Pause idle;
    std::atomic<int> running{jobs};
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < jobs; ++i) {
            threads.emplace_back([&] {
                runJob(library, options, worker, factory, shared, idle, cancel);
                --running;
            });
        }
        // The heartbeat: claims renewed at a third of the lease, progress every 200 ms.
        const auto renewEvery = std::max<Clock::duration>(options.lease / 3, std::chrono::milliseconds(200));
        auto renewed = Clock::now();
        while (running > 0) {
            idle.wait(std::chrono::milliseconds(200), cancel);
            if (cancel.cancelled()) idle.stop();
            if (Clock::now() - renewed >= renewEvery) {
                // A server away for a moment is tried again at the next beat; the jobs wait for it themselves.
                const Status status = leases.renew();
                if (!status && status.error().kind != ErrorKind::ConnectionLost) shared.fail(status.error());
                renewed = Clock::now();
            }
            if (progress) progress(shared.progress());
        }
    }
    // A cancelled or failed run leaves its items for the other workers at once, not after its lease.
    (void)leases.releaseAll();
    if (auto error = shared.error()) return *error;
    WorkSummary summary = shared.summary();
    summary.cancelled = cancel.cancelled();
    if (progress) {
        ImportProgress done = shared.progress();
        done.phase = ImportProgress::Phase::Finished;
        done.secondsLeft = 0.0;
        progress(done);
    }
    return summary;
}

}  // namespace lectern
