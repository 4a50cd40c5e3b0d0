// The catalog's database layer behaves the same on both backends (issue
// 28): the embedded SQLite file and a PostgreSQL server. Each behaviour runs
// once per backend; the server is a throwaway one that
// scripts/test-postgres.sh starts for the suite, and its runs skip, saying
// why, where that server could not be started.
#include <QtTest>

#include <fstream>

#include "catalog/Database.h"
#include "catalog/PostgresDatabase.h"
#include "support/TestSupport.h"

using namespace lectern;

namespace {

const char* const kSqlite = "sqlite";
const char* const kPostgres = "postgresql";

// The server's connection URI, as the fixture wrote it; empty where it did not start.
std::string serverLocation()
{
    const char* file = std::getenv("LECTERN_TEST_POSTGRES_URL_FILE");
    if (!file) return {};
    std::ifstream in(file);
    std::string location;
    std::getline(in, location);
    return location;
}

}  // namespace

class DatabaseBackendTest : public QObject {
    Q_OBJECT

    test::Scratch scratch_;
    int opened_ = 0;

    // A fresh connection of the backend the row names, with an empty table
    // `things`; null (and the test skipped) where that backend is unavailable.
    std::unique_ptr<Database> freshDatabase(Database::Mode mode = Database::Mode::ReadWrite)
    {
        QFETCH(QString, backend);
        std::unique_ptr<Database> db;
        if (backend == kSqlite) {
            const std::filesystem::path file = scratch_.path() / ("catalog-" + std::to_string(++opened_) + ".sqlite");
            auto opened = Database::open(file, Database::Mode::ReadWrite);
            if (!opened) qFatal("%s", opened.error().message.c_str());
            (*opened)->execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT UNIQUE, amount INTEGER, "
                               "ratio REAL, data BLOB)");
            if (mode == Database::Mode::ReadWrite) return std::move(*opened);
            opened->reset();
            auto reader = Database::open(file, mode);
            if (!reader) qFatal("%s", reader.error().message.c_str());
            return std::move(*reader);
        }
        const std::string location = serverLocation();
        if (location.empty()) return nullptr;
        auto setup = connectToServer(location, Database::Mode::ReadWrite);
        if (!setup) qFatal("%s", setup.error().message.c_str());
        (*setup)->execute("DROP TABLE IF EXISTS things; DROP TABLE IF EXISTS lectern_settings; "
                          "CREATE TABLE things (id BIGSERIAL PRIMARY KEY, name TEXT UNIQUE, amount BIGINT, "
                          "ratio DOUBLE PRECISION, data BYTEA)");
        if (mode == Database::Mode::ReadWrite) return std::move(*setup);
        auto reader = connectToServer(location, mode);
        if (!reader) qFatal("%s", reader.error().message.c_str());
        return std::move(*reader);
    }

    static int64_t countOf(Database& db)
    {
        Statement count = db.prepare("SELECT COUNT(*) FROM things");
        count.step();
        return count.integer(0);
    }

    static void addBothBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow(kSqlite) << QString(kSqlite);
        QTest::newRow(kPostgres) << QString(kPostgres);
    }

#define FRESH_DATABASE_OR_SKIP(db, ...)                                                                       \
    auto db = freshDatabase(__VA_ARGS__);                                                                     \
    if (!db) QSKIP("no PostgreSQL server for the tests: scripts/test-postgres.sh could not start one (see its " \
                   "output in the ctest log)");

private slots:
    void boundValuesReadBackAsTheyWere_data() { addBothBackends(); }
    void boundValuesReadBackAsTheyWere()
    {
        FRESH_DATABASE_OR_SKIP(db);
        const std::string bytes("\0\x01\xff'\\x", 6);
        db->prepare("INSERT INTO things (name, amount, ratio, data) VALUES (?, ?, ?, ?)")
            .bind(1, "L'école — 学校")
            .bind(2, int64_t(9007199254740993))
            .bind(3, 0.1)
            .bindBlob(4, bytes.data(), bytes.size())
            .run();
        Statement read = db->prepare("SELECT name, amount, ratio, data FROM things");
        QVERIFY(read.step());
        QCOMPARE(read.text(0), std::string("L'école — 学校"));
        QCOMPARE(read.integer(1), int64_t(9007199254740993));
        QCOMPARE(read.real(2), 0.1);
        const auto [data, size] = read.blob(3);
        QCOMPARE(std::string(static_cast<const char*>(data), size), bytes);
        QVERIFY(!read.step());
    }

    void aNullIsReadAsNull_data() { addBothBackends(); }
    void aNullIsReadAsNull()
    {
        FRESH_DATABASE_OR_SKIP(db);
        db->prepare("INSERT INTO things (name, amount) VALUES (?, ?)").bind(1, "silence").bindNull(2).run();
        Statement read = db->prepare("SELECT amount, name FROM things");
        QVERIFY(read.step());
        QVERIFY(read.isNull(0));
        QVERIFY(!read.isNull(1));
    }

    void aStatementRunsAgainWithNewValuesAfterReset_data() { addBothBackends(); }
    void aStatementRunsAgainWithNewValuesAfterReset()
    {
        FRESH_DATABASE_OR_SKIP(db);
        Statement insert = db->prepare("INSERT INTO things (name) VALUES (?)");
        insert.bind(1, "first").run();
        insert.reset();
        insert.bind(1, "second").run();
        QCOMPARE(countOf(*db), int64_t(2));
    }

    void theNewRowsIdIsKnown_data() { addBothBackends(); }
    void theNewRowsIdIsKnown()
    {
        FRESH_DATABASE_OR_SKIP(db);
        db->prepare("INSERT INTO things (name) VALUES (?)").bind(1, "one").run();
        db->prepare("INSERT INTO things (name) VALUES (?)").bind(1, "two").run();
        const int64_t id = db->lastInsertId();
        Statement read = db->prepare("SELECT name FROM things WHERE id = ?");
        read.bind(1, id);
        QVERIFY(read.step());
        QCOMPARE(read.text(0), std::string("two"));
    }

    void theRowsAStatementTouchedAreCounted_data() { addBothBackends(); }
    void theRowsAStatementTouchedAreCounted()
    {
        FRESH_DATABASE_OR_SKIP(db);
        for (const char* name : {"a", "b", "c"}) db->prepare("INSERT INTO things (name, amount) VALUES (?, 1)").bind(1, name).run();
        db->prepare("UPDATE things SET amount = 2 WHERE name <> ?").bind(1, "a").run();
        QCOMPARE(db->changes(), 2);
    }

    void aTransactionNotCommittedLeavesNothing_data() { addBothBackends(); }
    void aTransactionNotCommittedLeavesNothing()
    {
        FRESH_DATABASE_OR_SKIP(db);
        {
            Transaction transaction(*db);
            db->prepare("INSERT INTO things (name) VALUES (?)").bind(1, "lost").run();
        }
        QCOMPARE(countOf(*db), int64_t(0));
    }

    void aCommittedTransactionIsKept_data() { addBothBackends(); }
    void aCommittedTransactionIsKept()
    {
        FRESH_DATABASE_OR_SKIP(db);
        {
            Transaction transaction(*db);
            db->prepare("INSERT INTO things (name) VALUES (?)").bind(1, "kept").run();
            transaction.commit();
        }
        QCOMPARE(countOf(*db), int64_t(1));
    }

    void theSchemaVersionStartsAtNoneAndIsKept_data() { addBothBackends(); }
    void theSchemaVersionStartsAtNoneAndIsKept()
    {
        FRESH_DATABASE_OR_SKIP(db);
        QCOMPARE(db->userVersion(), 0);
        db->setUserVersion(9);
        db->setUserVersion(10);
        QCOMPARE(db->userVersion(), 10);
    }

    void aFailedStatementSaysWhy_data() { addBothBackends(); }
    void aFailedStatementSaysWhy()
    {
        FRESH_DATABASE_OR_SKIP(db);
        db->prepare("INSERT INTO things (name) VALUES (?)").bind(1, "twice").run();
        try {
            db->prepare("INSERT INTO things (name) VALUES (?)").bind(1, "twice").run();
            QFAIL("a second row of the same unique name was written");
        } catch (const DatabaseError& error) {
            QVERIFY2(error.message.find("catalog query failed") == 0, error.message.c_str());
            QVERIFY2(error.message.find("unique") != std::string::npos || error.message.find("UNIQUE") != std::string::npos,
                     error.message.c_str());
        }
    }

    void aQuestionMarkInQuotedTextIsNoParameter_data() { addBothBackends(); }
    void aQuestionMarkInQuotedTextIsNoParameter()
    {
        FRESH_DATABASE_OR_SKIP(db);
        db->prepare("INSERT INTO things (name, amount) VALUES ('why?', ?)").bind(1, int64_t(7)).run();
        Statement read = db->prepare("SELECT amount FROM things WHERE name = 'why?' AND amount = ?");
        read.bind(1, int64_t(7));
        QVERIFY(read.step());
    }

    void aReadOnlyConnectionRefusesToWrite_data() { addBothBackends(); }
    void aReadOnlyConnectionRefusesToWrite()
    {
        FRESH_DATABASE_OR_SKIP(db, Database::Mode::ReadOnly);
        try {
            db->prepare("INSERT INTO things (name) VALUES (?)").bind(1, "refused").run();
            QFAIL("a read-only connection wrote");
        } catch (const DatabaseError& error) {
            QCOMPARE(error.kind, ErrorKind::ReadOnly);
        }
        QCOMPARE(countOf(*db), int64_t(0));
    }

    void placeholdersAreNumberedOutsideQuotesAndComments()
    {
        QCOMPARE(numberedPlaceholders("SELECT ? , '?''?', \"a?\" -- ?\n, ?"),
                 std::string("SELECT $1 , '?''?', \"a?\" -- ?\n, $2"));
    }

    void numberedPlaceholdersKeepTheirNumbers()
    {
        QCOMPARE(numberedPlaceholders("a = ?2 OR b = ?12 OR c = ?2"), std::string("a = $2 OR b = $12 OR c = $2"));
    }

    void aRememberedLocationKeepsAllButThePassword()
    {
        QCOMPARE(withoutPassword("postgresql://teacher:secret@school.lan:5433/media?sslmode=require"),
                 std::string("postgresql://teacher@school.lan:5433/media?sslmode=require"));
        QCOMPARE(withoutPassword("postgresql://school.lan/media?password=secret&sslmode=require"),
                 std::string("postgresql://school.lan/media?sslmode=require"));
        QCOMPARE(withoutPassword("postgresql://teacher@/media?host=/run/postgresql&password=secret"),
                 std::string("postgresql://teacher@/media?host=/run/postgresql"));
    }

    void aChangeCommittedElsewhereIsNoticedOnAServerOnly_data() { addBothBackends(); }
    void aChangeCommittedElsewhereIsNoticedOnAServerOnly()
    {
        FRESH_DATABASE_OR_SKIP(writer);
        QFETCH(QString, backend);
        QVERIFY(!writer->changesArrived());  // starts listening
        {
            Transaction transaction(*writer);
            writer->execute("INSERT INTO things (name) VALUES ('x')");
            noteCatalogChanged(*writer);
            transaction.commit();
        }
        QCOMPARE(writer->changesArrived(), backend == kPostgres);
        QVERIFY(!writer->changesArrived());  // each notice is told once
    }

    void aServerLocationIsToldFromAFolder()
    {
        QVERIFY(isServerLocation("postgresql://school.lan/media"));
        QVERIFY(isServerLocation("postgres://school.lan/media"));
        QVERIFY(!isServerLocation("/home/teacher/Lectern"));
        QVERIFY(!isServerLocation("C:\\Users\\teacher\\Lectern"));
    }

    void anUnreachableServerIsSaidWithoutItsPassword()
    {
        const auto connected =
            connectToServer("postgresql://teacher:secret@/lectern?host=/nonexistent-lectern-socket", Database::Mode::ReadWrite);
        QVERIFY(!connected);
        const std::string& message = connected.error().message;
        QVERIFY2(message.find("cannot connect to the school library postgresql:///lectern") == 0, message.c_str());
        QVERIFY2(message.find("secret") == std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(DatabaseBackendTest)
#include "DatabaseBackendTest.moc"
