#include "catalog/Library.h"

#include "catalog/Migrations.h"
#include "catalog/PostgresDatabase.h"
#include "common/Paths.h"

#include <cctype>
#include <cstdlib>

namespace lectern {
namespace {

Status migrated(Database& db)
{
    try {
        migrate(db);
        return success();
    } catch (const DatabaseError& error) {
        return error.asError();
    }
}

Error damagedCatalog(const std::filesystem::path& directory, const std::string& reason)
{
    std::string message = std::string(kDamagedCatalogMessage) + " (" + reason + ").";
    std::error_code error;
    if (std::filesystem::exists(Library::backupFileOf(directory), error)) {
        message += " The copy made after the last import can be restored (the window offers to; "
                   "lectern-cli restore-backup does it).";
    } else {
        message += " There is no backup of it; import the folders into a new library to start again.";
    }
    return Error{message, ErrorKind::CatalogDamaged};
}

// The error as it is, or as damage where SQLite found the file damaged.
Error explained(const std::filesystem::path& directory, const Error& error)
{
    return error.kind == ErrorKind::CatalogDamaged ? damagedCatalog(directory, error.message) : error;
}

// A folder's name made of a server's URL: letters, digits, '.', '-' and '_' kept, the rest '_'.
std::string folderNameOf(const std::string& location)
{
    std::string name;
    for (unsigned char c : displayedServerLocation(location).substr(location.find("://") + 3)) {
        name += std::isalnum(c) || c == '.' || c == '-' ? static_cast<char>(c) : '_';
    }
    return name;
}

}  // namespace

Library::Library(std::filesystem::path directory, std::unique_ptr<LibraryLock> lock, std::unique_ptr<Database> db,
                 Database::Mode connections)
    : directory_(std::move(directory)), lock_(std::move(lock)), db_(std::move(db)), connections_(connections)
{
}

Result<std::unique_ptr<Library>> Library::openForWriting(const std::filesystem::path& directory, PageCheck pageCheck)
{
    if (const std::string location = toUtf8(directory); isServerLocation(location)) {
        return openOnServer(location, Database::Mode::ReadWrite, localFolderFor(location));
    }
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) return failure("cannot create the library folder " + toUtf8(directory) + ": " + error.message());
    std::filesystem::create_directories(directory / "cache", error);
    std::filesystem::create_directories(directory / "index", error);

    auto lock = LibraryLock::acquire(directory);
    if (!lock) return lock.error();
    auto db = Database::open(directory / "catalog.sqlite", Database::Mode::ReadWrite);
    if (!db) return explained(directory, db.error());
    if (Status status = migrated(**db); !status) return explained(directory, status.error());
    // Every page, once per writer (about 0.15 s at 100k items).
    if (pageCheck == PageCheck::AtOpen) {
        if (Status pages = (*db)->checkPages(); !pages) return damagedCatalog(directory, pages.error().message);
    }
    // Another program (an SQLite browser, a sync tool) holding the catalog
    // would make every write wait: found now, the library opens read-only.
    if (Status writable = (*db)->checkWritable(500); !writable) {
        return failure("another program is writing this library's catalog (" + writable.error().message +
                       "); close it to change the library");
    }
    return std::unique_ptr<Library>(
        new Library(directory, std::move(lock).value(), std::move(db).value()));
}

Result<std::unique_ptr<Library>> Library::openForReading(const std::filesystem::path& directory)
{
    if (const std::string location = toUtf8(directory); isServerLocation(location)) {
        return openOnServer(location, Database::Mode::ReadOnly, localFolderFor(location));
    }
    const std::filesystem::path catalog = directory / "catalog.sqlite";
    if (!std::filesystem::exists(catalog)) {
        return failure("there is no library at " + toUtf8(directory) + " (import something first)");
    }
    // The catalog's schema version, or why it cannot be read with this mode.
    const auto versionOf = [&](Database::Mode mode) -> Result<std::pair<std::unique_ptr<Database>, int>> {
        auto db = Database::open(catalog, mode);
        if (!db) return db.error();
        try {
            const int version = (*db)->userVersion();
            return std::pair(std::move(db).value(), version);
        } catch (const DatabaseError& error) {
            return error.asError();
        }
    };
    Database::Mode mode = Database::Mode::ReadWrite;
    auto opened = versionOf(mode);
    // A folder nothing may write (read-only media, a share mounted read-only): read it as it is.
    if (!opened && opened.error().kind == ErrorKind::ReadOnly) {
        mode = Database::Mode::ReadOnlyMedia;
        opened = versionOf(mode);
        if (opened && opened->second < currentSchemaVersion()) {
            return failure("the library needs an upgrade, but its folder is read-only: " + toUtf8(directory));
        }
    }
    if (!opened) return explained(directory, opened.error());
    auto db = std::move(opened->first);
    const int version = opened->second;
    if (Status pages = db->checkPages(); !pages) return damagedCatalog(directory, pages.error().message);
    if (version < currentSchemaVersion()) {
        auto writer = openForWriting(directory);
        if (!writer) return failure("the library needs an upgrade, but: " + writer.error().message);
    } else if (Status status = migrated(*db); !status) {
        return explained(directory, status.error());  // damaged, or a newer schema than we know
    }
    return std::unique_ptr<Library>(new Library(directory, nullptr, std::move(db), mode));
}

Result<std::unique_ptr<Library>> Library::openOnServer(const std::string& location, Database::Mode mode,
                                                      const std::filesystem::path& localFolder)
{
    std::error_code error;
    for (const char* sub : {"cache", "index"}) std::filesystem::create_directories(localFolder / sub, error);
    if (error) return failure("cannot create the local folder " + toUtf8(localFolder) + ": " + error.message());
    auto roots = MediaRoots::load(localFolder / "media-roots");
    if (!roots) return roots.error();
    const auto mediaRoots = std::make_shared<const MediaRoots>(std::move(roots).value());
    auto db = connectToServer(location, mode);
    if (!db) return db.error();
    (*db)->setMediaRoots(mediaRoots);
    if (mode == Database::Mode::ReadWrite) {
        if (Status writable = (*db)->checkWritable(0); !writable) {
            return Error{displayedServerLocation(location) + ": " + writable.error().message, ErrorKind::ReadOnly};
        }
    }
    try {
        // A reader cannot create the catalog's tables: an empty database is said plainly.
        if (mode != Database::Mode::ReadWrite && (*db)->userVersion() == 0) {
            return failure("the school library " + displayedServerLocation(location) +
                           " is empty: someone who may write to it imports first");
        }
        migrate(**db);
    } catch (const DatabaseError& failed) {
        return failed.asError();
    }
    auto library = std::unique_ptr<Library>(new Library(localFolder, nullptr, std::move(db).value(), mode));
    library->serverLocation_ = location;
    library->mediaRoots_ = mediaRoots;
    return library;
}

std::filesystem::path Library::localFolderFor(const std::string& location)
{
    if (const char* chosen = std::getenv("LECTERN_SERVER_CACHE"); chosen && *chosen) {
        return fromUtf8(chosen) / folderNameOf(location);
    }
#ifdef _WIN32
    const char* base = std::getenv("LOCALAPPDATA");
    const std::filesystem::path cache = base ? fromUtf8(base) : std::filesystem::temp_directory_path();
#else
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    const std::filesystem::path cache = xdg && *xdg ? fromUtf8(xdg)
                                        : home      ? fromUtf8(home) / ".cache"
                                                    : std::filesystem::temp_directory_path();
#endif
    return cache / "lectern" / "servers" / folderNameOf(location);
}

std::string Library::displayedLocation() const
{
    return onServer() ? displayedServerLocation(serverLocation_) : toUtf8(directory_);
}

std::string Library::rememberedLocation() const
{
    return onServer() ? withoutPassword(serverLocation_) : toUtf8(directory_);
}

Result<std::unique_ptr<Database>> Library::openConnection() const
{
    if (onServer()) {
        auto connection = connectToServer(serverLocation_, connections_);
        if (connection) (*connection)->setMediaRoots(mediaRoots_);
        return connection;
    }
    return Database::open(catalogFile(), connections_);
}

Status Library::checkPages() const
{
    auto db = openConnection();
    if (!db) return explained(directory_, db.error());
    if (Status pages = (*db)->checkPages(); !pages) return damagedCatalog(directory_, pages.error().message);
    return success();
}

Status Library::backUp()
{
    if (Status pages = db_->checkPages(); !pages) {
        return failure("the catalog was not backed up: " + damagedCatalog(directory_, pages.error().message).message,
                       ErrorKind::CatalogDamaged);
    }
    return db_->copyTo(backupFileOf(directory_));
}

Status Library::backUpIfOlderThan(std::chrono::seconds age)
{
    std::error_code error;
    const auto written = std::filesystem::last_write_time(backupFileOf(directory_), error);
    if (!error && std::filesystem::file_time_type::clock::now() - written < age) return success();
    return backUp();
}

Status Library::restoreBackup(const std::filesystem::path& directory)
{
    const std::filesystem::path backup = backupFileOf(directory), catalog = directory / "catalog.sqlite";
    std::error_code error;
    if (!std::filesystem::exists(backup, error)) return failure("there is no backup of the catalog in " + toUtf8(directory));
    auto lock = LibraryLock::acquire(directory);
    if (!lock) return lock.error();
    std::filesystem::path damaged = catalog;
    damaged += ".damaged";
    std::filesystem::rename(catalog, damaged, error);
    for (const char* journal : {"-wal", "-shm"}) {
        std::filesystem::path file = catalog;
        file += journal;
        std::filesystem::remove(file, error);
    }
    if (!std::filesystem::copy_file(backup, catalog, std::filesystem::copy_options::overwrite_existing, error)) {
        return failure("cannot put the backup in place: " + error.message());
    }
    // Made from the damaged catalog: rebuilt from the restored one when next needed.
    for (const auto& entry : std::filesystem::directory_iterator(directory / "index", error)) {
        std::filesystem::remove(entry.path(), error);
    }
    return success();
}

}  // namespace lectern
