#include "catalog/CatalogWriter.h"

#include <ctime>

#include "catalog/Guarded.h"
#include "catalog/ResourceClass.h"
#include "common/HalfFloat.h"

#include "common/Paths.h"

namespace lectern {
namespace {

struct PathParts {
    std::string folder;
    std::string fileName;
};

PathParts splitPath(const std::string& path)
{
    const std::filesystem::path p = fromUtf8(path);
    return {toUtf8(p.parent_path()), toUtf8(p.filename())};
}

// The descriptive tags of an item, from its file (never over the teacher's)
// or from the teacher; returns the rows changed.
int writeTags(Database& db, int64_t id, const Tags& tags, bool byTeacher)
{
    Statement statement = db.prepare(
        std::string("UPDATE items SET title = ?2, artist = ?3, album = ?4, genre = ?5, comment = ?6, year = ?7, "
                    "track = ?8, language = ?9, tags_source = ?10 WHERE id = ?1") +
        (byTeacher ? "" : " AND tags_source = 'file'"));
    statement.bind(1, id)
        .bind(2, tags.title)
        .bind(3, tags.artist)
        .bind(4, tags.album)
        .bind(5, tags.genre)
        .bind(6, tags.comment)
        .bind(7, tags.year)
        .bind(8, tags.track)
        .bind(9, tags.language)
        .bind(10, byTeacher ? "manual" : "file");
    statement.run();
    return db.changes();
}

}  // namespace

ItemTransaction::ItemTransaction(Database& db, int64_t itemId) : db_(db), itemId_(itemId)
{
    try {
        transaction_ = std::make_unique<Transaction>(db_);
    } catch (const DatabaseError& error) {
        error_ = error.asError();
    }
}

ItemTransaction::~ItemTransaction() = default;

void ItemTransaction::setStreamFacts(const MediaInfo& info, double durationSeconds)
{
    run([&](Database& db) {
        Statement statement = db.prepare(
            "UPDATE items SET kind = ?2, duration_s = ?3, container = ?4, audio_codec = ?5, "
            "sample_rate = ?6, channels = ?7, video_codec = ?8, width = ?9, height = ?10, "
            "frame_rate = ?11 WHERE id = ?1");
        statement.bind(1, itemId_)
            .bind(2, nameOf(info.kind()))
            .bind(3, durationSeconds)
            .bind(4, info.container)
            .bind(5, info.audio ? info.audio->codec : std::string())
            .bind(6, info.audio ? info.audio->sampleRate : 0)
            .bind(7, info.audio ? info.audio->channels : 0)
            .bind(8, info.video ? info.video->codec : std::string())
            .bind(9, info.video ? info.video->width : 0)
            .bind(10, info.video ? info.video->height : 0)
            .bind(11, info.video ? info.video->frameRate : 0.0);
        statement.run();
    });
}

void ItemTransaction::setTags(const Tags& tags)
{
    run([&](Database& db) { writeTags(db, itemId_, tags, false); });
}

void ItemTransaction::setFingerprint(int version, const std::vector<uint32_t>& codes)
{
    run([&](Database& db) {
        Statement statement =
            db.prepare("INSERT INTO fingerprints (item_id, version, codes) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (item_id) DO UPDATE SET version = excluded.version, codes = excluded.codes");
        statement.bind(1, itemId_).bind(2, version).bindBlob(3, codes.data(), codes.size() * sizeof(uint32_t));
        statement.run();
    });
}

void ItemTransaction::setKeyframes(const std::vector<std::pair<double, std::string>>& keyframes)
{
    run([&](Database& db) {
        Statement clear = db.prepare("DELETE FROM keyframes WHERE item_id = ?1");
        clear.bind(1, itemId_);
        clear.run();
        Statement insert = db.prepare("INSERT INTO keyframes (item_id, time_s, thumbnail) VALUES (?1, ?2, ?3) "
                                      "ON CONFLICT (item_id, time_s) DO UPDATE SET thumbnail = excluded.thumbnail");
        for (const auto& [time, thumbnail] : keyframes) {
            insert.reset();
            insert.bind(1, itemId_).bind(2, time).bind(3, thumbnail);
            insert.run();
        }
    });
}

void ItemTransaction::setLoudness(std::optional<double> integratedLufs, std::optional<double> rangeLu,
                                  std::optional<double> truePeakDbtp)
{
    run([&](Database& db) {
        Statement statement = db.prepare(
            "UPDATE items SET loudness_lufs = ?2, loudness_range_lu = ?3, true_peak_dbtp = ?4 WHERE id = ?1");
        statement.bind(1, itemId_);
        const std::optional<double> values[] = {integratedLufs, rangeLu, truePeakDbtp};
        for (int i = 0; i < 3; ++i) {
            if (values[i]) {
                statement.bind(i + 2, *values[i]);
            } else {
                statement.bindNull(i + 2);
            }
        }
        statement.run();
    });
}

namespace {

// The class with the highest probability, or unknown when there is none.
std::pair<std::string, double> mostLikelyClass(const std::array<double, 5>& probabilities)
{
    size_t best = 0;
    for (size_t c = 1; c < probabilities.size(); ++c) {
        if (probabilities[c] > probabilities[best]) best = c;
    }
    return {std::string(kResourceClasses[best]), probabilities[best]};
}

}  // namespace

void ItemTransaction::setClassification(const ItemClassification& classification)
{
    run([&](Database& db) {
        Statement store = db.prepare(
            "INSERT INTO classifications (item_id, model_version, music, language, lecture, drama, audiobook) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (item_id) DO UPDATE SET "
            "model_version = excluded.model_version, music = excluded.music, language = excluded.language, "
            "lecture = excluded.lecture, drama = excluded.drama, audiobook = excluded.audiobook");
        store.bind(1, itemId_).bind(2, classification.modelVersion);
        for (int c = 0; c < 5; ++c) store.bind(c + 3, classification.probabilities[static_cast<size_t>(c)]);
        store.run();
        const auto [resourceClass, confidence] = mostLikelyClass(classification.probabilities);
        Statement confidenceUpdate = db.prepare("UPDATE items SET class_confidence = ?2 WHERE id = ?1");
        confidenceUpdate.bind(1, itemId_).bind(2, confidence);
        confidenceUpdate.run();
        Statement classUpdate =
            db.prepare("UPDATE items SET class = ?2 WHERE id = ?1 AND class_source = 'auto'");
        classUpdate.bind(1, itemId_).bind(2, resourceClass);
        classUpdate.run();
    });
}

void ItemTransaction::setSegmentEmbeddings(const std::vector<SegmentEmbedding>& segments)
{
    run([&](Database& db) {
        Statement clear = db.prepare("DELETE FROM segment_embeddings WHERE item_id = ?1");
        clear.bind(1, itemId_);
        clear.run();
        Statement insert = db.prepare(
            "INSERT INTO segment_embeddings (item_id, start_s, embedding, code) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (item_id, start_s) DO UPDATE SET embedding = excluded.embedding, code = excluded.code");
        for (const SegmentEmbedding& segment : segments) {
            const std::vector<uint16_t> halves = toHalves(segment.values);
            insert.bind(1, itemId_).bind(2, segment.startSeconds).bindBlob(3, halves.data(), halves.size() * 2);
            // SQLite integers are signed 64-bit: the code's bits are stored as they are.
            if (segment.code) insert.bind(4, static_cast<int64_t>(*segment.code));
            else insert.bindNull(4);
            insert.run();
            insert.reset();
        }
    });
}

void ItemTransaction::setItemEmbedding(const std::vector<float>& values,
                                       const std::vector<float>& soundProfile,
                                       const std::vector<float>& soundDescriptors, const std::vector<float>& sound)
{
    run([&](Database& db) {
        Statement statement = db.prepare(
            "INSERT INTO item_embeddings (item_id, embedding, profile, descriptors, sound) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (item_id) DO UPDATE SET embedding = excluded.embedding, "
            "profile = excluded.profile, descriptors = excluded.descriptors, sound = excluded.sound");
        const std::vector<uint16_t> halves = toHalves(values);
        statement.bind(1, itemId_).bindBlob(2, halves.data(), halves.size() * 2);
        const auto bindHalvesOrNull = [&](int parameter, const std::vector<float>& floats) {
            const std::vector<uint16_t> stored = toHalves(floats);
            if (stored.empty()) statement.bindNull(parameter);
            else statement.bindBlob(parameter, stored.data(), stored.size() * 2);
        };
        bindHalvesOrNull(3, soundProfile);
        bindHalvesOrNull(4, soundDescriptors);
        bindHalvesOrNull(5, sound);
        statement.run();
    });
}

void ItemTransaction::setHeardSounds(const std::vector<HeardSound>& sounds)
{
    run([&](Database& db) {
        Statement clear = db.prepare("DELETE FROM heard_sounds WHERE item_id = ?1");
        clear.bind(1, itemId_);
        clear.run();
        Statement insert = db.prepare("INSERT INTO heard_sounds (item_id, concept, score, at_s) VALUES (?1, ?2, ?3, ?4) "
                                      "ON CONFLICT (item_id, concept) DO UPDATE SET score = excluded.score, "
                                      "at_s = excluded.at_s");
        for (const HeardSound& sound : sounds) {
            insert.bind(1, itemId_).bind(2, sound.conceptId).bind(3, static_cast<double>(sound.score)).bind(4, sound.atSeconds);
            insert.run();
            insert.reset();
        }
    });
}

void ItemTransaction::setStatus(const char* status, const std::string& error)
{
    run([&](Database& db) {
        // The item is done: its claim (AnalysisLeases.h) ends with it.
        Statement statement = db.prepare(
            "UPDATE items SET status = ?2, error = ?3, claimed_by = NULL, claimed_until = NULL WHERE id = ?1");
        statement.bind(1, itemId_).bind(2, status).bind(3, error);
        statement.run();
        noteCatalogChanged(db);
    });
}

void ItemTransaction::requireClaimBy(const std::string& worker)
{
    run([&](Database& db) {
        // FOR UPDATE holds the row until the commit: the claim cannot lapse to another worker meanwhile.
        Statement statement = db.prepare(std::string("SELECT 1 FROM items WHERE id = ?1 AND claimed_by = ?2") +
                                         (db.backend() == Database::Backend::Postgres ? " FOR UPDATE" : ""));
        statement.bind(1, itemId_).bind(2, worker);
        if (!statement.step()) {
            throw DatabaseError{"the claim on this item lapsed and another worker took it; these results are dropped",
                                ErrorKind::ClaimLost};
        }
    });
}

void ItemTransaction::markAnalyzed() { setStatus("analyzed", ""); }
void ItemTransaction::markFailed(const std::string& reason) { setStatus("failed", reason); }

Status ItemTransaction::commit()
{
    if (!error_) {
        try {
            transaction_->commit();
        } catch (const DatabaseError& error) {
            error_ = error.asError();
        }
    }
    if (error_) return *error_;
    return success();
}

Result<int64_t> CatalogWriter::addPending(const FileFacts& facts, const std::string& contentHash)
{
    try {
        const PathParts parts = splitPath(facts.path);
        const std::string stored = db_.mediaRoots().toStored(facts.path);
        // Two computers importing the same folder of a school library
        // register each file once: the second finds the first's row.
        Statement statement = db_.prepare(
            "INSERT INTO items (path, folder, file_name, size, mtime_ns, content_hash, title) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '') ON CONFLICT (path) DO NOTHING RETURNING id");
        statement.bind(1, stored)
            .bind(2, db_.mediaRoots().toStored(parts.folder))
            .bind(3, parts.fileName)
            .bind(4, facts.size)
            .bind(5, facts.mtimeNs)
            .bind(6, contentHash);
        if (statement.step()) {
            const int64_t id = statement.integer(0);
            noteCatalogChanged(db_);
            return id;
        }
        Statement registered = db_.prepare("SELECT id FROM items WHERE path = ?1");
        registered.bind(1, stored);
        if (!registered.step()) throw DatabaseError{"cannot register " + facts.path};
        return registered.integer(0);
    } catch (const DatabaseError& error) {
        return error.asError();
    }
}

Status CatalogWriter::markChanged(int64_t id, const FileFacts& facts, const std::string& contentHash)
{
    return guarded([&] {
        Statement statement = db_.prepare(
            "UPDATE items SET size = ?2, mtime_ns = ?3, content_hash = ?4, status = 'pending', "
            "error = '' WHERE id = ?1");
        statement.bind(1, id).bind(2, facts.size).bind(3, facts.mtimeNs).bind(4, contentHash);
        statement.run();
    });
}

Status CatalogWriter::markPending(int64_t id)
{
    return guarded([&] {
        Statement statement = db_.prepare("UPDATE items SET status = 'pending', error = '' WHERE id = ?1");
        statement.bind(1, id);
        statement.run();
    });
}

Status CatalogWriter::relocate(int64_t id, const FileFacts& facts)
{
    return guarded([&] {
        const PathParts parts = splitPath(facts.path);
        Statement statement = db_.prepare(
            "UPDATE items SET path = ?2, folder = ?3, file_name = ?4, size = ?5, mtime_ns = ?6, "
            "missing_since = NULL WHERE id = ?1");
        statement.bind(1, id)
            .bind(2, db_.mediaRoots().toStored(facts.path))
            .bind(3, db_.mediaRoots().toStored(parts.folder))
            .bind(4, parts.fileName)
            .bind(5, facts.size)
            .bind(6, facts.mtimeNs);
        statement.run();
    });
}

Status CatalogWriter::markFailed(int64_t id, const std::string& reason)
{
    return guarded([&] {
        Statement statement =
            db_.prepare("UPDATE items SET status = 'failed', error = ?2 WHERE id = ?1");
        statement.bind(1, id).bind(2, reason);
        statement.run();
    });
}

Status CatalogWriter::setManualClass(int64_t id, const std::string& resourceClass)
{
    if (!isResourceClassOrUnknown(resourceClass) || resourceClass == kUnknownClass) {
        return failure("unknown class '" + resourceClass + "'");
    }
    return guarded([&] {
        Statement statement =
            db_.prepare("UPDATE items SET class = ?2, class_source = 'manual' WHERE id = ?1");
        statement.bind(1, id).bind(2, resourceClass);
        statement.run();
    });
}

Status CatalogWriter::restoreAutomaticClass(int64_t id)
{
    return guarded([&] {
        Statement stored = db_.prepare(
            "SELECT music, language, lecture, drama, audiobook FROM classifications WHERE item_id = ?1");
        stored.bind(1, id);
        std::string resourceClass(kUnknownClass);
        if (stored.step()) {
            std::array<double, 5> probabilities{};
            for (int c = 0; c < 5; ++c) probabilities[static_cast<size_t>(c)] = stored.real(c);
            resourceClass = mostLikelyClass(probabilities).first;
        }
        Statement statement =
            db_.prepare("UPDATE items SET class = ?2, class_source = 'auto' WHERE id = ?1");
        statement.bind(1, id).bind(2, resourceClass);
        statement.run();
    });
}

Status CatalogWriter::setMissing(int64_t id, bool missing)
{
    return guarded([&] {
        Statement statement = db_.prepare(
            missing ? "UPDATE items SET missing_since = ?2 WHERE id = ?1 AND missing_since IS NULL"
                    : "UPDATE items SET missing_since = NULL WHERE id = ?1");
        statement.bind(1, id);
        if (missing) statement.bind(2, static_cast<int64_t>(std::time(nullptr)));
        statement.run();
    });
}

Status CatalogWriter::setEditedTags(int64_t id, const Tags& tags)
{
    if (tags.year < 0 || tags.year > 9999) return failure("the year must be between 0 and 9999");
    return guarded([&] {
        if (writeTags(db_, id, tags, true) == 0) throw DatabaseError{"no item " + std::to_string(id)};
    });
}

Status CatalogWriter::remove(int64_t id)
{
    return guarded([&] {
        Statement statement = db_.prepare("DELETE FROM items WHERE id = ?1");
        statement.bind(1, id);
        statement.run();
        noteCatalogChanged(db_);
    });
}

}  // namespace lectern
