#include "catalog/AnalysisLeases.h"

#include <atomic>
#include <cstdlib>
#include <random>

#include "catalog/Guarded.h"
#include "catalog/IdList.h"

#ifdef _WIN32
#include <process.h>
#define LECTERN_PROCESS_ID _getpid()
#else
#include <unistd.h>
#define LECTERN_PROCESS_ID getpid()
#endif

namespace lectern {
namespace {

using Backend = Database::Backend;

// "now", and "a lease from now" with the lease's seconds in parameter ?2:
// the server's clock on a server, so that computers whose clocks disagree
// still agree on when a claim lapses; seconds since 1970 in a folder.
const char* nowIn(Backend backend) { return backend == Backend::Postgres ? "now()" : "unixepoch()"; }
std::string leaseEndIn(Backend backend)
{
    return backend == Backend::Postgres ? "now() + make_interval(secs => ?2)" : "unixepoch() + ?2";
}

// "and the item is one of parameter ?3's", where there is a list.
std::string onlyThese(Backend backend, const std::vector<int64_t>& only)
{
    return only.empty() ? "" : " AND id" + inIdList(backend, 3);
}

// This computer's name, so that an administrator can tell whose claims they are.
std::string computerName()
{
#ifdef _WIN32
    const char* name = std::getenv("COMPUTERNAME");  // no Winsock start-up for gethostname
    return name && *name ? name : "computer";
#else
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0 || !*host) return "computer";
    return host;
#endif
}

}  // namespace

AnalysisLeases::AnalysisLeases(Database& db, std::string worker, std::chrono::seconds lease)
    : db_(db), worker_(std::move(worker)), lease_(lease)
{
}

std::string AnalysisLeases::workerName()
{
    static std::atomic<int> made{0};
    std::random_device random;
    return computerName() + ":" + std::to_string(LECTERN_PROCESS_ID) + ":" +
           std::to_string(++made) + ":" + std::to_string(random() % 100000);
}

Result<std::optional<ClaimedItem>> AnalysisLeases::claimNext()
{
    return guarded([&]() -> Result<std::optional<ClaimedItem>> {
        const Backend backend = db_.backend();
        // SQLite writes one transaction at a time, so its claim needs no row lock.
        const std::string sql =
            std::string("UPDATE items SET claimed_by = ?1, claimed_until = ") + leaseEndIn(backend) +
            " WHERE id = (SELECT id FROM items WHERE status = 'pending' AND missing_since IS NULL AND "
            "(claimed_until IS NULL OR claimed_until < " + nowIn(backend) + ")" + onlyThese(backend, only_) +
            " ORDER BY id LIMIT 1" +
            (backend == Backend::Postgres ? " FOR UPDATE SKIP LOCKED" : "") +
            ") RETURNING id, path, size, mtime_ns";
        Statement claim = db_.prepare(sql);
        claim.bind(1, worker_).bind(2, static_cast<int64_t>(lease_.count()));
        if (!only_.empty()) claim.bind(3, idListOf(only_));
        if (!claim.step()) return std::optional<ClaimedItem>();
        ClaimedItem item{claim.integer(0),
                         FileFacts{db_.mediaRoots().toLocal(claim.text(1)), claim.integer(2), claim.integer(3)}};
        claim.run();
        return std::optional<ClaimedItem>(std::move(item));
    });
}

Result<int64_t> AnalysisLeases::pendingLeft()
{
    return guarded([&]() -> Result<int64_t> {
        Statement left = db_.prepare("SELECT count(*) FROM items WHERE status = 'pending' AND missing_since IS NULL" +
                                     onlyThese(db_.backend(), only_));
        if (!only_.empty()) left.bind(3, idListOf(only_));
        left.step();
        return left.integer(0);
    });
}

Status AnalysisLeases::renew()
{
    return guarded([&] {
        Statement statement = db_.prepare(std::string("UPDATE items SET claimed_until = ") + leaseEndIn(db_.backend()) +
                                          " WHERE claimed_by = ?1 AND status = 'pending'");
        statement.bind(1, worker_).bind(2, static_cast<int64_t>(lease_.count()));
        statement.run();
    });
}

Status AnalysisLeases::releaseAll()
{
    return guarded([&] {
        Statement statement = db_.prepare("UPDATE items SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?1");
        statement.bind(1, worker_);
        statement.run();
    });
}

Result<AnalysisProgress> AnalysisLeases::progress(Database& db)
{
    return guarded([&]() -> Result<AnalysisProgress> {
        const std::string now = nowIn(db.backend());
        Statement statement = db.prepare(
            "SELECT coalesce(sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN status = 'pending' AND claimed_until >= " + now + " THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN status = 'analyzed' THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0), "
            "count(DISTINCT CASE WHEN status = 'pending' AND claimed_until >= " + now + " THEN claimed_by END), "
            "coalesce(sum(CASE WHEN status = 'pending' THEN size ELSE 0 END), 0) "
            "FROM items WHERE missing_since IS NULL");
        statement.step();
        return AnalysisProgress{statement.integer(0), statement.integer(5), statement.integer(1), statement.integer(2),
                                statement.integer(3), static_cast<int>(statement.integer(4))};
    });
}

}  // namespace lectern
