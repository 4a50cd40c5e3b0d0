// A library folder (design §4): catalog.sqlite, index/ and cache/. Opening
// it for writing takes the library lock and brings the schema up to date.
// Or a school library (issue 28): the catalog on a PostgreSQL server, named
// by its URL where a folder is expected, with this computer's index/ and
// cache/ in a local folder of their own.
#pragma once

#include <filesystem>
#include <chrono>
#include <memory>
#include <string_view>

#include "catalog/Database.h"
#include "catalog/LibraryLock.h"
#include "common/Result.h"

namespace lectern {

// How the message for a damaged catalog begins: opening checks every page of
// the catalog for writing, and SQLite's own errors on reading, so a damaged
// file is never used, and says what can be done (ErrorKind::CatalogDamaged).
inline constexpr std::string_view kDamagedCatalogMessage = "the catalog of this library is damaged";
inline bool isCatalogDamaged(const Error& error) { return error.kind == ErrorKind::CatalogDamaged; }

class Library {
public:
    // Checking every page of the catalog takes about 0.3 s at 100k items
    // (1 s and more from a cold disk): the window opens without it and runs
    // checkPages() on a worker thread once it is on screen.
    enum class PageCheck { AtOpen, Later };
    // Fails where another Lectern writes the library, or (PageCheck::AtOpen)
    // the catalog is damaged.
    static Result<std::unique_ptr<Library>> openForWriting(const std::filesystem::path& directory,
                                                           PageCheck pageCheck = PageCheck::AtOpen);
    // No lock: readers never block the writer. Upgrades an old schema only if
    // no writer holds the library.
    static Result<std::unique_ptr<Library>> openForReading(const std::filesystem::path& directory);

    // A school library at `location` (postgresql://…, PostgresDatabase.h);
    // `localFolder` holds this computer's index and cache. Many computers
    // write at once (no lock: the server's transactions keep them apart). A
    // ReadWrite open fails where the account may only read, saying so.
    static Result<std::unique_ptr<Library>> openOnServer(const std::string& location, Database::Mode mode,
                                                         const std::filesystem::path& localFolder);
    // Where a school library's index and cache live on this computer:
    // $LECTERN_SERVER_CACHE, else the user's cache folder, one sub-folder per server and database.
    static std::filesystem::path localFolderFor(const std::string& location);
    bool onServer() const { return !serverLocation_.empty(); }
    // This computer's media roots for a school library (MediaRoots.h): the
    // file that holds them, in the local folder.
    std::filesystem::path mediaRootsFile() const { return directory_ / "media-roots"; }
    const MediaRoots& mediaRoots() const { return *mediaRoots_; }
    // The library's name for messages and settings: its folder, or its server's URL without a password.
    std::string displayedLocation() const;
    // How to open it again: its folder, or its URL without a password (recent libraries, saved searches).
    std::string rememberedLocation() const;

    const std::filesystem::path& directory() const { return directory_; }
    std::filesystem::path catalogFile() const { return directory_ / "catalog.sqlite"; }
    // The copy of the catalog made after imports (backUp).
    static std::filesystem::path backupFileOf(const std::filesystem::path& directory)
    {
        return directory / "catalog.sqlite.bak";
    }
    std::filesystem::path cacheDirectory() const { return directory_ / "cache"; }
    // Every page of the catalog, on a connection of its own (any thread):
    // the damaged-catalog message (isCatalogDamaged) where one is bad.
    Status checkPages() const;
    std::filesystem::path indexDirectory() const { return directory_ / "index"; }
    bool writable() const { return lock_ != nullptr || (onServer() && connections_ == Database::Mode::ReadWrite); }

    // The connection of the thread that opened the library.
    Database& database() { return *db_; }
    // A separate connection for another thread (readers, or the writer thread).
    Result<std::unique_ptr<Database>> openConnection() const;

    // Copies the catalog to backupFileOf(directory()) where every page of it
    // checks out (a damaged catalog never replaces a good backup).
    Status backUp();
    // The same where the backup is missing or older than `age`: a watched
    // folder imports each new file on its own, and a copy of a 100 MB
    // catalog after each would cost more than the import.
    Status backUpIfOlderThan(std::chrono::seconds age);
    // Puts the backup in place of a damaged catalog, which is kept as
    // catalog.sqlite.damaged; the vector index is rebuilt from it when next
    // needed. Fails where another Lectern writes the library.
    static Status restoreBackup(const std::filesystem::path& directory);

private:
    Library(std::filesystem::path directory, std::unique_ptr<LibraryLock> lock, std::unique_ptr<Database> db,
            Database::Mode connections = Database::Mode::ReadWrite);

    std::filesystem::path directory_;
    std::unique_ptr<LibraryLock> lock_;
    std::unique_ptr<Database> db_;
    Database::Mode connections_;  // how further connections open (ReadOnlyMedia on read-only folders)
    std::string serverLocation_;  // a school library's URL, empty for a folder
    std::shared_ptr<const MediaRoots> mediaRoots_ = std::make_shared<const MediaRoots>();
};

}  // namespace lectern
