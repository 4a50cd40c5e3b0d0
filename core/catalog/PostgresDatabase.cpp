#include "catalog/PostgresDatabase.h"

#include <libpq-fe.h>

#include <charconv>
#include <functional>
#include <cstdlib>
#include <optional>
#include <vector>

namespace lectern {
namespace {

// The kind of a failed statement, from its SQLSTATE (PostgreSQL's appendix A).
ErrorKind kindOf(const PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (!state) return ErrorKind::General;
    const std::string_view code(state);
    if (code == "53100") return ErrorKind::DiskFull;                       // disk_full
    if (code == "25006" || code == "42501") return ErrorKind::ReadOnly;    // read-only transaction, no privilege
    if (code == "XX001" || code == "XX002") return ErrorKind::CatalogDamaged;  // data or index corrupted
    return ErrorKind::General;
}

// libpq's messages end in a newline.
std::string withoutTrailingSpace(std::string message)
{
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message;
}

std::string messageOf(PGconn* connection, const PGresult* result)
{
    std::string message = withoutTrailingSpace(result ? PQresultErrorMessage(result) : "");
    if (message.empty()) message = withoutTrailingSpace(PQerrorMessage(connection));
    return message.empty() ? "unknown error" : message;
}

[[noreturn]] void raise(PGconn* connection, const PGresult* result, std::string_view context)
{
    const ErrorKind kind = kindOf(result);
    std::string message = messageOf(connection, result);
    if (kind == ErrorKind::DiskFull) message = std::string(kDiskFullMessage) + " (" + message + ")";
    throw DatabaseError{std::string(context) + ": " + message, kind};
}

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultHandle = std::unique_ptr<PGresult, ResultDeleter>;

bool succeeded(const PGresult* result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

// Sends a statement. Where the connection was lost (the server restarted,
// the network dropped), it is made again; the statement is sent once more
// only where no transaction was open, since then nothing was half done.
// Inside a transaction the loss is reported (ErrorKind::ConnectionLost):
// the server rolled the transaction back, and the caller may try again.
ResultHandle sent(PGconn* connection, const std::function<PGresult*()>& send, std::string_view context)
{
    // Lost earlier and not yet made again (the server was away then).
    if (PQstatus(connection) == CONNECTION_BAD) PQreset(connection);
    const bool outsideTransaction = PQtransactionStatus(connection) == PQTRANS_IDLE;
    ResultHandle result(send());
    if (!succeeded(result.get()) && PQstatus(connection) == CONNECTION_BAD) {
        const std::string lost = messageOf(connection, result.get());
        PQreset(connection);
        if (PQstatus(connection) == CONNECTION_OK && outsideTransaction) result.reset(send());
        if (PQstatus(connection) != CONNECTION_OK || !outsideTransaction) {
            throw DatabaseError{"the school library's server cannot be reached now (" + lost +
                                    "); nothing of the unfinished change was kept, and it can be tried again",
                                ErrorKind::ConnectionLost};
        }
    }
    if (!succeeded(result.get())) raise(connection, result.get(), context);
    return result;
}

// The rows an INSERT, UPDATE or DELETE touched (0 for other commands).
int rowsTouched(PGresult* result)
{
    const char* affected = PQcmdTuples(result);
    return affected && *affected ? std::atoi(affected) : 0;
}

// A statement run with its parameters when first stepped; the rows are
// read from the whole result (the catalog's queries are bounded by LIMITs).
// Values come back as text, bytea as its hex form, decoded on reading.
class PostgresStatement final : public StatementBackend {
public:
    PostgresStatement(PGconn* connection, int& changes, std::string_view sql)
        : connection_(connection), changes_(changes), sql_(numberedPlaceholders(sql))
    {
    }

    void bindText(int index, std::string_view text) override { set(index, std::string(text), kText); }
    void bindInteger(int index, int64_t number) override { set(index, std::to_string(number), kBigint); }
    void bindReal(int index, double number) override
    {
        char buffer[32];
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);  // shortest exact form
        set(index, std::string(buffer, written.ptr), kDouble);
    }
    void bindNull(int index) override { slot(index) = Parameter{std::nullopt, kUnknown}; }
    void bindBlob(int index, const void* data, size_t bytes) override
    {
        set(index, std::string(static_cast<const char*>(data), bytes), kBytea);
    }

    bool step() override
    {
        if (!result_) run();
        return ++row_ < PQntuples(result_.get());
    }

    void reset() override
    {
        result_.reset();
        row_ = -1;
        parameters_.clear();
    }

    std::string text(int column) const override
    {
        return isNull(column) ? std::string() : std::string(PQgetvalue(result_.get(), row_, column),
                                                            static_cast<size_t>(PQgetlength(result_.get(), row_, column)));
    }
    int64_t integer(int column) const override
    {
        if (isNull(column)) return 0;
        const char* value = PQgetvalue(result_.get(), row_, column);
        // A condition read as a number, as SQLite gives it (1 or 0).
        if (PQftype(result_.get(), column) == kBoolean) return value[0] == 't' ? 1 : 0;
        return std::strtoll(value, nullptr, 10);
    }
    double real(int column) const override
    {
        return isNull(column) ? 0.0 : std::strtod(PQgetvalue(result_.get(), row_, column), nullptr);
    }
    bool isNull(int column) const override { return PQgetisnull(result_.get(), row_, column) != 0; }
    std::pair<const void*, size_t> blob(int column) const override
    {
        if (isNull(column)) return {nullptr, 0};
        size_t length = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(result_.get(), row_, column)),
                                               &length);
        blob_.assign(reinterpret_cast<const char*>(bytes), length);
        PQfreemem(bytes);
        return {blob_.data(), blob_.size()};
    }

private:
    // The server's type numbers (pg_type.oid) of the values bound: a number
    // compared with a column or used as a LIMIT needs no cast in the SQL.
    // A slot never bound is text, so that a statement may leave a number
    // unused (the filters number their parameters once for all of them).
    static constexpr Oid kUnknown = 0, kBoolean = 16, kBytea = 17, kBigint = 20, kText = 25, kDouble = 701;
    struct Parameter {
        std::optional<std::string> value;  // none: NULL
        Oid type = kText;
    };

    Parameter& slot(int index)
    {
        if (index < 1) throw DatabaseError{"catalog query parameters are numbered from 1"};
        if (static_cast<size_t>(index) > parameters_.size()) parameters_.resize(static_cast<size_t>(index));
        return parameters_[static_cast<size_t>(index) - 1];
    }
    void set(int index, std::string value, Oid type) { slot(index) = Parameter{std::move(value), type}; }

    void run()
    {
        std::vector<const char*> values;
        std::vector<int> lengths, formats;
        std::vector<Oid> types;
        for (const Parameter& parameter : parameters_) {
            values.push_back(parameter.value ? parameter.value->data() : nullptr);
            lengths.push_back(parameter.value ? static_cast<int>(parameter.value->size()) : 0);
            formats.push_back(parameter.type == kBytea ? 1 : 0);  // blobs go as they are, the rest as text
            types.push_back(parameter.type);
        }
        result_.reset();
        result_ = sent(connection_, [&] {
            return PQexecParams(connection_, sql_.c_str(), static_cast<int>(values.size()), types.data(), values.data(),
                                lengths.data(), formats.data(), 0);
        }, "catalog query failed");
        changes_ = rowsTouched(result_.get());
        row_ = -1;
    }

    PGconn* connection_;
    int& changes_;
    std::string sql_;
    std::vector<Parameter> parameters_;
    ResultHandle result_;
    int row_ = -1;
    mutable std::string blob_;
};

class PostgresDatabase final : public Database {
public:
    explicit PostgresDatabase(PGconn* connection) : connection_(connection) {}
    ~PostgresDatabase() override { PQfinish(connection_); }

    Backend backend() const override { return Backend::Postgres; }

    void execute(std::string_view sql) override
    {
        const std::string statement(sql);
        // A transaction that a lost connection ended is over on the server too: nothing to roll back.
        if (statement == "ROLLBACK" && PQstatus(connection_) != CONNECTION_OK) return;
        const ResultHandle result = sent(connection_, [&] { return PQexec(connection_, statement.c_str()); },
                                         "catalog statement failed");
        changes_ = rowsTouched(result.get());
    }

    Statement prepare(std::string_view sql) override
    {
        return Statement(std::make_unique<PostgresStatement>(connection_, changes_, sql));
    }

    // The value the last insert drew from a serial or identity column.
    int64_t lastInsertId() override
    {
        Statement last = prepare("SELECT lastval()");
        return last.step() ? last.integer(0) : 0;
    }
    int changes() const override { return changes_; }

    // SQLite keeps the schema's version in its header; here it is a row.
    int userVersion() override
    {
        Statement exists = prepare("SELECT to_regclass('lectern_settings') IS NOT NULL");
        if (!exists.step() || exists.text(0) != "t") return 0;
        Statement version = prepare("SELECT value FROM lectern_settings WHERE key = 'schema_version'");
        return version.step() ? static_cast<int>(version.integer(0)) : 0;
    }
    void setUserVersion(int version) override
    {
        execute("CREATE TABLE IF NOT EXISTS lectern_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        prepare("INSERT INTO lectern_settings (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(1, std::to_string(version))
            .run();
    }
    void beginWriting() override { execute("BEGIN"); }

    // LISTENs on the first call; then whether a NOTIFY came since the last.
    bool changesArrived() override
    {
        if (!listening_) {
            execute(std::string("LISTEN ") + kChangesChannel);
            listening_ = true;
            return false;
        }
        if (PQconsumeInput(connection_) == 0) {
            PQreset(connection_);  // the server went away: listen again on the new connection
            listening_ = false;
            return true;           // what happened meanwhile is unknown: read again
        }
        bool arrived = false;
        while (PGnotify* notice = PQnotifies(connection_)) {
            arrived = true;
            PQfreemem(notice);
        }
        return arrived;
    }

    // The server keeps its own pages (checksums, WAL); there is no file here to check.
    Status checkPages() override { return success(); }

    Status checkWritable(int) override
    {
        try {
            // A reader's account (README: "A library for the whole school") may not insert items.
            Statement state = prepare(
                "SELECT current_setting('transaction_read_only') = 'on' OR pg_is_in_recovery() OR "
                "NOT coalesce(has_table_privilege(to_regclass('items'), 'INSERT'), true)");
            if (state.step() && state.integer(0) != 0) {
                return failure("this account may only read the school library", ErrorKind::ReadOnly);
            }
            return success();
        } catch (const DatabaseError& error) {
            return error.asError();
        }
    }

    Status copyTo(const std::filesystem::path&) override
    {
        return failure("a school library is backed up on its server (pg_dump), not copied by Lectern");
    }

private:
    PGconn* connection_;
    int changes_ = 0;
    bool listening_ = false;
};

}  // namespace

bool isServerLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string displayedServerLocation(std::string_view location)
{
    // scheme://user:password@host/db?options → scheme://host/db
    const size_t scheme = location.find("://");
    if (scheme == std::string_view::npos) return std::string(location);
    std::string_view rest = location.substr(scheme + 3);
    const size_t query = rest.find('?');
    rest = rest.substr(0, query);
    const size_t at = rest.rfind('@', rest.find('/'));
    if (at != std::string_view::npos) rest = rest.substr(at + 1);
    return std::string(location.substr(0, scheme + 3)) + std::string(rest);
}

std::string withoutPassword(std::string_view location)
{
    std::string kept(location);
    // scheme://user:password@host… → scheme://user@host…
    const size_t start = kept.find("://");
    if (start != std::string::npos) {
        const size_t hostEnd = kept.find_first_of("/?", start + 3);
        const size_t at = kept.rfind('@', hostEnd == std::string::npos ? kept.size() : hostEnd);
        const size_t colon = kept.find(':', start + 3);
        if (at != std::string::npos && at > start && colon != std::string::npos && colon < at) {
            kept.erase(colon, at - colon);
        }
    }
    // …?password=x&… → …?…
    for (size_t found; (found = kept.find("password=")) != std::string::npos;) {
        if (found == 0 || (kept[found - 1] != '?' && kept[found - 1] != '&')) break;
        const size_t end = kept.find('&', found);
        kept.erase(found, end == std::string::npos ? std::string::npos : end + 1 - found);
    }
    while (!kept.empty() && (kept.back() == '&' || kept.back() == '?')) kept.pop_back();
    return kept;
}

std::string numberedPlaceholders(std::string_view sql)
{
    std::string numbered;
    numbered.reserve(sql.size() + 16);
    int next = 1;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            // Quoted text or identifier, whose doubled quote stays inside it.
            const size_t close = sql.find(c, i + 1);
            const size_t end = close == std::string_view::npos ? sql.size() : close + 1;
            numbered.append(sql.substr(i, end - i));
            i = end - 1;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const size_t line = sql.find('\n', i);
            const size_t end = line == std::string_view::npos ? sql.size() : line;
            numbered.append(sql.substr(i, end - i));
            i = end - 1;
        } else if (c == '?') {
            // ?NNN keeps its number (SQLite's numbered form), a bare ? takes the next.
            size_t digits = i + 1;
            while (digits < sql.size() && sql[digits] >= '0' && sql[digits] <= '9') ++digits;
            if (digits > i + 1) {
                numbered += '$';
                numbered.append(sql.substr(i + 1, digits - i - 1));
                i = digits - 1;
            } else {
                numbered += '$' + std::to_string(next++);
            }
        } else {
            numbered += c;
        }
    }
    return numbered;
}

Result<std::unique_ptr<Database>> connectToServer(const std::string& location, Database::Mode mode)
{
    // The session's settings go with the connection's parameters, so that a
    // connection made again after a loss (sent()) has them too.
    const std::string options = std::string("-c client_min_messages=warning") +
                                (mode != Database::Mode::ReadWrite ? " -c default_transaction_read_only=on" : "");
    const char* keywords[] = {"dbname", "options", nullptr};
    const char* values[] = {location.c_str(), options.c_str(), nullptr};
    PGconn* connection = PQconnectdbParams(keywords, values, 1);
    if (!connection) return failure("cannot connect to the school library " + displayedServerLocation(location) + ": out of memory");
    if (PQstatus(connection) != CONNECTION_OK) {
        const std::string message = withoutTrailingSpace(PQerrorMessage(connection));
        PQfinish(connection);
        return failure("cannot connect to the school library " + displayedServerLocation(location) + ": " + message);
    }
    return std::unique_ptr<Database>(std::make_unique<PostgresDatabase>(connection));
}

}  // namespace lectern
