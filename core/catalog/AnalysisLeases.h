// Pending items claimed for analysis by workers on many computers (issue
// 28): a claim is a lease that its worker renews while it works. A worker
// that dies stops renewing, its claim lapses, and another worker takes the
// item; results are stored only while their worker still holds the claim,
// so no item is analysed to the catalog twice and none is lost.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/Database.h"
#include "catalog/Item.h"
#include "common/Result.h"

namespace lectern {

struct ClaimedItem {
    int64_t id = 0;
    FileFacts facts;
};

// The whole library's analysis, as every window of the school shows it.
struct AnalysisProgress {
    int64_t pending = 0;   // not analysed yet, claimed or not
    int64_t pendingBytes = 0;
    int64_t claimed = 0;   // of those, being analysed by a worker now
    int64_t analyzed = 0;
    int64_t failed = 0;
    int workers = 0;       // distinct workers holding claims
};

class AnalysisLeases {
public:
    // `worker` names this worker in the catalog (workerName()); a claim
    // lasts `lease` unless renewed.
    AnalysisLeases(Database& db, std::string worker, std::chrono::seconds lease);

    // A name no other worker has: the computer's name, the process and a number.
    static std::string workerName();

    // Only these items are claimed, and only they count as left
    // (pendingLeft): an import analyses the files it registered, not the
    // whole school's backlog. Empty: every pending item.
    void restrictTo(std::vector<int64_t> itemIds) { only_ = std::move(itemIds); }
    // The pending items left (claimed by someone or not), of those restrictTo names.
    Result<int64_t> pendingLeft();

    // Claims the first pending item that no worker holds (or whose claim
    // lapsed), skipping rows another worker is claiming at this moment
    // (FOR UPDATE SKIP LOCKED on a server). None when nothing is left.
    Result<std::optional<ClaimedItem>> claimNext();
    // Extends every claim of this worker by a lease from now.
    Status renew();
    // Gives back every claim of this worker (a cancelled run): the items stay pending for others.
    Status releaseAll();
    const std::string& worker() const { return worker_; }

    static Result<AnalysisProgress> progress(Database& db);

private:
    Database& db_;
    std::string worker_;
    std::chrono::seconds lease_;
    std::vector<int64_t> only_;
};

}  // namespace lectern
