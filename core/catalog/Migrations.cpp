#include "catalog/Migrations.h"

#include "catalog/ServerSchema.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace lectern {
namespace {

// The full-text index of the annotation fields, kept in step with the items
// by triggers. extraOptions: more FTS5 options, such as a prefix index.
void createTextIndex(Database& db, const std::string& extraOptions)
{
    db.execute("CREATE VIRTUAL TABLE items_fts USING fts5 (title, artist, album, comment, genre, file_name, folders, "
               "tokenize = 'unicode61 remove_diacritics 2'" + extraOptions + ")");
    db.execute(R"sql(
        CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
            INSERT INTO items_fts (rowid, title, artist, album, comment, genre, file_name, folders)
            VALUES (new.id, new.title, new.artist, new.album, new.comment, new.genre,
                    new.file_name, new.folder);
        END;
        CREATE TRIGGER items_fts_update
        AFTER UPDATE OF title, artist, album, comment, genre, file_name, folder ON items BEGIN
            DELETE FROM items_fts WHERE rowid = old.id;
            INSERT INTO items_fts (rowid, title, artist, album, comment, genre, file_name, folders)
            VALUES (new.id, new.title, new.artist, new.album, new.comment, new.genre,
                    new.file_name, new.folder);
        END;
        CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
            DELETE FROM items_fts WHERE rowid = old.id;
        END;
    )sql");
}

void createVersion1(Database& db)
{
    db.execute(R"sql(
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            folder TEXT NOT NULL,
            file_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            content_hash TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'audio' CHECK (kind IN ('audio', 'video')),
            duration_s REAL NOT NULL DEFAULT 0,
            container TEXT NOT NULL DEFAULT '',
            audio_codec TEXT NOT NULL DEFAULT '',
            sample_rate INTEGER NOT NULL DEFAULT 0,
            channels INTEGER NOT NULL DEFAULT 0,
            video_codec TEXT NOT NULL DEFAULT '',
            width INTEGER NOT NULL DEFAULT 0,
            height INTEGER NOT NULL DEFAULT 0,
            frame_rate REAL NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            artist TEXT NOT NULL DEFAULT '',
            album TEXT NOT NULL DEFAULT '',
            genre TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            year INTEGER NOT NULL DEFAULT 0,
            track INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'analyzed', 'failed')),
            error TEXT NOT NULL DEFAULT '',
            class TEXT NOT NULL DEFAULT 'unknown',
            class_source TEXT NOT NULL DEFAULT 'auto' CHECK (class_source IN ('auto', 'manual')),
            added_at INTEGER NOT NULL DEFAULT (unixepoch())
        );
        CREATE INDEX items_by_hash ON items (content_hash);
        CREATE INDEX items_by_status ON items (status);
    )sql");
    createTextIndex(db, "");
}

// Signal and video analysis: loudness per item, fingerprints, keyframes.
void addSignalAnalysis(Database& db)
{
    db.execute(R"sql(
        ALTER TABLE items ADD COLUMN loudness_lufs REAL;
        ALTER TABLE items ADD COLUMN loudness_range_lu REAL;
        ALTER TABLE items ADD COLUMN true_peak_dbtp REAL;

        CREATE TABLE fingerprints (
            item_id INTEGER PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            codes BLOB NOT NULL
        );
        CREATE TABLE keyframes (
            item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
            time_s REAL NOT NULL,
            thumbnail TEXT NOT NULL,
            PRIMARY KEY (item_id, time_s)
        );
    )sql");
}

// The five-class classifier: the model's probabilities per item, its
// confidence in the chosen class, and the audio embedding of every segment.
void addClassification(Database& db)
{
    db.execute(R"sql(
        ALTER TABLE items ADD COLUMN class_confidence REAL;

        CREATE TABLE classifications (
            item_id INTEGER PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
            model_version TEXT NOT NULL,
            music REAL NOT NULL,
            language REAL NOT NULL,
            lecture REAL NOT NULL,
            drama REAL NOT NULL,
            audiobook REAL NOT NULL
        );
        CREATE TABLE segment_embeddings (
            item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
            start_s REAL NOT NULL,
            embedding BLOB NOT NULL,
            PRIMARY KEY (item_id, start_s)
        );
    )sql");
    // Items analysed before the classifier existed would stay "unknown"
    // forever, since their files are unchanged: analyse them again on the
    // next import (or at start-up, where the window resumes pending work).
    // A teacher's class and every other edit are kept.
    db.execute("UPDATE items SET status = 'pending' WHERE status = 'analyzed'");
}

// Issue 5's codes and per-item embeddings beside the segment embeddings, and
// fingerprint recipe 3 (band energies summed over eight frames, more robust
// under noise), which cannot be compared with recipe 2's codes: every
// analysed item lacks one or the other, so all are analysed again on the
// next import (edits and manual classes kept).
void addCodesAndRefingerprint(Database& db)
{
    db.execute(R"sql(
        ALTER TABLE segment_embeddings ADD COLUMN code INTEGER;
        CREATE TABLE item_embeddings (
            item_id INTEGER PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
            embedding BLOB NOT NULL
        );
        UPDATE items SET status = 'pending' WHERE status = 'analyzed';
    )sql");
}

// Search (issue 6): the language of an item (tags and stream metadata), for
// lang:, and a prefix index of one to three characters, since the search box
// matches the word being typed as a prefix and scanning every term that
// starts with "b" cost 37 ms at 100k items (8 ms with the index). FTS5
// cannot add a prefix index to a table, so the table and its triggers are
// made again and filled from the items. Items imported before keep an empty
// language (unknown) until they are analysed again.
void addLanguageAndPrefixIndex(Database& db)
{
    db.execute(R"sql(
        ALTER TABLE items ADD COLUMN language TEXT NOT NULL DEFAULT '';
        CREATE INDEX items_by_language ON items (language);
        DROP TRIGGER items_fts_insert;
        DROP TRIGGER items_fts_update;
        DROP TRIGGER items_fts_delete;
        DROP TABLE items_fts;
    )sql");
    createTextIndex(db, ", prefix = '1 2 3'");
    db.execute(R"sql(
        INSERT INTO items_fts (rowid, title, artist, album, comment, genre, file_name, folders)
        SELECT id, title, artist, album, comment, genre, file_name, folder FROM items;
    )sql");
}

// The query modifier reads each item's sound profile (the mean and spread
// of every log-mel band, classify/SoundProfile.h) beside its mean
// embedding. Analysed items have none, so they are analysed again on the
// next import (edits and manual classes kept); until then the modifier
// reads their profile as zeros.
void addSoundProfiles(Database& db)
{
    db.execute(R"sql(
        ALTER TABLE item_embeddings ADD COLUMN profile BLOB;
        UPDATE items SET status = 'pending' WHERE status = 'analyzed';
    )sql");
}

// The text-query model's item part also reads hand-made descriptors of the
// item's sound (classify/SoundDescriptors.h): analysed items have none, so
// they are analysed again on the next import, as for the profiles; until
// then the search reads their descriptors as the training average.
void addSoundDescriptors(Database& db)
{
    db.execute(R"sql(
        ALTER TABLE item_embeddings ADD COLUMN descriptors BLOB;
        UPDATE items SET status = 'pending' WHERE status = 'analyzed';
    )sql");
}

// The window (issue 24): the teacher's collections (an item may be in many,
// in the order it was added) and tag edits. A tag the teacher edited is kept
// when the file is analysed again: tags_source says whose tags a row holds.
// A file gone from an imported folder keeps its row, marked missing since
// then, so that an unplugged USB stick does not empty the catalog; the
// imported folders are kept to be watched. Nothing is analysed again.
void addCollectionsAndTagEdits(Database& db)
{
    db.execute(R"sql(
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL DEFAULT (unixepoch())
        );
        CREATE TABLE collection_items (
            collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (collection_id, item_id)
        );
        CREATE INDEX collection_items_by_item ON collection_items (item_id);
        ALTER TABLE items ADD COLUMN tags_source TEXT NOT NULL DEFAULT 'file'
            CHECK (tags_source IN ('file', 'manual'));
        ALTER TABLE items ADD COLUMN missing_since INTEGER;
        CREATE TABLE imported_folders (
            path TEXT PRIMARY KEY,
            watched INTEGER NOT NULL DEFAULT 1
        );
    )sql");
}

// The sounds heard in each item (issue 25): per concept of the encoder's
// concept head, the item's best segment's score and the moment it sounds
// most, kept where the score reaches HeardSounds.h's floor, indexed for
// "dog barking" to find the items that sound like it; and the item's mean
// sound embedding, which example search ranks by. The encoder changed,
// so every analysed item is analysed again on the next import (edits and
// manual classes kept).
void addHeardSounds(Database& db)
{
    db.execute(R"sql(
        CREATE TABLE heard_sounds (
            item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
            concept TEXT NOT NULL,
            score REAL NOT NULL,
            at_s REAL NOT NULL,
            PRIMARY KEY (item_id, concept)
        ) WITHOUT ROWID;
        CREATE INDEX heard_sounds_by_concept ON heard_sounds (concept, score DESC);
        ALTER TABLE item_embeddings ADD COLUMN sound BLOB;
        UPDATE items SET status = 'pending' WHERE status = 'analyzed';
    )sql");
}

// Analysis spread over workers (issue 28, AnalysisLeases.h): the worker
// that claimed a pending item and until when. A folder's library has one
// writer, but `lectern-cli work` claims the same way in it.
void addAnalysisClaims(Database& db)
{
    db.execute(R"sql(
        ALTER TABLE items ADD COLUMN claimed_by TEXT;
        ALTER TABLE items ADD COLUMN claimed_until INTEGER;
    )sql");
}

const std::vector<std::function<void(Database&)>>& migrations()
{
    static const std::vector<std::function<void(Database&)>> steps = {
        createVersion1,           addSignalAnalysis,         addClassification,
        addCodesAndRefingerprint, addLanguageAndPrefixIndex, addSoundProfiles,
        addSoundDescriptors,      addCollectionsAndTagEdits, addHeardSounds,
        addAnalysisClaims};
    return steps;
}

}  // namespace

int currentSchemaVersion() { return static_cast<int>(migrations().size()); }

void migrate(Database& db, int upTo)
{
    const int found = db.userVersion();
    if (found > currentSchemaVersion()) {
        throw DatabaseError{"the catalog was written by a newer Lectern (schema " +
                            std::to_string(found) + ", this one knows " +
                            std::to_string(currentSchemaVersion()) + ")"};
    }
    // A server's catalog is made whole at the current version: no server
    // catalog predates issue 28, so there is nothing older to bring up.
    if (db.backend() == Database::Backend::Postgres) {
        if (found == 0) {
            Transaction transaction(db);
            createServerSchema(db);
            db.setUserVersion(currentSchemaVersion());
            transaction.commit();
        } else if (found < currentSchemaVersion()) {
            throw DatabaseError{"the school library's catalog is at schema " + std::to_string(found) +
                                ", older than this Lectern's " + std::to_string(currentSchemaVersion()) +
                                ", and server catalogs are not upgraded yet"};
        }
        return;
    }
    for (int version = found; version < std::min(upTo, currentSchemaVersion()); ++version) {
        Transaction transaction(db);
        migrations()[static_cast<size_t>(version)](db);
        db.setUserVersion(version + 1);
        transaction.commit();
    }
}

}  // namespace lectern
