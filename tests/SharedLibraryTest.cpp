// A school library shared by many computers (issue 28): analysis claims
// and their leases, two imports at once, reader accounts, and a server that
// goes away under its clients. Runs on the throwaway server only
// (TestSupport.h: onServer), alone, since it stops and starts that server.
#include <QProcess>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

#include "catalog/AnalysisLeases.h"
#include "catalog/CatalogReader.h"
#include "catalog/CatalogWriter.h"
#include "catalog/MediaRoots.h"
#include "catalog/PostgresDatabase.h"
#include "pipeline/AnalyzerChain.h"
#include "pipeline/Importer.h"
#include "pipeline/PendingWork.h"
#include "support/TestSupport.h"

using namespace lectern;
using namespace std::chrono_literals;

namespace {

int64_t addPending(Library& library, const std::string& path)
{
    auto id = CatalogWriter(library.database()).addPending({path, 1, 1}, "hash of " + path);
    if (!id) qFatal("cannot add %s: %s", path.c_str(), id.error().message.c_str());
    return *id;
}

int64_t countWhere(Library& library, const std::string& condition)
{
    Statement statement = library.database().prepare("SELECT count(*) FROM items WHERE " + condition);
    statement.step();
    return statement.integer(0);
}

// The test server stopped or started under its clients, its data kept.
void server(const char* action)
{
    const int code = QProcess::execute(QStringLiteral(LECTERN_POSTGRES_SCRIPT),
                                       {QString::fromLatin1(action), qEnvironmentVariable("LECTERN_TEST_POSTGRES_URL_FILE")});
    if (code != 0) qFatal("test-postgres.sh %s failed", action);
}

// The URL as another account of the same server: postgresql://NAME@/db?host=….
std::string asAccount(const std::string& location, const std::string& name)
{
    const size_t start = location.find("://") + 3;
    const size_t at = location.find('@', start);
    return location.substr(0, start) + name + location.substr(at);
}

std::string urlOf(const std::filesystem::path& location) { return location.string(); }

}  // namespace

class SharedLibraryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::onServer()) QSKIP("a school library's behaviour: runs as SharedLibraryTestOnServer");
    }

    void aClaimedItemIsNotClaimedByAnotherWorker()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t first = addPending(*library, "/m/a.mp3");
        const int64_t second = addPending(*library, "/m/b.mp3");
        AnalysisLeases one(library->database(), "one", 300s), two(library->database(), "two", 300s),
            three(library->database(), "three", 300s);
        QCOMPARE((*one.claimNext())->id, first);
        QCOMPARE((*two.claimNext())->id, second);
        QVERIFY(!three.claimNext()->has_value());
    }

    void aLapsedClaimIsTakenByAnotherWorkerAndTheFirstCannotStoreItsResults()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t id = addPending(*library, "/m/a.mp3");
        AnalysisLeases slow(library->database(), "slow", 1s), other(library->database(), "other", 300s);
        QCOMPARE((*slow.claimNext())->id, id);
        std::this_thread::sleep_for(1500ms);
        QCOMPARE((*other.claimNext())->id, id);

        CatalogWriter writer(library->database());
        const AnalysisOutcome failedBySlow{AnalysisOutcome::State::Failed, "slow's result", {}};
        const Status late = storeOutcome(writer, id, failedBySlow, "slow");
        QVERIFY(!late);
        QCOMPARE(int(late.error().kind), int(ErrorKind::ClaimLost));
        QCOMPARE(countWhere(*library, "status = 'pending' AND claimed_by = 'other'"), int64_t(1));
        QVERIFY(storeOutcome(writer, id, {AnalysisOutcome::State::Failed, "other's result", {}}, "other"));
        QCOMPARE((*CatalogReader(library->database()).findById(id))->error, std::string("other's result"));
    }

    void aWorkerKilledMidItemLeavesItToAnotherThatAnalysesEveryItemOnce()
    {
        auto fixture = test::FixtureLibrary("many");
        auto& [scratch, media, library] = fixture;
        ImportOptions registerOnly;
        registerOnly.registerOnly = true;
        const auto registered = importMedia(*library, {media}, registerOnly, {}, {});
        QVERIFY(registered && registered->registered > 2);

        QProcess worker;
        worker.start(test::cliPath(), {"--library", QString::fromStdString(urlOf(test::libraryLocation(scratch.path("lib")))),
                                       "work", "--jobs", "1", "--lease", "2"});
        QVERIFY(worker.waitForStarted());
        int64_t analysedBefore = -1;
        for (int i = 0; i < 2000 && analysedBefore < 0; ++i) {
            if (countWhere(*library, "status = 'pending' AND claimed_by IS NOT NULL") > 0) {
                worker.kill();  // SIGKILL: no chance to give its claim back
                worker.waitForFinished();
                analysedBefore = countWhere(*library, "status = 'analyzed'");
            } else {
                std::this_thread::sleep_for(5ms);
            }
        }
        QVERIFY2(analysedBefore >= 0, "the worker never claimed an item");
        Statement held = library->database().prepare("SELECT id FROM items WHERE status = 'pending' AND claimed_by IS NOT NULL");
        QVERIFY(held.step());
        const int64_t abandoned = held.integer(0);

        const auto rest = workOnPending(*library, WorkOptions{}, {}, {});
        QVERIFY2(rest.ok(), rest.ok() ? "" : rest.error().message.c_str());
        QCOMPARE(int64_t(rest->analyzed) + analysedBefore, int64_t(registered->registered));
        QCOMPARE(rest->claimsLost, 0);
        QVERIFY(std::count(rest->analyzedIds.begin(), rest->analyzedIds.end(), abandoned) == 1);
        QCOMPARE(countWhere(*library, "status = 'analyzed' AND claimed_by IS NULL"), int64_t(registered->registered));
    }

    void anImportAnalysesItsOwnFilesAndLeavesTheSchoolsBacklogToTheWorkers()
    {
        test::Scratch scratch;
        const auto backlog = scratch.copyOf("many"), mine = scratch.copyOf("search");
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        ImportOptions registerOnly;
        registerOnly.registerOnly = true;
        const auto registered = importMedia(*library, {backlog}, registerOnly, {}, {});
        QVERIFY(registered && registered->registered > 0);

        const auto imported = importMedia(*library, {mine}, {}, {}, {});
        QVERIFY(imported.ok());
        QVERIFY(imported->added > 0);
        QCOMPARE(countWhere(*library, "status = 'analyzed'"), int64_t(imported->added));
        QCOMPARE(countWhere(*library, "status = 'pending'"), int64_t(registered->registered));
    }

    void twoImportsOfTheSameFolderAtOnceRegisterEachFileOnce()
    {
        auto fixture = test::FixtureLibrary("many");
        auto& [scratch, media, library] = fixture;
        auto secondComputer = Library::openForWriting(test::libraryLocation(scratch.path("lib")));
        QVERIFY(secondComputer.ok());
        ImportOptions registerOnly;
        registerOnly.registerOnly = true;
        Result<ImportSummary> first = failure("not run"), second = failure("not run");
        {
            std::jthread one([&] { first = importMedia(*library, {media}, registerOnly, {}, {}); });
            std::jthread two([&] { second = importMedia(**secondComputer, {media}, registerOnly, {}, {}); });
        }
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
        QVERIFY2(second.ok(), second.ok() ? "" : second.error().message.c_str());
        const auto files = std::distance(std::filesystem::recursive_directory_iterator(media), {});
        QCOMPARE(countWhere(*library, "true"), int64_t(files));
        QCOMPARE(countWhere(*library, "status = 'pending'"), int64_t(files));
    }

    void aReaderAccountIsToldItMayOnlyReadAndCannotWrite()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addPending(*library, "/m/a.mp3");
        const std::string reader = "reader_" + std::to_string(QCoreApplication::applicationPid());
        library->database().execute("DROP ROLE IF EXISTS " + reader + "; CREATE ROLE " + reader +
                                    " LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);
        const std::string location = asAccount(urlOf(test::libraryLocation(scratch.path("lib"))), reader);

        const auto asWriter = Library::openForWriting(location);
        QVERIFY(!asWriter);
        QCOMPARE(int(asWriter.error().kind), int(ErrorKind::ReadOnly));
        QVERIFY2(asWriter.error().message.find("may only read") != std::string::npos, asWriter.error().message.c_str());

        auto asReader = Library::openForReading(location);
        QVERIFY2(asReader.ok(), asReader.ok() ? "" : asReader.error().message.c_str());
        QVERIFY(!(*asReader)->writable());
        QCOMPARE(CatalogReader((*asReader)->database()).list()->size(), size_t(1));
        const auto written = CatalogWriter((*asReader)->database()).addPending({"/m/b.mp3", 1, 1}, "b");
        QVERIFY(!written);
        QCOMPARE(int(written.error().kind), int(ErrorKind::ReadOnly));
        asReader->reset();
        library->database().execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + reader + "; DROP ROLE " + reader);
    }

    void aFileIsFoundAgainWhereItsMediaRootIsMountedOnAnotherComputer()
    {
        test::Scratch scratch;
        const std::filesystem::path mountHere = scratch.path("here/media"), mountThere = scratch.path("there/media");
        std::filesystem::create_directories(mountHere);
        std::filesystem::copy(test::fixtures("search"), mountHere / "Science");
        std::filesystem::create_directories(mountThere.parent_path());
        std::filesystem::create_directory_symlink(mountHere, mountThere);  // the same share, mounted elsewhere

        const std::filesystem::path location = test::libraryLocation(scratch.path("lib"));
        auto here = test::openLibraryForWriting(scratch.path("lib"));
        QVERIFY(MediaRoots::saveRoot(here->mediaRootsFile(), "media", mountHere.string()));
        here.reset();
        here = test::openLibraryForWriting(scratch.path("lib"));
        const auto imported = importMedia(*here, {mountHere}, {}, {}, {});
        QVERIFY(imported && imported->added > 0);
        Statement stored = here->database().prepare("SELECT count(*) FROM items WHERE path LIKE '@media/Science/%'");
        stored.step();
        QCOMPARE(stored.integer(0), int64_t(imported->added));

        // Another computer: its own local folder, the root mounted elsewhere.
        qputenv("LECTERN_SERVER_CACHE", QByteArray::fromStdString(scratch.path("other-computer").string()));
        const std::filesystem::path otherFolder = Library::localFolderFor(urlOf(location));
        std::filesystem::create_directories(otherFolder);
        QVERIFY(MediaRoots::saveRoot(otherFolder / "media-roots", "media", mountThere.string()));
        auto there = Library::openForWriting(location);
        QVERIFY2(there.ok(), there.ok() ? "" : there.error().message.c_str());
        const auto items = CatalogReader((*there)->database()).list();
        QVERIFY(items.ok() && !items->empty());
        for (const Item& item : *items) {
            QVERIFY2(item.path.starts_with(mountThere.string() + "/Science/"), item.path.c_str());
            QVERIFY(std::filesystem::exists(item.path));
        }
        const auto again = importMedia(**there, {mountThere}, {}, {}, {});
        QVERIFY(again.ok());
        QCOMPARE(again->unchanged, imported->added);
        QCOMPARE(again->added, 0);
    }

    void aClientReadsOnlyWhatChangedSinceItLastLooked()
    {
        auto fixture = test::FixtureLibrary("search");
        auto& [scratch, media, library] = fixture;
        const auto imported = importMedia(*library, {media}, {}, {}, {});
        QVERIFY(imported && imported->added >= 3);
        CatalogReader reader(library->database());
        const auto everything = reader.changesSince(std::nullopt);
        QVERIFY(everything.ok());
        QCOMPARE(everything->stamps.size(), size_t(imported->added));

        const auto nothingYet = reader.changesSince(everything->upTo);
        QVERIFY(nothingYet.ok());
        QVERIFY(nothingYet->stamps.empty());
        QVERIFY(nothingYet->goneIds.empty());

        const auto items = *reader.list();
        CatalogWriter writer(library->database());
        QVERIFY(writer.remove(items[0].id));
        QVERIFY(writer.markPending(items[1].id));
        Tags edited = items[2].tags;
        edited.title = "Edited";
        QVERIFY(writer.setEditedTags(items[2].id, edited));
        const auto changed = reader.changesSince(nothingYet->upTo);
        QVERIFY(changed.ok());
        QCOMPARE(changed->goneIds.size(), size_t(2));
        QVERIFY(std::count(changed->goneIds.begin(), changed->goneIds.end(), items[0].id) == 1);
        QVERIFY(std::count(changed->goneIds.begin(), changed->goneIds.end(), items[1].id) == 1);
        QCOMPARE(changed->stamps.size(), size_t(1));
        QCOMPARE(changed->stamps.front().itemId, items[2].id);
    }

    void aClientReconnectsToARestartedServer()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addPending(*library, "/m/a.mp3");
        server("stop-server");
        server("start-server");
        const auto items = CatalogReader(library->database()).list();
        QVERIFY2(items.ok(), items.ok() ? "" : items.error().message.c_str());
        QCOMPARE(items->size(), size_t(1));
    }

    void aServerAwayIsSaidClearlyAndNothingLocalIsLost()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addPending(*library, "/m/a.mp3");
        server("stop-server");
        const auto written = CatalogWriter(library->database()).addPending({"/m/b.mp3", 1, 1}, "b");
        server("start-server");
        QVERIFY(!written);
        QCOMPARE(int(written.error().kind), int(ErrorKind::ConnectionLost));
        QVERIFY2(written.error().message.find("cannot be reached") != std::string::npos, written.error().message.c_str());
        QVERIFY(std::filesystem::is_directory(library->indexDirectory()));
        QVERIFY(std::filesystem::is_directory(library->cacheDirectory()));
        const auto items = CatalogReader(library->database()).list();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), size_t(1));
    }

    void workersGoOnWhenTheServerRestartsMidImport()
    {
        auto fixture = test::FixtureLibrary("many");
        auto& [scratch, media, library] = fixture;
        ImportOptions registerOnly;
        registerOnly.registerOnly = true;
        const auto registered = importMedia(*library, {media}, registerOnly, {}, {});
        QVERIFY(registered.ok());
        WorkOptions options;
        options.jobs = 2;
        std::atomic<int> done{0};
        Result<WorkSummary> work = failure("not run");
        {
            std::jthread working([&] {
                work = workOnPending(*library, options, [&](const ImportProgress& p) { done = p.filesDone; }, {});
            });
            while (done == 0) std::this_thread::sleep_for(5ms);
            server("stop-server");
            std::this_thread::sleep_for(500ms);
            server("start-server");
        }
        QVERIFY2(work.ok(), work.ok() ? "" : work.error().message.c_str());
        QCOMPARE(countWhere(*library, "status = 'analyzed'"), int64_t(registered->registered));
        QCOMPARE(work->analyzed, registered->registered);
    }
};

QTEST_GUILESS_MAIN(SharedLibraryTest)
#include "SharedLibraryTest.moc"
