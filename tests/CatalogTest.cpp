// The catalog: schema and migrations, text search, and the library lock.
#include <QtTest>

#include "catalog/CatalogReader.h"
#include "catalog/CatalogWriter.h"
#include "catalog/FtsQuery.h"
#include "catalog/Library.h"
#include "catalog/MediaRoots.h"
#include "catalog/Migrations.h"
#include "support/TestSupport.h"

using namespace lectern;

namespace {

int64_t addAnalyzed(Library& library, const std::string& path, const std::string& title,
                    const std::string& language = "")
{
    CatalogWriter writer(library.database());
    auto id = writer.addPending({path, 100, 1}, "hash-" + path);
    if (!id) qFatal("%s", id.error().message.c_str());
    auto transaction = writer.beginItem(*id);
    Tags tags;
    tags.title = title;
    tags.language = language;
    transaction->setTags(tags);
    transaction->markAnalyzed();
    if (!transaction->commit()) qFatal("commit failed");
    return *id;
}

// Many analysed items titled alike, in one transaction: quick enough to pass
// the ranking limit in a test.
void addManyTitled(Library& library, const std::string& title, int count)
{
    Database& db = library.database();
    db.execute("BEGIN");
    Statement insert = db.prepare("INSERT INTO items (path, folder, file_name, size, mtime_ns, kind, title, status) "
                                  "VALUES (?1, '/many', ?2, 1, 1, 'audio', ?3, 'analyzed')");
    for (int i = 0; i < count; ++i) {
        const std::string file = "many-" + std::to_string(i) + ".mp3";
        insert.bind(1, "/many/" + file).bind(2, file).bind(3, title);
        insert.run();
        insert.reset();
    }
    db.execute("COMMIT");
}

std::vector<TextMatch> textMatchesOf(Library& library, const std::string& text, std::optional<int> limit = {})
{
    ItemFilter filter;
    filter.text = text;
    filter.limit = limit;
    auto matches = CatalogReader(library.database()).textMatches(filter);
    if (!matches) qFatal("%s", matches.error().message.c_str());
    return std::move(*matches);
}

std::vector<int64_t> idsMatching(Library& library, const std::string& text)
{
    ItemFilter filter;
    filter.text = text;
    auto items = CatalogReader(library.database()).list(filter);
    if (!items) qFatal("%s", items.error().message.c_str());
    std::vector<int64_t> ids;
    for (const Item& item : *items) ids.push_back(item.id);
    return ids;
}

}  // namespace

class CatalogTest : public QObject {
    Q_OBJECT

private slots:
    void anUnreachableSchoolLibraryIsSaidWithoutItsPasswordAndMakesNoFolder()
    {
        test::Scratch scratch;
        qputenv("LECTERN_SERVER_CACHE", QByteArray::fromStdString(scratch.path("cache").string()));
        const QString before = QDir::currentPath();
        QDir::setCurrent(QString::fromStdString(scratch.path().string()));
        // Port 1 of this computer: nothing listens there.
        const auto writer = Library::openForWriting("postgresql://teacher:secret@127.0.0.1:1/media");
        const auto reader = Library::openForReading("postgresql://teacher:secret@127.0.0.1:1/media");
        const bool folderMade = std::filesystem::exists("postgresql:");
        QDir::setCurrent(before);
        qunsetenv("LECTERN_SERVER_CACHE");
        QVERIFY(!writer);
        QVERIFY(!reader);
        QVERIFY(!folderMade);
        for (const auto* opened : {&writer, &reader}) {
            QVERIFY2(opened->error().message.starts_with("cannot connect to the school library postgresql://127.0.0.1:1/media: "),
                     opened->error().message.c_str());
            QVERIFY(opened->error().message.find("secret") == std::string::npos);
        }
    }

    void aPathUnderAMediaRootIsStoredByTheRootsNameAndFoundWhereverItIsMounted()
    {
        const MediaRoots here(std::vector<MediaRoot>{{"media", "/mnt/media/"}});
        const MediaRoots there(std::vector<MediaRoot>{{"media", "/Volumes/school-media"}});
        const std::string stored = here.toStored("/mnt/media/Science/water.m4a");
        QCOMPARE(stored, std::string("@media/Science/water.m4a"));
        QCOMPARE(there.toLocal(stored), std::string("/Volumes/school-media/Science/water.m4a"));
        QCOMPARE(here.toStored("/mnt/media"), std::string("@media"));
        QCOMPARE(here.toStored("/mnt/mediathek/a.mp3"), std::string("/mnt/mediathek/a.mp3"));
    }

    void aWindowsShareIsARootWithBackslashes()
    {
        const MediaRoots share(std::vector<MediaRoot>{{"media", "\\\\server\\media"}});
        QCOMPARE(share.toStored("\\\\server\\media\\Music\\waltz.flac"), std::string("@media/Music/waltz.flac"));
        QCOMPARE(share.toLocal("@media/Music/waltz.flac"), std::string("\\\\server\\media\\Music\\waltz.flac"));
    }

    void nestedMediaRootsMapToTheInnermost()
    {
        const MediaRoots roots(std::vector<MediaRoot>{{"media", "/srv/media"}, {"films", "/srv/media/films"}});
        QCOMPARE(roots.toStored("/srv/media/films/a.mp4"), std::string("@films/a.mp4"));
        QCOMPARE(roots.toStored("/srv/media/music/b.mp3"), std::string("@media/music/b.mp3"));
    }

    void aRootThisComputerDoesNotMapStaysAsStored()
    {
        QCOMPARE(MediaRoots(std::vector<MediaRoot>{{"media", "/mnt/media"}}).toLocal("@archive/old.mp3"), std::string("@archive/old.mp3"));
    }

    void mediaRootLinesAreNameEqualsPathAndAWrongLineIsSaid()
    {
        const auto roots = MediaRoots::parse("# comment\n\nmedia = /mnt/media\nfilms=/srv/films\n");
        QVERIFY(roots.ok());
        QCOMPARE(roots->roots().size(), size_t(2));
        const auto wrong = MediaRoots::parse("media=/mnt/media\nmy films /srv/films\n");
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.find("line 2") != std::string::npos, wrong.error().message.c_str());
    }

    void newLibraryHasTheCurrentSchemaVersion()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        QCOMPARE(library->database().userVersion(), currentSchemaVersion());
    }

    void catalogOfAnOlderVersionIsMigratedOnOpen()
    {
        LECTERN_FOLDER_ONLY("older schemas");
        test::Scratch scratch;
        std::filesystem::create_directories(scratch.path("lib"));
        {
            auto db = Database::open(scratch.path("lib/catalog.sqlite"), Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            (*db)->execute("CREATE TABLE unrelated (x)");  // a version-0 catalog
        }
        auto library = Library::openForReading(scratch.path("lib"));
        QVERIFY2(library.ok(), library.ok() ? "" : library.error().message.c_str());
        QCOMPARE((*library)->database().userVersion(), currentSchemaVersion());
        QVERIFY(CatalogReader((*library)->database()).list().ok());
    }

    void itemsOfAVersionOneCatalogSurviveTheMigration()
    {
        LECTERN_FOLDER_ONLY("older schemas");
        test::Scratch scratch;
        auto library = test::libraryMigratedFrom(scratch, 1,
                                                 "INSERT INTO items (path, folder, file_name, size, mtime_ns, title) "
                                                 "VALUES ('/m/old.mp3', '/m', 'old.mp3', 1, 1, 'Old lesson')");
        QCOMPARE(library->database().userVersion(), currentSchemaVersion());
        auto item = CatalogReader(library->database()).findByPath("/m/old.mp3");
        QVERIFY(item.ok() && item->has_value());
        QCOMPARE((*item)->tags.title, std::string("Old lesson"));
        QVERIFY(!(*item)->loudnessLufs.has_value());
    }

    void itemsOfAVersionFourCatalogAreFoundByTheirWordsAfterTheTextIndexIsRemade()
    {
        LECTERN_FOLDER_ONLY("older schemas");
        test::Scratch scratch;
        auto library = test::libraryMigratedFrom(scratch, 4,
                                                 "INSERT INTO items (path, folder, file_name, size, mtime_ns, title) "
                                                 "VALUES ('/m/old.mp3', '/m', 'old.mp3', 1, 1, 'Volcanoes of Iceland')");
        QCOMPARE(idsMatching(*library, "volcanoes").size(), size_t(1));
        QCOMPARE(idsMatching(*library, "ic").size(), size_t(1));
        auto item = CatalogReader(library->database()).findByPath("/m/old.mp3");
        QVERIFY(item.ok() && item->has_value());
        QCOMPARE((*item)->tags.language, std::string());
    }

    void analysedItemsOfAVersionFiveCatalogAreAnalysedAgainForTheirSoundProfile()
    {
        LECTERN_FOLDER_ONLY("older schemas");
        test::Scratch scratch;
        auto library = test::libraryMigratedFrom(scratch, 5,
                                                 "INSERT INTO items (path, folder, file_name, size, mtime_ns, status) "
                                                 "VALUES ('/m/old.mp3', '/m', 'old.mp3', 1, 1, 'analyzed')");
        auto item = CatalogReader(library->database()).findByPath("/m/old.mp3");
        QVERIFY(item.ok() && item->has_value());
        QCOMPARE((*item)->status, ItemStatus::Pending);
    }

    void analysedItemsOfAVersionSixCatalogAreAnalysedAgainForTheirSoundDescriptors()
    {
        LECTERN_FOLDER_ONLY("older schemas");
        test::Scratch scratch;
        auto library =
            test::libraryMigratedFrom(scratch, 6,
                                      "INSERT INTO items (path, folder, file_name, size, mtime_ns, status) "
                                      "VALUES ('/m/old.mp3', '/m', 'old.mp3', 1, 1, 'analyzed')");
        auto item = CatalogReader(library->database()).findByPath("/m/old.mp3");
        QVERIFY(item.ok() && item->has_value());
        QCOMPARE((*item)->status, ItemStatus::Pending);
    }

    void catalogFromANewerLecternIsRefused()
    {
        test::Scratch scratch;
        test::openLibraryForWriting(scratch.path("lib"))->database().setUserVersion(99);
        auto library = Library::openForWriting(test::libraryLocation(scratch.path("lib")));
        QVERIFY(!library.ok());
        QVERIFY(library.error().message.find("newer") != std::string::npos);
    }

    void textSearchFindsAWordOfTheTitle()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t wanted = addAnalyzed(*library, "/m/a.mp3", "Irregular French verbs");
        addAnalyzed(*library, "/m/b.mp3", "Symphony No. 5");
        QCOMPARE(idsMatching(*library, "french"), std::vector<int64_t>{wanted});
    }

    void textSearchFindsFolderAndFileNames()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t wanted = addAnalyzed(*library, "/courses/Spanish A1/lesson_04.mp3", "");
        addAnalyzed(*library, "/courses/German/lesson_05.mp3", "");
        QCOMPARE(idsMatching(*library, "spanish"), std::vector<int64_t>{wanted});
        QCOMPARE(idsMatching(*library, "lesson 04"), std::vector<int64_t>{wanted});
    }

    void textSearchMatchesTheLastWordAsAPrefix()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t wanted = addAnalyzed(*library, "/m/a.mp3", "Vocabulary drill");
        QCOMPARE(idsMatching(*library, "vocab"), std::vector<int64_t>{wanted});
    }

    void textSearchMatchesASingleTypedLetterAsAPrefix()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t wanted = addAnalyzed(*library, "/m/a.mp3", "Vocabulary drill");
        addAnalyzed(*library, "/m/b.mp3", "Symphony");
        QCOMPARE(idsMatching(*library, "v"), std::vector<int64_t>{wanted});
    }

    void textMatchesComeBestFirstUpToTheLimit()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addAnalyzed(*library, "/m/a.mp3", "Verbs and many other words about grammar and spelling");
        const int64_t best = addAnalyzed(*library, "/m/b.mp3", "Verbs");
        addAnalyzed(*library, "/m/c.mp3", "Symphony");
        const auto matches = textMatchesOf(*library, "verbs", 1);
        QCOMPARE(matches.size(), size_t(1));
        QCOMPARE(matches.front().item.id, best);
        QVERIFY(!matches.front().rankedAmongFirstMatchesOnly);
    }

    void textMatchesOfAVeryCommonWordSayThatOnlyTheFirstWereRanked()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addManyTitled(*library, "Lesson", kMostRankedMatches + 1);
        const auto matches = textMatchesOf(*library, "lesson", 10);
        QCOMPARE(matches.size(), size_t(10));
        QVERIFY(matches.front().rankedAmongFirstMatchesOnly);
    }

    void textMatchesKeepOnlyItemsPassingTheFilters()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t french = addAnalyzed(*library, "/m/a.mp3", "Lesson one", "fr");
        addAnalyzed(*library, "/m/b.mp3", "Lesson two", "de");
        ItemFilter filter;
        filter.text = "lesson";
        filter.language = "fr";
        const auto matches = CatalogReader(library->database()).textMatches(filter);
        QVERIFY(matches.ok());
        QCOMPARE(matches->size(), size_t(1));
        QCOMPARE(matches->front().item.id, french);
    }

    void languageFilterKeepsOnlyItemsOfThatLanguage()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t french = addAnalyzed(*library, "/m/a.mp3", "Lesson one", "fr");
        addAnalyzed(*library, "/m/b.mp3", "Lesson two", "de");
        addAnalyzed(*library, "/m/c.mp3", "Lesson three");
        ItemFilter filter;
        filter.language = "fr";
        auto items = CatalogReader(library->database()).list(filter);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), size_t(1));
        QCOMPARE(items->front().id, french);
    }

    void textSearchIgnoresDiacritics()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const int64_t wanted = addAnalyzed(*library, "/m/a.mp3", "Chanson d'été");
        QCOMPARE(idsMatching(*library, "ete"), std::vector<int64_t>{wanted});
    }

    void anythingTypedIsSafeToSearch_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char* text : {"\"", "\"unbalanced", "a AND", "OR", "NOT x", "NEAR(a b)", "*",
                                 "title:x", "a - b", "(", ")", "^start", "'; DROP TABLE items; --",
                                 "\"\"\"", "a\"b", "\t\n", "a & b", "a | !b", "x <-> y", "'quoted':*", "a\\b"}) {
            QTest::newRow(text) << QString::fromUtf8(text);
        }
        QTest::newRow("10000 characters") << QString(10000, QLatin1Char('x'));
        // A NUL inside a word ended SQLite's copy of the quoted term (found by fuzzing).
        QTest::newRow("NUL inside a word") << QString::fromUtf8("wa\0ter", 6);
        QTest::newRow("control characters") << QString::fromUtf8("a\x01\x1f b");
    }
    void anythingTypedIsSafeToSearch()
    {
        QFETCH(QString, typed);
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addAnalyzed(*library, "/m/a.mp3", "Some title");
        ItemFilter filter;
        filter.text = typed.toStdString();
        auto items = CatalogReader(library->database()).list(filter);
        QVERIFY2(items.ok(), items.ok() ? "" : items.error().message.c_str());
    }

    void aServersQueryHoldsOnlyQuotedWordsWhateverIsTyped()
    {
        QCOMPARE(*toTsQuery("a & b | !c <-> 'd':* \\e"), std::string("'a' & 'b' & 'c' & 'd' & 'e':*"));
        QCOMPARE(*toTsQuery("\"école primaire\" wa\xffter"), std::string("('école' <-> 'primaire') & ('wa' <-> 'ter':*)"));
        QVERIFY(!toTsQuery("\xff\xfe ' & |").has_value());
    }

    void punctuationOnlyQueryMatchesEverything()
    {
        QVERIFY(!toFtsExpression("  \" ' - ").has_value());
    }

    void secondWriterGetsAClearMessage()
    {
        LECTERN_FOLDER_ONLY("one writer at a time");
        test::Scratch scratch;
        auto first = test::openLibraryForWriting(scratch.path("lib"));
        auto second = Library::openForWriting(scratch.path("lib"));
        QVERIFY(!second.ok());
        QVERIFY(second.error().message.find("in use") != std::string::npos);
    }

    void lockIsReleasedWhenTheWriterCloses()
    {
        LECTERN_FOLDER_ONLY("one writer at a time");
        test::Scratch scratch;
        test::openLibraryForWriting(scratch.path("lib")).reset();
        QVERIFY(Library::openForWriting(scratch.path("lib")).ok());
    }

    void readersAreNotBlockedByTheWriter()
    {
        test::Scratch scratch;
        auto writer = test::openLibraryForWriting(scratch.path("lib"));
        addAnalyzed(*writer, "/m/a.mp3", "x");
        auto reader = Library::openForReading(test::libraryLocation(scratch.path("lib")));
        QVERIFY(reader.ok());
        QCOMPARE(CatalogReader((*reader)->database()).list()->size(), size_t(1));
    }

    void uncommittedItemTransactionLeavesNoTrace()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t id = *writer.addPending({"/m/a.mp3", 1, 1}, "h");
        {
            auto transaction = writer.beginItem(id);
            transaction->markAnalyzed();
        }
        auto item = CatalogReader(library->database()).findById(id);
        QCOMPARE((*item)->status, ItemStatus::Pending);
    }

    void statsCountByStatusKindAndClass()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addAnalyzed(*library, "/m/a.mp3", "a");
        addAnalyzed(*library, "/m/b.mp3", "b");
        CatalogWriter(library->database()).addPending({"/m/c.mp3", 1, 1}, "c").value();
        auto stats = CatalogReader(library->database()).stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->items, int64_t(3));
        QCOMPARE(stats->byStatus["analyzed"], int64_t(2));
        QCOMPARE(stats->byStatus["pending"], int64_t(1));
        QCOMPARE(stats->byKind["audio"], int64_t(3));
        QCOMPARE(stats->byClass["unknown"], int64_t(3));
    }
};

QTEST_GUILESS_MAIN(CatalogTest)
#include "CatalogTest.moc"
