// A thin RAII layer over one SQLite connection: prepared statements with
// typed binding, and transactions that roll back unless committed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace lectern {

// Thrown only inside the catalog module; its public functions turn it into Result values.
struct DatabaseError {
    std::string message;
    ErrorKind kind = ErrorKind::General;
    Error asError() const { return Error{message, kind}; }
};

// What a failure to write the catalog says where its disk (or the
// library's quota, or a file-size limit) is full or the write itself
// failed: the import stops on it and leaves the rest pending, where
// another failure only fails its item.
inline constexpr std::string_view kDiskFullMessage = "the disk holding the library is full or cannot be written";
inline bool isDiskFull(const Error& error) { return error.kind == ErrorKind::DiskFull; }

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, int64_t number);
    Statement& bind(int index, int number) { return bind(index, static_cast<int64_t>(number)); }
    Statement& bind(int index, double number);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const void* data, size_t bytes);

    bool step();  // true while a row is available
    void run();   // steps to completion
    void reset();

    std::string text(int column) const;
    int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // The column's bytes, valid until the next step.
    std::pair<const void*, size_t> blob(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

class Database {
public:
    // ReadOnlyMedia: a catalog on a folder nothing can write (read-only
    // media, a share mounted read-only), where SQLite could not create the
    // shared-memory file a WAL database needs even for reading.
    enum class Mode { ReadWrite, ReadOnly, ReadOnlyMedia };

    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& file, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);
    int64_t lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    // SQLite's check of every page (PRAGMA quick_check): fails with what is
    // wrong where the file is damaged.
    Status checkPages();
    // Whether this connection could write now: fails where another
    // connection (another program) holds the database's write lock for
    // longer than `waitMs`.
    Status checkWritable(int waitMs);
    // A consistent copy of the whole database into `file` (SQLite's online
    // backup), written beside it and renamed into place.
    Status copyTo(const std::filesystem::path& file);

private:
    explicit Database(sqlite3* db) : db_(db) {}
    sqlite3* db_;
};

class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool committed_ = false;
};

}  // namespace lectern
