// Read-only questions to the catalog. Each thread that reads uses its own
// Database connection (design §8).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "catalog/Database.h"
#include "catalog/Item.h"

namespace lectern {

struct ItemFilter {
    std::optional<ItemStatus> status;
    std::optional<MediaKind> kind;
    std::optional<std::string> resourceClass;
    std::optional<std::string> text;  // free words, matched through FTS5
};

struct CatalogStats {
    int64_t items = 0;
    double totalDurationSeconds = 0.0;
    std::map<std::string, int64_t> byStatus;
    std::map<std::string, int64_t> byKind;
    std::map<std::string, int64_t> byClass;
};

// What the import planner needs to know about a catalogued path.
struct StoredFileState {
    int64_t id = 0;
    int64_t size = 0;
    int64_t mtimeNs = 0;
    ItemStatus status = ItemStatus::Pending;
};

struct StoredFingerprint {
    int64_t itemId = 0;
    std::vector<uint32_t> codes;
};

struct StoredKeyframe {
    double timeSeconds = 0.0;
    std::string thumbnail;
};

class CatalogReader {
public:
    explicit CatalogReader(Database& db) : db_(db) {}

    Result<std::vector<Item>> list(const ItemFilter& filter = {});
    Result<std::optional<Item>> findById(int64_t id);
    Result<std::optional<Item>> findByPath(const std::string& path);
    Result<std::vector<Item>> findByContentHash(const std::string& hash);
    Result<std::map<std::string, StoredFileState>> fileStates();
    Result<std::vector<Item>> pendingItems();
    Result<CatalogStats> stats();
    Result<std::vector<StoredKeyframe>> keyframes(int64_t itemId);
    Result<std::optional<ItemClassification>> classification(int64_t itemId);
    Result<std::vector<SegmentEmbedding>> segmentEmbeddings(int64_t itemId);
    Result<std::optional<std::vector<float>>> itemEmbedding(int64_t itemId);
    // Every analysed item's segment codes, by item and time.
    Result<std::vector<StoredSegmentCode>> segmentCodes();
    // Of analysed items, made with this fingerprint version.
    Result<std::vector<StoredFingerprint>> fingerprints(int version);

private:
    Result<std::optional<Item>> findOne(const char* condition,
                                        const std::function<void(Statement&)>& bind);

    Database& db_;
};

}  // namespace lectern
