#include "pipeline/ImportPlanner.h"

#include <algorithm>
#include <set>

#include "catalog/CatalogReader.h"
#include "catalog/CatalogWriter.h"
#include "common/Paths.h"
#include "pipeline/ContentHash.h"

namespace fs = std::filesystem;

namespace lectern {
namespace {

bool existsOnDisk(const std::string& path)
{
    std::error_code error;
    return fs::exists(fromUtf8(path), error);
}

class Planner {
public:
    Planner(Library& library, std::string modelVersion)
        : reader_(library.database()), writer_(library.database()), modelVersion_(std::move(modelVersion))
    {
    }

    Status planFile(const FileFacts& file, const std::map<std::string, StoredFileState>& stored)
    {
        if (auto it = stored.find(file.path); it != stored.end()) return planKnownPath(file, it->second);
        const std::string hash = contentHash(fromUtf8(file.path), file.size).valueOr({});
        if (!hash.empty()) {
            auto moved = findMovedItem(hash);
            if (!moved) return moved.error();
            if (*moved) return relocate(**moved, file);
        }
        auto id = writer_.addPending(file, hash);
        if (!id) return id.error();
        plan_.tasks.push_back({*id, file, ImportTask::Origin::New});
        return success();
    }

    // Pending rows outside the scanned folders: an earlier import was cut short.
    Status planLeftovers(const std::set<std::string>& scannedPaths)
    {
        auto pending = reader_.pendingItems();
        if (!pending) return pending.error();
        for (const Item& item : *pending) {
            if (scannedPaths.count(item.path) != 0) continue;
            if (existsOnDisk(item.path)) {
                plan_.tasks.push_back({item.id, {item.path, item.size, item.mtimeNs},
                                       ImportTask::Origin::Leftover});
                continue;
            }
            const std::string reason = "the file no longer exists";
            if (Status status = writer_.markFailed(item.id, reason); !status) return status;
            plan_.vanished.push_back({item.path, reason});
        }
        return success();
    }

    // Catalogued files under the scanned folders that the scan did not find
    // are marked missing (kept, with their analysis and edits), and those
    // found again lose the mark.
    Status planMissing(const std::vector<fs::path>& roots, const std::set<std::string>& scannedPaths,
                       const std::map<std::string, StoredFileState>& stored)
    {
        std::vector<std::string> prefixes;
        for (const fs::path& root : roots) {
            std::string prefix = toUtf8(fs::absolute(root).lexically_normal());
            if (!prefix.empty() && prefix.back() != '/' && prefix.back() != '\\') prefix += '/';
            prefixes.push_back(std::move(prefix));
        }
        for (const auto& [path, state] : stored) {
            const bool found = scannedPaths.count(path) != 0;
            if (found) {
                if (state.missing) {
                    if (Status status = writer_.setMissing(state.id, false); !status) return status;
                }
                continue;
            }
            if (state.missing || claimed_.count(state.id) != 0) continue;
            const std::string& file = path;  // clang 14 cannot capture a structured binding
            const bool underRoot = std::any_of(prefixes.begin(), prefixes.end(), [&file](const std::string& prefix) {
                return file.compare(0, prefix.size(), prefix) == 0 || file + '/' == prefix;
            });
            if (!underRoot || existsOnDisk(path)) continue;
            if (Status status = writer_.setMissing(state.id, true); !status) return status;
            ++plan_.missing;
        }
        return success();
    }

    ImportPlan take() { return std::move(plan_); }

private:
    Status planKnownPath(const FileFacts& file, const StoredFileState& state)
    {
        const bool same = state.size == file.size && state.mtimeNs == file.mtimeNs;
        if (same && analysedByOtherModels(state)) {
            if (Status status = writer_.markPending(state.id); !status) return status;
            plan_.tasks.push_back({state.id, file, ImportTask::Origin::Outdated});
            return success();
        }
        if (same && state.status != ItemStatus::Pending) {
            ++plan_.unchanged;
            return success();
        }
        if (same) {
            plan_.tasks.push_back({state.id, file, ImportTask::Origin::Resumed});
            return success();
        }
        const std::string hash = contentHash(fromUtf8(file.path), file.size).valueOr({});
        if (Status status = writer_.markChanged(state.id, file, hash); !status) return status;
        plan_.tasks.push_back({state.id, file, ImportTask::Origin::Changed});
        return success();
    }

    // Items that were never classified (no models then, or a failed file)
    // have nothing out of date.
    bool analysedByOtherModels(const StoredFileState& state) const
    {
        return state.status == ItemStatus::Analyzed && !modelVersion_.empty() && !state.modelVersion.empty() &&
               state.modelVersion != modelVersion_;
    }

    // An item with the same content whose old path is gone has been moved.
    Result<std::optional<Item>> findMovedItem(const std::string& hash)
    {
        auto candidates = reader_.findByContentHash(hash);
        if (!candidates) return candidates.error();
        for (Item& candidate : *candidates) {
            if (claimed_.count(candidate.id) == 0 && !existsOnDisk(candidate.path)) {
                claimed_.insert(candidate.id);
                return std::optional<Item>(std::move(candidate));
            }
        }
        return std::optional<Item>();
    }

    Status relocate(const Item& item, const FileFacts& file)
    {
        if (Status status = writer_.relocate(item.id, file); !status) return status;
        if (item.status == ItemStatus::Pending) {
            plan_.tasks.push_back({item.id, file, ImportTask::Origin::Resumed});
        } else {
            ++plan_.moved;
        }
        return success();
    }

    CatalogReader reader_;
    CatalogWriter writer_;
    std::string modelVersion_;
    ImportPlan plan_;
    std::set<int64_t> claimed_;
};

}  // namespace

Result<ImportPlan> planImport(Library& library, const std::vector<FileFacts>& scanned,
                              const std::string& modelVersion, const CancellationToken& cancel,
                              const std::vector<std::filesystem::path>& roots)
{
    auto stored = CatalogReader(library.database()).fileStates();
    if (!stored) return stored.error();
    try {
        Planner planner(library, modelVersion);
        Transaction transaction(library.database());
        std::set<std::string> scannedPaths;
        for (const FileFacts& file : scanned) {
            if (cancel.cancelled()) return failure("cancelled");
            scannedPaths.insert(file.path);
            if (Status status = planner.planFile(file, *stored); !status) return status.error();
        }
        if (Status status = planner.planLeftovers(scannedPaths); !status) return status.error();
        if (Status status = planner.planMissing(roots, scannedPaths, *stored); !status) return status.error();
        transaction.commit();
        return planner.take();
    } catch (const DatabaseError& error) {
        return error.asError();
    }
}

}  // namespace lectern
