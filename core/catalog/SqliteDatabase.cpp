// The embedded SQLite catalog of a library folder (the default backend).
#include "catalog/Database.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>

#include "common/Paths.h"

namespace lectern {
namespace {

constexpr int kBusyTimeoutMs = 10000;

// The kind of a failed call, from SQLite's result codes.
ErrorKind kindOf(sqlite3* db)
{
    // A write past a size limit or quota is an I/O error with EFBIG or EDQUOT, a
    // full disk SQLITE_FULL; by the time the statement reports, the errno may be gone.
    const int extended = sqlite3_extended_errcode(db);
    const int system = sqlite3_system_errno(db);
    const bool full = (extended & 0xff) == SQLITE_FULL || extended == SQLITE_IOERR_WRITE || system == ENOSPC ||
                      system == EFBIG
#ifdef EDQUOT
                      || system == EDQUOT
#endif
        ;
    if (full) return ErrorKind::DiskFull;
    const int primary = extended & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return ErrorKind::CatalogDamaged;
    if (primary == SQLITE_READONLY) return ErrorKind::ReadOnly;
    return ErrorKind::General;
}

// SQLite's own words, led by what a teacher can act on where the disk is full.
DatabaseError errorOf(sqlite3* db, std::string_view context, const std::string& message)
{
    const ErrorKind kind = kindOf(db);
    return DatabaseError{std::string(context) + ": " +
                             (kind == ErrorKind::DiskFull ? std::string(kDiskFullMessage) + " (" + message + ")"
                                                          : message),
                         kind};
}

// The file as an SQLite URI that says nothing will change it, so SQLite
// reads it without locks or a shared-memory file.
std::string immutableUri(const std::filesystem::path& file)
{
    std::string uri = "file:";
    for (const char c : file.generic_u8string()) {
        // '?', '#' and '%' end or escape parts of a URI; the rest may stand.
        if (c == '?' || c == '#' || c == '%') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

[[noreturn]] void raise(sqlite3* db, std::string_view context)
{
    throw errorOf(db, context, sqlite3_errmsg(db));
}

// SQLite's prepared statement.
class SqliteStatement final : public StatementBackend {
public:
    SqliteStatement(sqlite3* db, std::string_view sql) : db_(db)
    {
        if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr) != SQLITE_OK) {
            raise(db, "cannot prepare a catalog query");
        }
    }
    ~SqliteStatement() override { sqlite3_finalize(statement_); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindText(int index, std::string_view text) override
    {
        sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    void bindInteger(int index, int64_t number) override { sqlite3_bind_int64(statement_, index, number); }
    void bindReal(int index, double number) override { sqlite3_bind_double(statement_, index, number); }
    void bindNull(int index) override { sqlite3_bind_null(statement_, index); }
    void bindBlob(int index, const void* data, size_t bytes) override
    {
        // SQLite binds a null pointer as NULL; an empty blob must stay a blob.
        static const char empty = 0;
        sqlite3_bind_blob64(statement_, index, bytes > 0 ? data : &empty, bytes, SQLITE_TRANSIENT);
    }

    bool step() override
    {
        const int code = sqlite3_step(statement_);
        if (code == SQLITE_ROW) return true;
        if (code == SQLITE_DONE) return false;
        raise(db_, "catalog query failed");
    }
    void reset() override
    {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }

    std::string text(int column) const override
    {
        const auto* value = sqlite3_column_text(statement_, column);
        return value ? std::string(reinterpret_cast<const char*>(value)) : std::string();
    }
    int64_t integer(int column) const override { return sqlite3_column_int64(statement_, column); }
    double real(int column) const override { return sqlite3_column_double(statement_, column); }
    bool isNull(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    std::pair<const void*, size_t> blob(int column) const override
    {
        const void* data = sqlite3_column_blob(statement_, column);
        return {data, static_cast<size_t>(sqlite3_column_bytes(statement_, column))};
    }

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

// The catalog file of a library folder.
class SqliteDatabase final : public Database {
public:
    explicit SqliteDatabase(sqlite3* db) : db_(db) {}
    ~SqliteDatabase() override { sqlite3_close(db_); }

    void execute(std::string_view sql) override
    {
        char* message = nullptr;
        if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            DatabaseError error = errorOf(db_, "catalog statement failed", message ? message : "unknown error");
            sqlite3_free(message);
            throw error;
        }
    }
    Backend backend() const override { return Backend::Sqlite; }
    Statement prepare(std::string_view sql) override { return Statement(std::make_unique<SqliteStatement>(db_, sql)); }
    int64_t lastInsertId() override { return sqlite3_last_insert_rowid(db_); }
    int changes() const override { return sqlite3_changes(db_); }
    int userVersion() override
    {
        Statement statement = prepare("PRAGMA user_version");
        statement.step();
        return static_cast<int>(statement.integer(0));
    }
    void setUserVersion(int version) override { execute("PRAGMA user_version=" + std::to_string(version)); }
    void beginWriting() override { execute("BEGIN IMMEDIATE"); }
    Status checkPages() override;
    Status checkWritable(int waitMs) override;
    Status copyTo(const std::filesystem::path& file) override;

private:
    sqlite3* db_;
};

Status SqliteDatabase::checkPages()
{
    try {
        Statement check = prepare("PRAGMA quick_check");
        std::string problems;
        while (check.step()) {
            const std::string line = check.text(0);
            if (line != "ok") problems += (problems.empty() ? "" : "; ") + line;
        }
        if (!problems.empty()) return failure(problems, ErrorKind::CatalogDamaged);
        return success();
    } catch (const DatabaseError& error) {
        return error.asError();
    }
}

Status SqliteDatabase::checkWritable(int waitMs)
{
    sqlite3_busy_timeout(db_, waitMs);
    Status result = success();
    try {
        execute("BEGIN IMMEDIATE");
        execute("ROLLBACK");
    } catch (const DatabaseError& error) {
        result = error.asError();
    }
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    return result;
}

Status SqliteDatabase::copyTo(const std::filesystem::path& file)
{
    std::filesystem::path partial = file;
    partial += ".new";
    sqlite3* target = nullptr;
    int code = sqlite3_open_v2(toUtf8(partial).c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", db_, "main");
        if (backup) {
            code = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            code = code == SQLITE_DONE ? SQLITE_OK : code;
        } else {
            code = sqlite3_errcode(target);
        }
    }
    const std::string context = "cannot copy the catalog to " + toUtf8(file);
    const Error failed = target ? errorOf(target, context, sqlite3_errmsg(target)).asError()
                                : failure(context + ": " + sqlite3_errstr(code));
    sqlite3_close(target);
    std::error_code error;
    if (code != SQLITE_OK) {
        std::filesystem::remove(partial, error);
        return failed;
    }
    std::filesystem::rename(partial, file, error);
    if (error) return failure("cannot replace " + toUtf8(file) + ": " + error.message());
    return success();
}
}  // namespace

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& file, Mode mode)
{
    sqlite3* raw = nullptr;
    const int flags = mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    std::string name = toUtf8(file);
    if (mode == Mode::ReadOnlyMedia) name = immutableUri(std::filesystem::absolute(file));
    const int code = sqlite3_open_v2(name.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    if (code != SQLITE_OK) {
        std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(code);
        const ErrorKind kind = (code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT
                                   ? ErrorKind::CatalogDamaged
                                   : ErrorKind::General;
        sqlite3_close(raw);
        return failure("cannot open the catalog " + toUtf8(file) + ": " + message, kind);
    }
    // Readers wait for the writer's short transactions instead of failing.
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    std::unique_ptr<Database> db = std::make_unique<SqliteDatabase>(raw);
    try {
        if (mode == Mode::ReadWrite) {
            db->execute("PRAGMA journal_mode=WAL");
            db->execute("PRAGMA synchronous=NORMAL");
        }
        db->execute("PRAGMA foreign_keys=ON");
    } catch (const DatabaseError& error) {
        return error.asError();
    }
    return db;
}

}  // namespace lectern
