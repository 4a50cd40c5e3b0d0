#include "catalog/Library.h"

#include "catalog/Migrations.h"
#include "common/Paths.h"

namespace lectern {
namespace {

Status migrated(Database& db)
{
    try {
        migrate(db);
        return success();
    } catch (const DatabaseError& error) {
        return failure(error.message);
    }
}

}  // namespace

Library::Library(std::filesystem::path directory, std::unique_ptr<LibraryLock> lock,
                 std::unique_ptr<Database> db)
    : directory_(std::move(directory)), lock_(std::move(lock)), db_(std::move(db))
{
}

Result<std::unique_ptr<Library>> Library::openForWriting(const std::filesystem::path& directory)
{
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) return failure("cannot create the library folder " + toUtf8(directory) + ": " + error.message());
    std::filesystem::create_directories(directory / "cache", error);
    std::filesystem::create_directories(directory / "index", error);

    auto lock = LibraryLock::acquire(directory);
    if (!lock) return lock.error();
    auto db = Database::open(directory / "catalog.sqlite", Database::Mode::ReadWrite);
    if (!db) return db.error();
    if (Status status = migrated(**db); !status) return status.error();
    return std::unique_ptr<Library>(
        new Library(directory, std::move(lock).value(), std::move(db).value()));
}

Result<std::unique_ptr<Library>> Library::openForReading(const std::filesystem::path& directory)
{
    const std::filesystem::path catalog = directory / "catalog.sqlite";
    if (!std::filesystem::exists(catalog)) {
        return failure("there is no library at " + toUtf8(directory) + " (import something first)");
    }
    auto db = Database::open(catalog, Database::Mode::ReadWrite);
    if (!db) return db.error();
    int version = 0;
    try {
        version = (*db)->userVersion();
    } catch (const DatabaseError& error) {
        return failure(error.message);
    }
    if (version < currentSchemaVersion()) {
        auto writer = openForWriting(directory);
        if (!writer) return failure("the library needs an upgrade, but: " + writer.error().message);
    } else if (Status status = migrated(**db); !status) {
        return status.error();  // a newer schema than we know
    }
    return std::unique_ptr<Library>(new Library(directory, nullptr, std::move(db).value()));
}

Result<std::unique_ptr<Database>> Library::openConnection() const
{
    return Database::open(catalogFile(), Database::Mode::ReadWrite);
}

}  // namespace lectern
