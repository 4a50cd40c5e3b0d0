// What a teacher changes in the catalog by hand, and what a re-import does to
// it: collections, edited tags, files gone missing; and how items leave
// Lectern again: playlists, tables and copies.
#include <QtTest>

#include <fstream>

#include "catalog/CatalogReader.h"
#include "catalog/CatalogWriter.h"
#include "catalog/Collections.h"
#include "catalog/ImportedFolders.h"
#include "common/Paths.h"
#include "export/FolderCopy.h"
#include "export/PlaylistExport.h"
#include "pipeline/Importer.h"
#include "search/SearchQuery.h"
#include "search/TextSearch.h"
#include "support/TestSupport.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

ImportSummary importInto(Library& library, const std::vector<fs::path>& roots)
{
    auto summary = importMedia(library, roots, {}, {}, {});
    if (!summary) qFatal("import failed: %s", summary.error().message.c_str());
    return std::move(summary).value();
}

Item itemAt(Library& library, const fs::path& path)
{
    auto item = CatalogReader(library.database()).findByPath(toUtf8(path));
    if (!item || !*item) qFatal("no item for %s", path.string().c_str());
    return **item;
}

// Items in the catalog without analysis: enough for collections and tags.
std::vector<int64_t> addPendingItems(Library& library, const std::vector<std::string>& paths)
{
    std::vector<int64_t> ids;
    for (const std::string& path : paths) ids.push_back(CatalogWriter(library.database()).addPending({path, 1, 1}, "").value());
    return ids;
}

Item itemWith(const std::string& path, const std::string& title, double seconds)
{
    Item item;
    item.path = path;
    item.fileName = fs::path(path).filename().string();
    item.tags.title = title;
    item.durationSeconds = seconds;
    return item;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

class LibraryEditsTest : public QObject {
    Q_OBJECT

private slots:
    void aCollectionListsInTheOrderAdded()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const auto ids = addPendingItems(*library, {"/m/a.mp3", "/m/b.mp3", "/m/c.mp3"});
        Collections collections(library->database());
        QVERIFY(collections.add(collections.create("Lesson").value(), {ids[2], ids[0], ids[1]}).ok());
        const auto items =
            CatalogReader(library->database()).list(itemFilterOf(parseSearchQuery("collection:Lesson"))).value();
        QCOMPARE(items.size(), size_t(3));
        QCOMPARE((std::vector<int64_t>{items[0].id, items[1].id, items[2].id}), (std::vector<int64_t>{ids[2], ids[0], ids[1]}));
    }

    void aCollectionKeepsItsItemsInTheOrderAdded()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const auto ids = addPendingItems(*library, {"/m/a.mp3", "/m/b.mp3", "/m/c.mp3"});
        Collections collections(library->database());
        const int64_t unit = collections.create("Unit 3").value();
        QVERIFY(collections.add(unit, {ids[2], ids[0]}).ok());
        QVERIFY(collections.add(unit, {ids[0], ids[1]}).ok());  // a is there already
        QCOMPARE(collections.itemIds(unit).value(), (std::vector<int64_t>{ids[2], ids[0], ids[1]}));
        QCOMPARE(collections.list().value().front().itemCount, int64_t(3));
    }

    void anItemCanBeInManyCollections()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const auto ids = addPendingItems(*library, {"/m/a.mp3"});
        Collections collections(library->database());
        for (const char* name : {"Unit 1", "Listening"}) {
            QVERIFY(collections.add(collections.create(name).value(), ids).ok());
        }
        QCOMPARE(collections.holding(ids[0]).value().size(), size_t(2));
    }

    void aCollectionNameMustBeNewAndNotBlank()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        Collections collections(library->database());
        QVERIFY(collections.create("Unit 3").ok());
        QVERIFY(!collections.create(" Unit 3 ").ok());
        QVERIFY(!collections.create("   ").ok());
        const int64_t other = collections.create("Unit 4").value();
        QVERIFY(!collections.rename(other, "Unit 3").ok());
        QVERIFY(collections.rename(other, "Unit 5").ok());
    }

    void addingAnUnknownItemAddsNothing()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const auto ids = addPendingItems(*library, {"/m/a.mp3"});
        Collections collections(library->database());
        const int64_t unit = collections.create("Unit 3").value();
        QVERIFY(!collections.add(unit, {ids[0], 9999}).ok());
        QVERIFY(collections.itemIds(unit).value().empty());
    }

    void deletingACollectionKeepsItsItems()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const auto ids = addPendingItems(*library, {"/m/a.mp3"});
        Collections collections(library->database());
        const int64_t unit = collections.create("Unit 3").value();
        QVERIFY(collections.add(unit, ids).ok());
        QVERIFY(collections.remove(unit).ok());
        QVERIFY(collections.list().value().empty());
        QCOMPARE(CatalogReader(library->database()).list().value().size(), size_t(1));
    }

    void theCollectionFilterFindsOnlyItsItems()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const auto ids = addPendingItems(*library, {"/m/a.mp3", "/m/b.mp3"});
        Collections collections(library->database());
        QVERIFY(collections.add(collections.create("Unit 3").value(), {ids[1]}).ok());
        const auto items =
            CatalogReader(library->database()).list(itemFilterOf(parseSearchQuery("collection:\"Unit 3\""))).value();
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items.front().id, ids[1]);
    }

    void theFolderTreeFilterTakesSubfoldersButNotLookalikes()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        addPendingItems(*library, {"/course/Unit 1/a.mp3", "/course/Unit 1/drills/b.mp3", "/course/Unit 10/c.mp3"});
        const auto items =
            CatalogReader(library->database()).list(itemFilterOf(parseSearchQuery("under:\"/course/Unit 1\""))).value();
        QStringList names;
        for (const Item& item : items) names << QString::fromStdString(item.fileName);
        names.sort();
        QCOMPARE(names, (QStringList{"a.mp3", "b.mp3"}));
    }

    void anEditedTagIsFoundByWordsAtOnce()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const auto ids = addPendingItems(*library, {"/m/a.mp3"});
        Tags tags;
        tags.title = "Pronunciation drill";
        tags.language = "fr";
        QVERIFY(CatalogWriter(library->database()).setEditedTags(ids[0], tags).ok());
        ItemFilter filter;
        filter.text = "pronunciation";
        QCOMPARE(CatalogReader(library->database()).textMatches(filter).value().size(), size_t(1));
        QVERIFY(CatalogReader(library->database()).findById(ids[0]).value()->tagsEdited);
    }

    void anEditedTagSurvivesAnalysingTheFileAgain()
    {
        auto fixture = test::FixtureLibrary("speech");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        const Item english = itemAt(*library, media / "english.wav");
        Tags tags = english.tags;
        tags.album = "Workshop";
        QVERIFY(CatalogWriter(library->database()).setEditedTags(english.id, tags).ok());
        QVERIFY(CatalogWriter(library->database()).markPending(english.id).ok());
        importInto(*library, {media});
        QCOMPARE(itemAt(*library, media / "english.wav").tags.album, std::string("Workshop"));
    }

    void anImportedFolderIsRememberedAndWatchedUntilSwitchedOff()
    {
        auto fixture = test::FixtureLibrary("speech");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media / "", media / "english.wav"});  // a file root is not a folder to watch
        ImportedFolders folders(library->database());
        QCOMPARE(folders.list().value().size(), size_t(1));
        QCOMPARE(folders.list().value().front().path, toUtf8(media));
        QVERIFY(folders.list().value().front().watched);
        QVERIFY(folders.setWatched(toUtf8(media), false).ok());
        importInto(*library, {media});
        QVERIFY(!folders.list().value().front().watched);  // importing again keeps the switch
    }

    void aFileGoneFromAnImportedFolderIsKeptAndMarkedMissing()
    {
        auto fixture = test::FixtureLibrary("speech");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        fs::rename(media / "french.wav", scratch.path("away.wav"));
        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.missing, 1);
        const Item french = itemAt(*library, media / "french.wav");
        QVERIFY(french.missing);
        QCOMPARE(french.status, ItemStatus::Analyzed);
    }

    void missingFilesAreFoundByTheirStatus()
    {
        auto fixture = test::FixtureLibrary("speech");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        fs::rename(media / "french.wav", scratch.path("away.wav"));
        importInto(*library, {media});
        const auto items =
            CatalogReader(library->database()).list(itemFilterOf(parseSearchQuery("status:missing"))).value();
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items.front().fileName, std::string("french.wav"));
    }

    void aMissingFileThatReturnsIsFoundWithoutAnalysis()
    {
        auto fixture = test::FixtureLibrary("speech");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        fs::rename(media / "french.wav", scratch.path("away.wav"));
        importInto(*library, {media});
        fs::rename(scratch.path("away.wav"), media / "french.wav");
        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.added + summary.updated, 0);
        QVERIFY(!itemAt(*library, media / "french.wav").missing);
    }

    void aFolderThatVanishesKeepsEveryItem()
    {
        auto fixture = test::FixtureLibrary("speech");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        fs::rename(media, scratch.path("unplugged"));
        importInto(*library, {media});
        const auto items = CatalogReader(library->database()).list().value();
        QCOMPARE(items.size(), size_t(2));
        QVERIFY(std::all_of(items.begin(), items.end(), [](const Item& item) { return item.missing; }));
    }

    void aPlaylistNamesFilesRelativeToItsFolder()
    {
        const std::string text = m3u8Playlist({itemWith("/course/unit 1/a.mp3", "A", 61.4),
                                               itemWith("/elsewhere/b.ogg", "B", 3)},
                                              "/course/unit.m3u8");
        QCOMPARE(QString::fromStdString(text),
                 QStringLiteral("#EXTM3U\n#EXTINF:61,A\nunit 1/a.mp3\n#EXTINF:3,B\n../elsewhere/b.ogg\n"));
    }

    void aLineBreakInANameCannotStartAPlaylistEntry()
    {
        const std::string text = m3u8Playlist({itemWith("/course/evil\n#EXTINF:1,x\n/etc/passwd.mp3", "two\nlines", 1)},
                                              "/course/list.m3u8");
        const QStringList lines = QString::fromStdString(text).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1], QStringLiteral("#EXTINF:1,two lines"));
        QVERIFY(lines[2].startsWith(QStringLiteral("file:///course/evil%0A%23EXTINF")));
    }

    void aFileWhoseNameStartsWithAHashIsNotReadAsAComment()
    {
        const std::string text = m3u8Playlist({itemWith("/course/#1 greetings.mp3", "Greetings", 5)}, "/course/list.m3u8");
        QCOMPARE(QString::fromStdString(text), QStringLiteral("#EXTM3U\n#EXTINF:5,Greetings\n./#1 greetings.mp3\n"));
    }

    void aCsvFieldIsQuotedAndNeverAFormula()
    {
        Item item = itemWith("/m/a,b.mp3", "=HYPERLINK(\"x\")", 1);
        item.tags.comment = "said \"hello\"\nthen left";
        const std::string table = csvTable({item});
        QVERIFY(table.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
        QVERIFY(table.find("\"said \"\"hello\"\"\nthen left\"") != std::string::npos);
        QVERIFY(table.find("\"/m/a,b.mp3\"") != std::string::npos);
    }

    void aFileNameCannotLeaveTheTargetFolder()
    {
        QCOMPARE(safeFileName("../../etc/passwd"), std::string(".._.._etc_passwd"));
        QCOMPARE(safeFileName(".."), std::string("unnamed"));
        QCOMPARE(safeFileName("C:\\x.mp3"), std::string("C__x.mp3"));
        QCOMPARE(safeFileName("CON.mp3"), std::string("_CON.mp3"));
        QCOMPARE(safeFileName("a?b*.wav"), std::string("a_b_.wav"));
    }

    void copiesOfTheSameNameAreNumberedAndNothingIsOverwritten()
    {
        test::Scratch scratch;
        fs::create_directories(scratch.path("a"));
        fs::create_directories(scratch.path("b"));
        fs::create_directories(scratch.path("stick"));
        std::ofstream(scratch.path("a/song.mp3")) << "first";
        std::ofstream(scratch.path("b/song.mp3")) << "second";
        std::ofstream(scratch.path("stick/song.mp3")) << "already there";
        const auto summary = copyFilesToFolder({toUtf8(scratch.path("a/song.mp3")), toUtf8(scratch.path("b/song.mp3"))},
                                               scratch.path("stick"));
        QVERIFY(summary.ok());
        QCOMPARE(summary->copied.size(), size_t(2));
        QCOMPARE(readFile(scratch.path("stick/song.mp3")), std::string("already there"));
        QCOMPARE(readFile(scratch.path("stick/song (2).mp3")), std::string("first"));
        QCOMPARE(readFile(scratch.path("stick/song (3).mp3")), std::string("second"));
    }

    void aFileThatCannotBeCopiedIsListedAndTheRestGoOn()
    {
        test::Scratch scratch;
        std::ofstream(scratch.path("here.mp3")) << "x";
        const auto summary =
            copyFilesToFolder({toUtf8(scratch.path("gone.mp3")), toUtf8(scratch.path("here.mp3"))}, scratch.path("out"));
        QVERIFY(summary.ok());
        QCOMPARE(summary->problems.size(), size_t(1));
        QCOMPARE(summary->copied.size(), size_t(1));
    }

    void aCancelledCopyStopsBeforeTheNextFile()
    {
        test::Scratch scratch;
        std::ofstream(scratch.path("one.mp3")) << "x";
        std::ofstream(scratch.path("two.mp3")) << "y";
        CancellationToken cancel;
        const auto summary = copyFilesToFolder({toUtf8(scratch.path("one.mp3")), toUtf8(scratch.path("two.mp3"))},
                                               scratch.path("out"), [&cancel](size_t, size_t) { cancel.cancel(); },
                                               cancel);
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->copied.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(LibraryEditsTest)
#include "LibraryEditsTest.moc"
