// The catalog's connection to its database: prepared statements with typed
// binding, and transactions that roll back unless committed, the same over
// the embedded SQLite file and a PostgreSQL server.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "catalog/MediaRoots.h"
#include "common/Result.h"

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

// One backend's prepared statement: SQLite's, or a PostgreSQL server's.
class StatementBackend {
public:
    virtual ~StatementBackend() = default;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindInteger(int index, int64_t number) = 0;
    virtual void bindReal(int index, double number) = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindBlob(int index, const void* data, size_t bytes) = 0;
    virtual bool step() = 0;
    virtual void reset() = 0;
    virtual std::string text(int column) const = 0;
    virtual int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::pair<const void*, size_t> blob(int column) const = 0;
};

// A prepared statement with `?` placeholders numbered from 1, whichever
// backend runs it.
class Statement {
public:
    explicit Statement(std::unique_ptr<StatementBackend> backend) : backend_(std::move(backend)) {}

    Statement& bind(int index, std::string_view text) { backend_->bindText(index, text); return *this; }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, int64_t number) { backend_->bindInteger(index, number); return *this; }
    Statement& bind(int index, int number) { return bind(index, static_cast<int64_t>(number)); }
    Statement& bind(int index, double number) { backend_->bindReal(index, number); return *this; }
    Statement& bindNull(int index) { backend_->bindNull(index); return *this; }
    Statement& bindBlob(int index, const void* data, size_t bytes) { backend_->bindBlob(index, data, bytes); return *this; }

    bool step() { return backend_->step(); }  // true while a row is available
    void run();                                // steps to completion
    void reset() { backend_->reset(); }

    std::string text(int column) const { return backend_->text(column); }
    int64_t integer(int column) const { return backend_->integer(column); }
    double real(int column) const { return backend_->real(column); }
    bool isNull(int column) const { return backend_->isNull(column); }
    // The column's bytes, valid until the next step.
    std::pair<const void*, size_t> blob(int column) const { return backend_->blob(column); }

private:
    std::unique_ptr<StatementBackend> backend_;
};

// One connection to a catalog: the embedded SQLite file of a library folder
// (SqliteDatabase.cpp, the default) or a school's PostgreSQL server
// (PostgresDatabase.h).
class Database {
public:
    // ReadOnlyMedia: a catalog on a folder nothing can write (read-only
    // media, a share mounted read-only), where SQLite could not create the
    // shared-memory file a WAL database needs even for reading.
    enum class Mode { ReadWrite, ReadOnly, ReadOnlyMedia };
    // Which SQL the connection speaks, where the two differ (full text
    // search, upserts of many rows, row numbers).
    enum class Backend { Sqlite, Postgres };
    // The SQLite catalog in `file`.
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& file, Mode mode);

    Database() = default;
    virtual ~Database() = default;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    virtual Backend backend() const = 0;
    virtual void execute(std::string_view sql) = 0;
    virtual Statement prepare(std::string_view sql) = 0;
    virtual int64_t lastInsertId() = 0;
    virtual int changes() const = 0;
    virtual int userVersion() = 0;
    virtual void setUserVersion(int version) = 0;
    // Opens a transaction that will write, so that a writer waits for
    // another at its start rather than failing at its end.
    virtual void beginWriting() = 0;
    // The check of every page where the backend can make one (SQLite's
    // PRAGMA quick_check): fails with what is wrong where it is damaged.
    virtual Status checkPages() = 0;
    // Whether this connection could write now: fails where another
    // connection (another program) holds the write lock for longer than
    // `waitMs`, or where it may not write at all.
    virtual Status checkWritable(int waitMs) = 0;
    // A consistent copy of the whole database into `file`, written beside it
    // and renamed into place.
    virtual Status copyTo(const std::filesystem::path& file) = 0;
    // Whether another connection changed the catalog since the last call
    // (a school library's NOTIFY on kChangesChannel, noteCatalogChanged);
    // a folder's catalog answers false: its one writer is this program.
    virtual bool changesArrived() { return false; }

    // How this computer maps the catalog's media roots (MediaRoots.h); the
    // catalog layer reads and writes every path through them.
    void setMediaRoots(std::shared_ptr<const MediaRoots> roots) { mediaRoots_ = std::move(roots); }
    const MediaRoots& mediaRoots() const { return *mediaRoots_; }

private:
    std::shared_ptr<const MediaRoots> mediaRoots_ = std::make_shared<const MediaRoots>();
};

// The channel on which a school library's writers say that the catalog
// changed, so that every open window shows it (LISTEN/NOTIFY).
inline constexpr const char* kChangesChannel = "lectern_catalog";
// Says so from inside the writing transaction: the server delivers the
// notice when, and only if, it commits. Nothing on a folder's catalog.
void noteCatalogChanged(Database& db);

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
