#include "catalog/CatalogReader.h"

#include "catalog/FtsQuery.h"
#include "catalog/Guarded.h"
#include "catalog/IdList.h"
#include "common/HalfFloat.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace lectern {
namespace {

// A float16 embedding BLOB as floats.
std::vector<float> halvesOf(const Statement& statement, int column)
{
    const auto [data, bytes] = statement.blob(column);
    std::vector<uint16_t> halves(bytes / 2);
    if (bytes >= 2) std::memcpy(halves.data(), data, halves.size() * 2);
    return fromHalves(halves.data(), halves.size());
}


// Qualified, because the FTS table shares some column names.
constexpr const char* kItemColumns =
    "items.id, items.path, items.folder, items.file_name, items.size, items.mtime_ns, "
    "items.content_hash, items.kind, items.duration_s, items.container, "
    "items.audio_codec, items.sample_rate, items.channels, items.video_codec, "
    "items.width, items.height, items.frame_rate, items.title, items.artist, "
    "items.album, items.genre, items.comment, items.year, items.track, items.status, "
    "items.error, items.class, items.class_source, items.added_at, items.loudness_lufs, "
    "items.loudness_range_lu, items.true_peak_dbtp, items.class_confidence, items.language, items.tags_source, items.missing_since IS NOT NULL";

Item readItem(const Statement& row, const MediaRoots& roots)
{
    Item item;
    int c = 0;
    item.id = row.integer(c++);
    item.path = roots.toLocal(row.text(c++));
    item.folder = roots.toLocal(row.text(c++));
    item.fileName = row.text(c++);
    item.size = row.integer(c++);
    item.mtimeNs = row.integer(c++);
    item.contentHash = row.text(c++);
    item.kind = parseMediaKind(row.text(c++)).value_or(MediaKind::Audio);
    item.durationSeconds = row.real(c++);
    item.container = row.text(c++);
    item.audioCodec = row.text(c++);
    item.sampleRate = static_cast<int>(row.integer(c++));
    item.channels = static_cast<int>(row.integer(c++));
    item.videoCodec = row.text(c++);
    item.width = static_cast<int>(row.integer(c++));
    item.height = static_cast<int>(row.integer(c++));
    item.frameRate = row.real(c++);
    item.tags.title = row.text(c++);
    item.tags.artist = row.text(c++);
    item.tags.album = row.text(c++);
    item.tags.genre = row.text(c++);
    item.tags.comment = row.text(c++);
    item.tags.year = static_cast<int>(row.integer(c++));
    item.tags.track = static_cast<int>(row.integer(c++));
    item.status = parseItemStatus(row.text(c++)).value_or(ItemStatus::Pending);
    item.error = row.text(c++);
    item.resourceClass = row.text(c++);
    item.classSource = row.text(c++) == "manual" ? ClassSource::Manual : ClassSource::Auto;
    item.addedAt = row.integer(c++);
    const auto optionalReal = [&row](int column) {
        return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
    };
    item.loudnessLufs = optionalReal(c++);
    item.loudnessRangeLu = optionalReal(c++);
    item.truePeakDbtp = optionalReal(c++);
    item.classConfidence = optionalReal(c++);
    item.tags.language = row.text(c++);
    item.tagsEdited = row.text(c++) == "manual";
    item.missing = row.integer(c++) != 0;
    return item;
}


std::vector<Item> readAll(Statement& statement, const MediaRoots& roots)
{
    std::vector<Item> items;
    while (statement.step()) items.push_back(readItem(statement, roots));
    return items;
}

using Backend = Database::Backend;

// The full-text condition and rank of parameter ?4 (FtsQuery.h): FTS5's
// MATCH and bm25 on SQLite, a tsquery of the 'simple' configuration and
// ts_rank_cd on a server (negated, so that lower is better in both).
std::string matchCondition(Backend backend)
{
    return backend == Backend::Sqlite ? " AND items_fts MATCH ?4"
                                      : " AND items.words @@ to_tsquery('simple', lectern_fold(?4))";
}
std::string matchRank(Backend backend)
{
    // Normalisation 1 divides by 1 + the log of the item's number of words:
    // a word in a short title ranks above the same word in a long comment, as with bm25.
    return backend == Backend::Sqlite ? "bm25(items_fts)"
                                      : "-ts_rank_cd(items.words, to_tsquery('simple', lectern_fold(?4)), 1)";
}

std::optional<std::string> matchExpression(Backend backend, std::string_view userText)
{
    return backend == Backend::Sqlite ? toFtsExpression(userText) : toTsQuery(userText);
}
std::optional<std::string> matchAnyOf(Backend backend, const std::vector<std::string>& words)
{
    return backend == Backend::Sqlite ? toFtsAnyOf(words) : toTsQueryAnyOf(words);
}

// The WHERE conditions of a filter; parameters are bound by number, so no
// text a user typed ever becomes SQL.
std::string conditionsOf(const ItemFilter& filter, bool withMatch, Backend backend)
{
    std::string sql = " WHERE 1 = 1";
    if (filter.status) sql += " AND items.status = ?1";
    if (filter.kind) sql += " AND items.kind = ?2";
    if (filter.resourceClass) sql += " AND items.class = ?3";
    if (withMatch) sql += matchCondition(backend);
    if (filter.minDurationSeconds) sql += " AND items.duration_s > ?5";
    if (filter.maxDurationSeconds) sql += " AND items.duration_s < ?6";
    // SQLite's LIKE ignores the case of ASCII letters; the server's ILIKE does so too.
    if (filter.folderPart) {
        sql += std::string(" AND items.folder ") + (backend == Backend::Sqlite ? "LIKE" : "ILIKE") +
               " '%' || CAST(?7 AS TEXT) || '%' ESCAPE '\\'";
    }
    if (filter.firstYear) sql += " AND items.year >= ?8";
    if (filter.lastYear) sql += " AND items.year <= ?9";
    if (filter.ids) sql += " AND items.id" + inIdList(backend, 10);
    if (filter.language) sql += " AND items.language = ?11";
    if (filter.missing) sql += *filter.missing ? " AND items.missing_since IS NOT NULL" : " AND items.missing_since IS NULL";
    if (filter.folderTree) {
        sql += " AND (items.folder = CAST(?13 AS TEXT) OR substr(items.folder, 1, length(CAST(?13 AS TEXT)) + 1) IN "
               "(CAST(?13 AS TEXT) || '/', CAST(?13 AS TEXT) || '\\'))";
    }
    if (filter.collection) {
        sql += " AND items.id IN (SELECT ci.item_id FROM collection_items ci JOIN collections c "
               "ON c.id = ci.collection_id WHERE c.name = ?12)";
    }
    return sql;
}

std::string likeEscaped(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

void bindConditions(Statement& statement, const ItemFilter& filter, const std::optional<std::string>& match,
                    const MediaRoots& roots = {})
{
    if (filter.status) statement.bind(1, nameOf(*filter.status));
    if (filter.kind) statement.bind(2, nameOf(*filter.kind));
    if (filter.resourceClass) statement.bind(3, *filter.resourceClass);
    if (match) statement.bind(4, *match);
    if (filter.minDurationSeconds) statement.bind(5, *filter.minDurationSeconds);
    if (filter.maxDurationSeconds) statement.bind(6, *filter.maxDurationSeconds);
    if (filter.folderPart) statement.bind(7, likeEscaped(*filter.folderPart));
    if (filter.firstYear) statement.bind(8, static_cast<int64_t>(*filter.firstYear));
    if (filter.lastYear) statement.bind(9, static_cast<int64_t>(*filter.lastYear));
    if (filter.ids) statement.bind(10, idListOf(*filter.ids));
    if (filter.language) statement.bind(11, *filter.language);
    if (filter.collection) statement.bind(12, *filter.collection);
    if (filter.folderTree) statement.bind(13, roots.toStored(*filter.folderTree));
}

std::string limitOf(const ItemFilter& filter)
{
    return filter.limit ? " LIMIT " + std::to_string(std::max(0, *filter.limit)) : "";
}

}  // namespace

Result<std::vector<Item>> CatalogReader::list(const ItemFilter& filter)
{
    return guarded([&]() -> Result<std::vector<Item>> {
        std::optional<std::string> match;
        const Backend backend = db_.backend();
        if (filter.text) {
            match = matchExpression(backend, *filter.text);
        }
        std::string sql = std::string("SELECT ") + kItemColumns + " FROM items";
        if (match && backend == Backend::Sqlite) sql += " JOIN items_fts ON items_fts.rowid = items.id";
        sql += conditionsOf(filter, match.has_value(), backend);
        // A collection lists in the order the teacher added its items.
        const std::string order = match ? " ORDER BY " + matchRank(backend) + ", items.id"
                                  : filter.collection ? " ORDER BY (SELECT ci.position FROM collection_items ci JOIN "
                                                        "collections c ON c.id = ci.collection_id WHERE c.name = ?12 "
                                                        "AND ci.item_id = items.id)"
                                                      : " ORDER BY items.path";
        sql += order;
        sql += limitOf(filter);
        Statement statement = db_.prepare(sql);
        bindConditions(statement, filter, match, db_.mediaRoots());
        return readAll(statement, db_.mediaRoots());
    });
}

Result<std::vector<TextMatch>> CatalogReader::textMatches(const ItemFilter& filter)
{
    return guarded([&]() -> Result<std::vector<TextMatch>> {
        const Backend backend = db_.backend();
        const std::optional<std::string> match = filter.text       ? matchExpression(backend, *filter.text)
                                                 : filter.anyWords ? matchAnyOf(backend, *filter.anyWords)
                                                                   : std::nullopt;
        if (!match) return std::vector<TextMatch>();
        // A word in most of the catalog would cost a bm25 score for every row
        // (110 ms at 100k items): only the first kMostRankedMatches matches
        // are ranked, and the caller is told, so that it can say "add a
        // word". CROSS JOIN keeps SQLite from driving the search from the
        // items table and probing the full-text index row by row. Only ids
        // and scores are ranked here; the rows are read for the best alone,
        // as sorting thousands of whole rows in SQL cost 15 ms at 100k items.
        // Whether the filter asks anything of the items table besides the full text.
        const bool filtered = conditionsOf(filter, false, backend) != conditionsOf({}, false, backend);
        const std::string from =
            backend == Backend::Sqlite
                ? std::string("SELECT items_fts.rowid, bm25(items_fts) FROM items_fts") +
                      (filtered ? " CROSS JOIN items ON items.id = items_fts.rowid" : "")
                : "SELECT items.id, " + matchRank(backend) + " FROM items";
        const std::string sql =
            from + conditionsOf(filter, true, backend) + " LIMIT " + std::to_string(kMostRankedMatches + 1);
        Statement statement = db_.prepare(sql);
        bindConditions(statement, filter, match, db_.mediaRoots());
        std::vector<std::pair<double, int64_t>> ranked;
        while (statement.step()) ranked.emplace_back(statement.real(1), statement.integer(0));
        const bool rankedAmongFirstOnly = ranked.size() > static_cast<size_t>(kMostRankedMatches);
        if (rankedAmongFirstOnly) ranked.pop_back();
        const size_t kept = std::min(ranked.size(), static_cast<size_t>(std::max(0, filter.limit.value_or(INT32_MAX))));
        // By rank, then by id where ranks tie, the same on both backends.
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept), ranked.end());
        ranked.resize(kept);

        ItemFilter best;
        best.ids = std::vector<int64_t>();
        for (const auto& [score, id] : ranked) best.ids->push_back(id);
        auto items = list(best);
        if (!items) return items.error();
        std::map<int64_t, Item*> byId;
        for (Item& item : *items) byId.emplace(item.id, &item);
        std::vector<TextMatch> matches;
        for (const auto& [score, id] : ranked) {
            if (const auto found = byId.find(id); found != byId.end()) {
                matches.push_back({std::move(*found->second), score, rankedAmongFirstOnly});
            }
        }
        return matches;
    });
}

Result<std::optional<Item>> CatalogReader::findById(int64_t id)
{
    return findOne("items.id = ?1", [id](Statement& statement) { statement.bind(1, id); });
}

Result<std::optional<Item>> CatalogReader::findByPath(const std::string& path)
{
    return findOne("items.path = ?1",
                   [&](Statement& statement) { statement.bind(1, db_.mediaRoots().toStored(path)); });
}

Result<std::optional<Item>> CatalogReader::findOne(const char* condition,
                                                   const std::function<void(Statement&)>& bind)
{
    return guarded([&]() -> Result<std::optional<Item>> {
        Statement statement =
            db_.prepare(std::string("SELECT ") + kItemColumns + " FROM items WHERE " + condition);
        bind(statement);
        if (!statement.step()) return std::optional<Item>();
        return std::optional<Item>(readItem(statement, db_.mediaRoots()));
    });
}

Result<std::vector<Item>> CatalogReader::findByContentHash(const std::string& hash)
{
    return guarded([&]() -> Result<std::vector<Item>> {
        Statement statement = db_.prepare(std::string("SELECT ") + kItemColumns +
                                          " FROM items WHERE content_hash = ?1 ORDER BY id");
        statement.bind(1, hash);
        return readAll(statement, db_.mediaRoots());
    });
}

Result<std::map<std::string, StoredFileState>> CatalogReader::fileStates()
{
    return guarded([&]() -> Result<std::map<std::string, StoredFileState>> {
        Statement statement = db_.prepare(
            "SELECT path, id, size, mtime_ns, status, coalesce(c.model_version, ''), missing_since IS NOT NULL "
            "FROM items "
            "LEFT JOIN classifications c ON c.item_id = items.id");
        std::map<std::string, StoredFileState> states;
        while (statement.step()) {
            states.emplace(db_.mediaRoots().toLocal(statement.text(0)),
                           StoredFileState{statement.integer(1), statement.integer(2),
                                           statement.integer(3),
                                           parseItemStatus(statement.text(4))
                                               .value_or(ItemStatus::Pending),
                                           statement.text(5), statement.integer(6) != 0});
        }
        return states;
    });
}

Result<std::vector<Item>> CatalogReader::pendingItems()
{
    ItemFilter filter;
    filter.status = ItemStatus::Pending;
    return list(filter);
}

Result<std::vector<StoredFingerprint>> CatalogReader::fingerprints(int version)
{
    return guarded([&]() -> Result<std::vector<StoredFingerprint>> {
        Statement statement = db_.prepare(
            "SELECT f.item_id, f.codes FROM fingerprints f JOIN items i ON i.id = f.item_id "
            "WHERE f.version = ?1 AND i.status = 'analyzed' ORDER BY f.item_id");
        statement.bind(1, version);
        std::vector<StoredFingerprint> all;
        while (statement.step()) {
            const auto [data, bytes] = statement.blob(1);
            StoredFingerprint stored{statement.integer(0), std::vector<uint32_t>(bytes / sizeof(uint32_t))};
            if (bytes > 0) std::memcpy(stored.codes.data(), data, stored.codes.size() * sizeof(uint32_t));
            all.push_back(std::move(stored));
        }
        return all;
    });
}

Result<std::optional<ItemClassification>> CatalogReader::classification(int64_t itemId)
{
    return guarded([&]() -> Result<std::optional<ItemClassification>> {
        Statement statement = db_.prepare(
            "SELECT model_version, music, language, lecture, drama, audiobook FROM classifications "
            "WHERE item_id = ?1");
        statement.bind(1, itemId);
        if (!statement.step()) return std::optional<ItemClassification>{};
        ItemClassification classification;
        classification.modelVersion = statement.text(0);
        for (int c = 0; c < 5; ++c) classification.probabilities[static_cast<size_t>(c)] = statement.real(c + 1);
        return std::optional<ItemClassification>{classification};
    });
}

Result<std::vector<SegmentEmbedding>> CatalogReader::segmentEmbeddings(int64_t itemId)
{
    return guarded([&]() -> Result<std::vector<SegmentEmbedding>> {
        Statement statement = db_.prepare(
            "SELECT start_s, embedding, code FROM segment_embeddings WHERE item_id = ?1 ORDER BY start_s");
        statement.bind(1, itemId);
        std::vector<SegmentEmbedding> segments;
        while (statement.step()) {
            SegmentEmbedding segment{statement.real(0), halvesOf(statement, 1), std::nullopt};
            if (!statement.isNull(2)) segment.code = static_cast<uint64_t>(statement.integer(2));
            segments.push_back(std::move(segment));
        }
        return segments;
    });
}

Result<std::map<int64_t, std::vector<float>>> CatalogReader::itemEmbeddings(const std::vector<int64_t>& itemIds)
{
    return itemVectors("embedding", itemIds);
}

Result<std::map<int64_t, std::vector<float>>> CatalogReader::itemSoundProfiles(const std::vector<int64_t>& itemIds)
{
    return itemVectors("profile", itemIds);
}

Result<std::map<int64_t, std::vector<float>>> CatalogReader::itemSoundDescriptors(
    const std::vector<int64_t>& itemIds)
{
    return itemVectors("descriptors", itemIds);
}

Result<std::map<int64_t, std::vector<float>>> CatalogReader::itemVectors(const char* column,
                                                                         const std::vector<int64_t>& itemIds)
{
    return guarded([&]() -> Result<std::map<int64_t, std::vector<float>>> {
        ItemFilter only;
        only.ids = itemIds;
        Statement statement = db_.prepare(std::string("SELECT item_id, ") + column + " FROM item_embeddings WHERE " +
                                          column + " IS NOT NULL AND item_id" + inIdList(db_.backend(), 10));
        bindConditions(statement, only, std::nullopt);
        std::map<int64_t, std::vector<float>> vectors;
        while (statement.step()) vectors.emplace(statement.integer(0), halvesOf(statement, 1));
        return vectors;
    });
}

Result<std::map<int64_t, std::vector<float>>> CatalogReader::itemSoundEmbeddings(const std::vector<int64_t>& itemIds)
{
    return itemVectors("sound", itemIds);
}

Result<std::vector<ItemHeard>> CatalogReader::itemsHeardAs(const std::vector<std::string>& conceptIds, int limit)
{
    return guarded([&]() -> Result<std::vector<ItemHeard>> {
        Statement statement = db_.prepare(
            "SELECT item_id, score, at_s FROM heard_sounds WHERE concept = ?1 ORDER BY score DESC LIMIT ?2");
        std::map<int64_t, ItemHeard> best;
        for (const std::string& conceptId : conceptIds) {
            statement.bind(1, conceptId).bind(2, static_cast<int64_t>(limit));
            while (statement.step()) {
                const ItemHeard heard{statement.integer(0),
                                      {conceptId, static_cast<float>(statement.real(1)), statement.real(2)}};
                auto [entry, added] = best.emplace(heard.itemId, heard);
                if (!added && heard.sound.score > entry->second.sound.score) entry->second = heard;
            }
            statement.reset();
        }
        std::vector<ItemHeard> heard;
        for (auto& [id, entry] : best) heard.push_back(std::move(entry));
        std::stable_sort(heard.begin(), heard.end(),
                         [](const ItemHeard& a, const ItemHeard& b) { return a.sound.score > b.sound.score; });
        if (heard.size() > static_cast<size_t>(limit)) heard.resize(static_cast<size_t>(limit));
        return heard;
    });
}

Result<std::map<int64_t, std::vector<HeardSound>>> CatalogReader::heardSounds(const std::vector<int64_t>& itemIds)
{
    return guarded([&]() -> Result<std::map<int64_t, std::vector<HeardSound>>> {
        ItemFilter only;
        only.ids = itemIds;
        Statement statement = db_.prepare("SELECT item_id, concept, score, at_s FROM heard_sounds WHERE item_id" +
                                          inIdList(db_.backend(), 10) + " ORDER BY item_id, score DESC");
        bindConditions(statement, only, std::nullopt);
        std::map<int64_t, std::vector<HeardSound>> sounds;
        while (statement.step()) {
            sounds[statement.integer(0)].push_back(
                {statement.text(1), static_cast<float>(statement.real(2)), statement.real(3)});
        }
        return sounds;
    });
}

Result<int64_t> CatalogReader::segmentCount()
{
    return guarded([&]() -> Result<int64_t> {
        Statement statement = db_.prepare("SELECT count(*) FROM segment_embeddings");
        statement.step();
        return statement.integer(0);
    });
}

Result<std::vector<StoredSegmentCode>> CatalogReader::segmentCodes()
{
    return guarded([&]() -> Result<std::vector<StoredSegmentCode>> {
        Statement statement = db_.prepare(
            "SELECT s.item_id, s.start_s, s.code FROM segment_embeddings s JOIN items i ON i.id = s.item_id "
            "WHERE s.code IS NOT NULL AND i.status = 'analyzed' ORDER BY s.item_id, s.start_s");
        std::vector<StoredSegmentCode> codes;
        while (statement.step()) {
            codes.push_back({statement.integer(0), statement.real(1), static_cast<uint64_t>(statement.integer(2))});
        }
        return codes;
    });
}

Result<std::vector<SegmentStamp>> CatalogReader::segmentStamps()
{
    return guarded([&]() -> Result<std::vector<SegmentStamp>> {
        // The server's segment rows number themselves in a column of their own (ServerSchema.cpp).
        const char* rowNumber = db_.backend() == Backend::Sqlite ? "s.rowid" : "s.row_number";
        Statement statement = db_.prepare(
            std::string("SELECT s.item_id, min(") + rowNumber +
            "), count(*), i.content_hash, i.size, i.mtime_ns FROM segment_embeddings s JOIN items i ON i.id = "
            "s.item_id WHERE i.status = 'analyzed' GROUP BY s.item_id, i.content_hash, i.size, i.mtime_ns "
            "ORDER BY s.item_id");
        std::vector<SegmentStamp> stamps;
        while (statement.step()) {
            stamps.push_back({statement.integer(0), statement.integer(1), statement.integer(2), statement.text(3),
                              statement.integer(4), statement.integer(5)});
        }
        return stamps;
    });
}

Result<std::vector<StoredKeyframe>> CatalogReader::keyframes(int64_t itemId)
{
    return guarded([&]() -> Result<std::vector<StoredKeyframe>> {
        Statement statement = db_.prepare("SELECT time_s, thumbnail FROM keyframes WHERE item_id = ?1 ORDER BY time_s");
        statement.bind(1, itemId);
        std::vector<StoredKeyframe> keyframes;
        while (statement.step()) keyframes.push_back({statement.real(0), statement.text(1)});
        return keyframes;
    });
}

Result<CatalogStats> CatalogReader::stats()
{
    return guarded([&]() -> Result<CatalogStats> {
        CatalogStats stats;
        Statement totals = db_.prepare("SELECT count(*), coalesce(sum(duration_s), 0) FROM items");
        totals.step();
        stats.items = totals.integer(0);
        stats.totalDurationSeconds = totals.real(1);
        const auto countBy = [&](const char* column, std::map<std::string, int64_t>& into) {
            Statement statement = db_.prepare(std::string("SELECT ") + column +
                                              ", count(*) FROM items GROUP BY 1");
            while (statement.step()) into[statement.text(0)] = statement.integer(1);
        };
        countBy("status", stats.byStatus);
        countBy("kind", stats.byKind);
        countBy("class", stats.byClass);
        return stats;
    });
}

// The server numbers every transaction; a row keeps the number of the one
// that wrote it last (xmin). The oldest transaction still running when a
// client looks (the snapshot's xmin) bounds what it may not have seen: every
// row written by an older one was committed (or not at all) by then. So the
// rows to read next time are those whose xmin is not older than it; rows
// seen twice are skipped by the index's versions. 32-bit row numbers wrap
// after four billion transactions: where the 64-bit epoch differs from the
// last call's, everything is read once more.
Result<CatalogReader::Changes> CatalogReader::changesSince(std::optional<uint64_t> since)
{
    return guarded([&]() -> Result<Changes> {
        if (!readsChanges()) throw DatabaseError{"only a school library's catalog keeps its changes"};
        Changes changes;
        auto mark = changesMark();
        if (!mark) throw DatabaseError{mark.error().message, mark.error().kind};
        changes.upTo = *mark;
        const bool sameEpoch = since && (*since >> 32) == (changes.upTo >> 32);
        const int64_t after = sameEpoch ? static_cast<int64_t>(*since & 0xffffffffu) : 0;
        const std::string newer = " >= ?1";
        Statement items = db_.prepare(
            "SELECT i.id, i.status, min(s.row_number), count(s.item_id), i.content_hash, i.size, i.mtime_ns "
            "FROM items i LEFT JOIN segment_embeddings s ON s.item_id = i.id WHERE i.xmin::text::bigint" + newer +
            " GROUP BY i.id ORDER BY i.id");
        items.bind(1, after);
        while (items.step()) {
            if (items.text(1) == "analyzed" && items.integer(3) > 0) {
                changes.stamps.push_back({items.integer(0), items.integer(2), items.integer(3), items.text(4),
                                          items.integer(5), items.integer(6)});
            } else {
                changes.goneIds.push_back(items.integer(0));
            }
        }
        Statement removed = db_.prepare("SELECT item_id FROM removed_items WHERE xmin::text::bigint" + newer);
        removed.bind(1, after);
        while (removed.step()) changes.goneIds.push_back(removed.integer(0));
        return changes;
    });
}

Result<uint64_t> CatalogReader::changesMark()
{
    return guarded([&]() -> Result<uint64_t> {
        if (!readsChanges()) throw DatabaseError{"only a school library's catalog keeps its changes"};
        Statement snapshot = db_.prepare("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
        snapshot.step();
        return static_cast<uint64_t>(snapshot.integer(0));
    });
}

}  // namespace lectern
