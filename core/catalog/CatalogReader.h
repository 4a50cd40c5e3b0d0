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
    std::optional<std::vector<std::string>> anyWords;  // or: any of these words (textMatches)
    std::optional<double> minDurationSeconds;
    std::optional<double> maxDurationSeconds;
    std::optional<std::string> folderPart;  // any part of the folder path, case-insensitive
    std::optional<std::string> folderTree;  // this folder and the folders below it
    std::optional<int> firstYear;           // tag year within [firstYear, lastYear]
    std::optional<int> lastYear;
    std::optional<std::string> language;  // a code as LanguageCode.h writes it
    std::optional<std::string> collection;    // items in the teacher's collection of this name
    std::optional<bool> missing;              // whose files were gone at the last scan, or not
    std::optional<std::vector<int64_t>> ids;  // only these items
    std::optional<int> limit;
};

// An item found by its annotation text, with its bm25 (lower is better, as
// FTS5 gives it).
struct TextMatch {
    Item item;
    double bm25 = 0.0;
    bool rankedAmongFirstMatchesOnly = false;  // more than kMostRankedMatches items matched
};

inline constexpr int kMostRankedMatches = 3000;

// A stamp of an item's stored segment rows: it changes whenever they are
// written again, so derived indexes can tell what is stale. The rows alone
// cannot say so: SQLite gives rows written again after the table's last ones
// the same row ids, so the analysed file's content hash, size and time of
// change are part of it.
struct SegmentStamp {
    int64_t itemId = 0;
    int64_t firstRow = 0;
    int64_t rows = 0;
    std::string contentHash;
    int64_t size = 0;
    int64_t modifiedNs = 0;
    bool operator==(const SegmentStamp&) const = default;
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
    std::string modelVersion;  // of the models that classified it; empty where none did
    bool missing = false;
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

    // By path; a collection's items in the order they were added.
    Result<std::vector<Item>> list(const ItemFilter& filter = {});
    // Items whose annotation matches filter.text, best first (filter.text required).
    Result<std::vector<TextMatch>> textMatches(const ItemFilter& filter);
    Result<std::optional<Item>> findById(int64_t id);
    Result<std::optional<Item>> findByPath(const std::string& path);
    Result<std::vector<Item>> findByContentHash(const std::string& hash);
    Result<std::map<std::string, StoredFileState>> fileStates();
    Result<std::vector<Item>> pendingItems();
    Result<CatalogStats> stats();
    Result<std::vector<StoredKeyframe>> keyframes(int64_t itemId);
    Result<std::optional<ItemClassification>> classification(int64_t itemId);
    Result<std::vector<SegmentEmbedding>> segmentEmbeddings(int64_t itemId);
    // The mean embeddings of these items (those that have one), by item id.
    Result<std::map<int64_t, std::vector<float>>> itemEmbeddings(const std::vector<int64_t>& itemIds);
    // Their sound profiles (classify/SoundProfile.h), where they have one.
    Result<std::map<int64_t, std::vector<float>>> itemSoundProfiles(const std::vector<int64_t>& itemIds);
    // Their sound descriptors (classify/SoundDescriptors.h), where they have them.
    Result<std::map<int64_t, std::vector<float>>> itemSoundDescriptors(const std::vector<int64_t>& itemIds);
    // Their sound embeddings (classify/HeardSounds.h), where they have one.
    Result<std::map<int64_t, std::vector<float>>> itemSoundEmbeddings(const std::vector<int64_t>& itemIds);
    // The items that sound like any of these concepts, loudest score first,
    // each once (with its best of them), at most `limit`.
    Result<std::vector<ItemHeard>> itemsHeardAs(const std::vector<std::string>& conceptIds, int limit);
    // The sounds heard in these items, by item id, strongest first.
    Result<std::map<int64_t, std::vector<HeardSound>>> heardSounds(const std::vector<int64_t>& itemIds);
    // Stored segment rows, of every item.
    Result<int64_t> segmentCount();
    // Every analysed item's segment codes, by item and time.
    Result<std::vector<StoredSegmentCode>> segmentCodes();
    // Of every analysed item with segment embeddings, by item id.
    Result<std::vector<SegmentStamp>> segmentStamps();
    // Of analysed items, made with this fingerprint version.
    Result<std::vector<StoredFingerprint>> fingerprints(int version);

    // A school library's changes since a client last looked (issue 28): only
    // the rows written by transactions that had not ended when it last
    // looked, so a client's index reads what is new and not the whole
    // catalog. `since` is what the last call answered as `upTo` (none: everything).
    struct Changes {
        std::vector<SegmentStamp> stamps;  // changed items that are analysed, with segments
        std::vector<int64_t> goneIds;      // changed items without them now, and removed items
        uint64_t upTo = 0;                 // the next call's `since`
    };
    bool readsChanges() const { return db_.backend() == Database::Backend::Postgres; }
    Result<Changes> changesSince(std::optional<uint64_t> since);
    // Where changesSince would start now, without reading anything else.
    Result<uint64_t> changesMark();

private:
    // A half-precision column of item_embeddings, by item id, for these items.
    Result<std::map<int64_t, std::vector<float>>> itemVectors(const char* column, const std::vector<int64_t>& itemIds);
    Result<std::optional<Item>> findOne(const char* condition,
                                        const std::function<void(Statement&)>& bind);

    Database& db_;
};

}  // namespace lectern
