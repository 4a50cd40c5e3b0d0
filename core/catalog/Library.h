// A library folder (design §4): catalog.sqlite, index/ and cache/. Opening
// it for writing takes the library lock and brings the schema up to date.
#pragma once

#include <filesystem>
#include <memory>

#include "catalog/Database.h"
#include "catalog/LibraryLock.h"
#include "common/Result.h"

namespace lectern {

class Library {
public:
    static Result<std::unique_ptr<Library>> openForWriting(const std::filesystem::path& directory);
    // No lock: readers never block the writer. Upgrades an old schema only if
    // no writer holds the library.
    static Result<std::unique_ptr<Library>> openForReading(const std::filesystem::path& directory);

    const std::filesystem::path& directory() const { return directory_; }
    std::filesystem::path catalogFile() const { return directory_ / "catalog.sqlite"; }
    std::filesystem::path cacheDirectory() const { return directory_ / "cache"; }
    std::filesystem::path indexDirectory() const { return directory_ / "index"; }
    bool writable() const { return lock_ != nullptr; }

    // The connection of the thread that opened the library.
    Database& database() { return *db_; }
    // A separate connection for another thread (readers, or the writer thread).
    Result<std::unique_ptr<Database>> openConnection() const;

private:
    Library(std::filesystem::path directory, std::unique_ptr<LibraryLock> lock,
            std::unique_ptr<Database> db);

    std::filesystem::path directory_;
    std::unique_ptr<LibraryLock> lock_;
    std::unique_ptr<Database> db_;
};

}  // namespace lectern
