// The import pipeline: what gets in, what is skipped, what fails and why,
// incremental re-import, moves, cancellation and resumption.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "catalog/CatalogReader.h"
#include "catalog/Database.h"
#include "catalog/Library.h"
#include "common/Paths.h"
#include "pipeline/DefaultAnalyzers.h"
#include "pipeline/Importer.h"
#include "catalog/ResourceClass.h"
#include "support/TestSupport.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

ImportSummary importInto(Library& library, const std::vector<fs::path>& roots,
                         ImportOptions options = {}, const CancellationToken& cancel = {})
{
    auto summary = importMedia(library, roots, options, {}, cancel);
    if (!summary) qFatal("import failed: %s", summary.error().message.c_str());
    return std::move(summary).value();
}

// The fixture imported, the library closed and its catalog damaged; its folder.
fs::path importedThenDamaged(test::FixtureLibrary& fixture)
{
    importInto(*fixture.library, {fixture.media});
    const fs::path folder = fixture.library->directory();
    fixture.library.reset();
    test::damageCatalog(folder);
    return folder;
}

std::vector<Item> allItems(Library& library)
{
    return CatalogReader(library.database()).list().value();
}

Item itemAt(Library& library, const fs::path& path)
{
    auto item = CatalogReader(library.database()).findByPath(toUtf8(path));
    if (!item || !*item) qFatal("no item for %s", path.string().c_str());
    return **item;
}

void setManualClass(Library& library, int64_t id, const char* resourceClass)
{
    Statement statement = library.database().prepare(
        "UPDATE items SET class = ?2, class_source = 'manual' WHERE id = ?1");
    statement.bind(1, id).bind(2, resourceClass);
    statement.run();
}

}  // namespace

// Stores nothing but fails to write for one chosen file, as a full disk or a
// broken table would.
class FailingStoreAnalyzer : public Analyzer {
public:
    explicit FailingStoreAnalyzer(std::string victim) : victim_(std::move(victim)) {}
    std::string_view name() const override { return "failing store"; }
    bool initialize(const AnalysisContext& context) override
    {
        fails_ = context.target.path.filename() == victim_;
        return true;
    }
    void processSamples(std::span<const float>) override {}
    void storeResults(ItemTransaction& transaction) const override
    {
        if (fails_) transaction.run([](Database& db) { db.execute("INSERT INTO no_such_table VALUES (1)"); });
    }

private:
    std::string victim_;
    bool fails_ = false;
};

// Is cancelled by the user while it finishes, as a long keyframe pass would be.
class CancelledWhileFinishing : public Analyzer {
public:
    explicit CancelledWhileFinishing(CancellationToken cancel) : cancel_(std::move(cancel)) {}
    std::string_view name() const override { return "cancelled while finishing"; }
    bool initialize(const AnalysisContext&) override { return true; }
    void processSamples(std::span<const float>) override {}
    Status finish() override
    {
        cancel_.cancel();
        return success();
    }
    void storeResults(ItemTransaction&) const override {}

private:
    CancellationToken cancel_;
};

class ImportTest : public QObject {
    Q_OBJECT

private slots:
    void importsEveryFormatAsAnAnalyzedItem()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.added, 11);
        QCOMPARE(summary.failed, 0);
        for (const Item& item : allItems(*library)) {
            QCOMPARE(item.status, ItemStatus::Analyzed);
            QVERIFY(std::abs(item.durationSeconds - 2.0) <= 0.1);
            QVERIFY2(item.resourceClass != "unknown" && isResourceClassOrUnknown(item.resourceClass),
                     item.resourceClass.c_str());
            QCOMPARE(item.classSource, ClassSource::Auto);
        }
        QCOMPARE(itemAt(*library, media / "tone.webm").kind, MediaKind::Video);
        QCOMPARE(itemAt(*library, media / "tone.opus").kind, MediaKind::Audio);
        QCOMPARE(itemAt(*library, media / "tone.flac").tags.title, std::string("Tone flac"));
    }

    void badInputsEndAsFailedWithAReasonAndTheRestIsImported()
    {
        test::FixtureLibrary fixture("bad");
        auto& [scratch, media, library] = fixture;
        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.failed, 3);
        for (const char* name : {"zero bytes.wav", "random bytes.mp4", "notes.wav"}) {
            const Item item = itemAt(*library, media / name);
            QCOMPARE(item.status, ItemStatus::Failed);
            QVERIFY2(!item.error.empty(), name);
        }
        QCOMPARE(itemAt(*library, media / "zero bytes.wav").error, std::string("the file is empty (0 bytes)"));
        const Item accented = itemAt(*library, media / fromUtf8("café été – lesson 1.ogg"));
        QCOMPARE(accented.status, ItemStatus::Analyzed);
        QCOMPARE(accented.tags.title, std::string("Chanson d’été"));
        const Item truncated = itemAt(*library, media / "truncated.mp3");
        QVERIFY(truncated.status == ItemStatus::Analyzed || !truncated.error.empty());
    }

    void aFloatFileWithSamplesThatAreNotNumbersIsAnalysed()
    {
        test::Scratch scratch;
        test::writeFloatWav(scratch.path("nan.wav"), test::toneWithNanAndInfinity());
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const ImportSummary summary = importInto(*library, {scratch.path("nan.wav")});
        QCOMPARE(summary.added, 1);
        const Item item = itemAt(*library, scratch.path("nan.wav"));
        QCOMPARE(item.status, ItemStatus::Analyzed);
        QVERIFY(item.classConfidence && std::isfinite(*item.classConfidence));
    }

    void aSymlinkLoopInTheFolderTreeEndsTheScan()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        std::filesystem::create_directory_symlink(media, media / "loop");
        std::filesystem::create_directory_symlink("..", media / "up");
        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.added, 11);
        QCOMPARE(summary.failed, 0);
    }

    void anImportLeavesABackupOfTheCatalog()
    {
        LECTERN_FOLDER_ONLY("the backup copy of catalog.sqlite");
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        const fs::path backup = Library::backupFileOf(library->directory());
        QVERIFY(fs::exists(backup));
        auto copy = Database::open(backup, Database::Mode::ReadOnly);
        QVERIFY(copy.ok());
        Statement count = (*copy)->prepare("SELECT count(*) FROM items WHERE status = 'analyzed'");
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), int64_t(11));
    }

    void aDamagedCatalogIsRefusedAtOpenAndSaysABackupCanBeRestored()
    {
        LECTERN_FOLDER_ONLY("a damaged catalog.sqlite");
        test::FixtureLibrary fixture("formats");
        const fs::path folder = importedThenDamaged(fixture);
        for (const auto& opened : {Library::openForWriting(folder), Library::openForReading(folder)}) {
            QVERIFY(!opened.ok());
            QVERIFY2(isCatalogDamaged(opened.error()), opened.error().message.c_str());
            QVERIFY(opened.error().message.find("restore-backup") != std::string::npos);
        }
    }

    void restoringTheBackupBringsTheLibraryBackAndKeepsTheDamagedCatalog()
    {
        LECTERN_FOLDER_ONLY("the backup copy of catalog.sqlite");
        test::FixtureLibrary fixture("formats");
        const fs::path folder = importedThenDamaged(fixture);
        QVERIFY(Library::restoreBackup(folder).ok());
        QVERIFY(fs::exists(folder / "catalog.sqlite.damaged"));
        auto reopened = Library::openForWriting(folder);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : reopened.error().message.c_str());
        QCOMPARE(importInto(**reopened, {fixture.media}).unchanged, 11);
    }

    void aCatalogThatAnotherProgramWritesOpensOnlyForReadingAndSaysWhy()
    {
        LECTERN_FOLDER_ONLY("SQLite's write lock");
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        const fs::path folder = library->directory();
        library.reset();
        auto other = Database::open(folder / "catalog.sqlite", Database::Mode::ReadWrite);
        QVERIFY(other.ok());
        (*other)->execute("BEGIN IMMEDIATE");
        const auto writer = Library::openForWriting(folder);
        QVERIFY(!writer.ok());
        QVERIFY2(writer.error().message.find("another program is writing") != std::string::npos,
                 writer.error().message.c_str());
        auto reader = Library::openForReading(folder);
        QVERIFY(reader.ok());
        QCOMPARE(allItems(**reader).size(), size_t(11));
        (*other)->execute("ROLLBACK");
    }

    void aCatalogOnReadOnlyMediaIsReadWithoutWritingBesideIt()
    {
        LECTERN_FOLDER_ONLY("a folder on read-only media");
        // (This machine runs the tests as root, whom permissions do not stop,
        // so the read-only folder itself is tried by hand; see the note of issue 26.)
        test::Scratch scratch;
        const fs::path folder = scratch.path("odd #1? 100% lib");
        {
            auto library = test::openLibraryForWriting(folder);
            importInto(*library, {scratch.copyOf("formats")});
        }
        QVERIFY(!fs::exists(folder / "catalog.sqlite-shm"));
        auto db = Database::open(folder / "catalog.sqlite", Database::Mode::ReadOnlyMedia);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().message.c_str());
        Statement count = (*db)->prepare("SELECT count(*) FROM items");
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), int64_t(11));
        QVERIFY(!fs::exists(folder / "catalog.sqlite-shm"));
    }

    void nonMediaAndHiddenFilesAreSkipped()
    {
        test::Scratch scratch;
        const fs::path media = scratch.copyOf("bad");
        fs::create_directories(media / ".hidden");
        fs::copy_file(test::fixtures("formats/tone.mp3"), media / ".hidden" / "secret.mp3");
        fs::copy_file(test::fixtures("formats/tone.mp3"), media / ".dotfile.mp3");
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        importInto(*library, {media});
        for (const Item& item : allItems(*library)) {
            QVERIFY2(item.path.find("readme.txt") == std::string::npos, item.path.c_str());
            QVERIFY2(item.path.find("/.") == std::string::npos, item.path.c_str());
        }
    }

    void mediaWithoutAKnownExtensionIsFoundByItsContent()
    {
        test::Scratch scratch;
        fs::create_directories(scratch.path("media"));
        fs::copy_file(test::fixtures("formats/tone.flac"), scratch.path("media/recording"));
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        QCOMPARE(importInto(*library, {scratch.path("media")}).added, 1);
    }

    void reimportReportsEverythingUnchanged()
    {
        test::Scratch scratch;
        const fs::path formats = scratch.copyOf("formats");
        const fs::path bad = scratch.copyOf("bad");
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const ImportSummary first = importInto(*library, {formats, bad});
        const ImportSummary second = importInto(*library, {formats, bad});
        QCOMPARE(second.unchanged, first.added + first.failed);
        QCOMPARE(second.added + second.updated + second.failed, 0);
    }

    void modifiedFileIsAnalyzedAgain()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        const int64_t id = itemAt(*library, media / "tone.wav").id;
        fs::copy_file(test::fixtures("speech/english.wav"), media / "tone.wav",
                      fs::copy_options::overwrite_existing);
        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.updated, 1);
        const Item item = itemAt(*library, media / "tone.wav");
        QCOMPARE(item.id, id);
        QVERIFY(std::abs(item.durationSeconds - 3.12) < 0.1);
    }

    void fileClassifiedByOlderModelsIsAnalysedAgain()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        const int64_t id = itemAt(*library, media / "tone.wav").id;
        const auto current = CatalogReader(library->database()).classification(id).value();
        if (!current) QSKIP("the classifier models are not installed");
        library->database().prepare("UPDATE classifications SET model_version = 'older models'").run();

        const ImportSummary summary = importInto(*library, {media});

        QCOMPARE(summary.updated + summary.failed, static_cast<int>(allItems(*library).size()));
        QCOMPARE(summary.added, 0);
        const auto redone = CatalogReader(library->database()).classification(id).value();
        QVERIFY(redone);
        QCOMPARE(redone->modelVersion, current->modelVersion);
        QCOMPARE(itemAt(*library, media / "tone.wav").status, ItemStatus::Analyzed);
    }

    void movedFileKeepsItsRowAndManualEdits()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        const Item before = itemAt(*library, media / "tone.mp3");
        setManualClass(*library, before.id, "music");
        fs::create_directories(media / "renamed");
        fs::rename(media / "tone.mp3", media / "renamed" / "my song.mp3");

        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.added, 0);
        QCOMPARE(summary.updated, 1);
        const Item after = itemAt(*library, media / "renamed" / "my song.mp3");
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.resourceClass, std::string("music"));
        QCOMPARE(after.classSource, ClassSource::Manual);
        QCOMPARE(after.folder, toUtf8(media / "renamed"));
        QCOMPARE(allItems(*library).size(), size_t(11));
    }

    void copiedFileBecomesASecondItem()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        fs::copy_file(media / "tone.mp3", media / "copy.mp3");
        QCOMPARE(importInto(*library, {media}).added, 1);
    }

    void aFileGoneDuringTheImportIsKeptPendingAndMarkedMissing()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        // Files are analysed in path order with one worker: tone.wav is last.
        ImportOptions options;
        options.workers = 1;
        options.analyzers = [&] {
            std::error_code ignored;
            fs::remove(media / "tone.wav", ignored);
            return makeDefaultAnalyzers();
        };
        const ImportSummary summary = importInto(*library, {media}, options);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.missing, 1);
        const Item vanished = itemAt(*library, media / "tone.wav");
        QCOMPARE(vanished.status, ItemStatus::Pending);
        QVERIFY(vanished.missing);
        QCOMPARE(summary.added, 10);
    }

    void aFileReplacedWhileItIsAnalysedIsAnalysedAgainAtTheNextImport()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        // tone.wav is analysed last; its analyzers are made once it is open.
        ImportOptions options;
        options.workers = 1;
        int made = 0;
        options.analyzers = [&] {
            if (++made == 11) {
                std::error_code ignored;
                fs::copy_file(media / "tone.flac", media / "tone.wav", fs::copy_options::overwrite_existing, ignored);
            }
            return makeDefaultAnalyzers();
        };
        const ImportSummary first = importInto(*library, {media}, options);
        QCOMPARE(first.added + first.failed, 11);
        const ImportSummary second = importInto(*library, {media});
        QCOMPARE(second.updated, 1);
        QCOMPARE(itemAt(*library, media / "tone.wav").status, ItemStatus::Analyzed);
    }

    void filesOfAFolderThatVanishedMidImportAreAnalysedWhenItReturns()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        const fs::path away = scratch.path("unplugged");
        // The first file is open when its analyzers are made; then the folder goes, like a stick pulled out.
        ImportOptions options;
        options.workers = 1;
        options.analyzers = [&] {
            std::error_code ignored;
            if (fs::exists(media, ignored)) fs::rename(media, away, ignored);
            return makeDefaultAnalyzers();
        };
        const ImportSummary cut = importInto(*library, {media}, options);
        QCOMPARE(cut.added, 1);
        QCOMPARE(cut.missing, 10);
        QCOMPARE(cut.failed, 0);
        fs::rename(away, media);
        const ImportSummary back = importInto(*library, {media});
        QCOMPARE(back.unchanged, 1);
        QCOMPARE(back.updated, 10);
        for (const Item& item : allItems(*library)) {
            QCOMPARE(item.status, ItemStatus::Analyzed);
            QVERIFY(!item.missing);
        }
    }

    void itemWhoseResultsCannotBeStoredFailsAndTheBatchGoesOn()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        ImportOptions options;
        options.analyzers = [] {
            AnalyzerList analyzers = makeDefaultAnalyzers();
            analyzers.push_back(std::make_unique<FailingStoreAnalyzer>("tone.ogg"));
            return analyzers;
        };
        const ImportSummary summary = importInto(*library, {media}, options);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.added, 10);
        const Item item = itemAt(*library, media / "tone.ogg");
        QCOMPARE(item.status, ItemStatus::Failed);
        QVERIFY(item.error.find("could not store") != std::string::npos);
    }

    void unreadableFileEndsFailedOrAnalyzedWithoutStoppingTheBatch()
    {
        test::Scratch scratch;
        const fs::path media = scratch.copyOf("formats");
        fs::permissions(media / "tone.ogg", fs::perms::none);
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const ImportSummary summary = importInto(*library, {media});
        fs::permissions(media / "tone.ogg", fs::perms::owner_all);
        // An administrator can read it anyway; everyone else sees the reason.
        const Item item = itemAt(*library, media / "tone.ogg");
        QVERIFY(item.status == ItemStatus::Analyzed ||
                (item.status == ItemStatus::Failed && !item.error.empty()));
        QCOMPARE(summary.added + summary.failed, 11);
    }

    void missingFolderIsReportedAsAProblem()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        const ImportSummary summary = importInto(*library, {scratch.path("nowhere")});
        QCOMPARE(summary.problems.size(), size_t(1));
        QVERIFY(allItems(*library).empty());
    }

    void cancellationTakesEffectWithinOneSecond()
    {
        test::FixtureLibrary fixture("long");
        auto& [scratch, media, library] = fixture;
        CancellationToken cancel;
        std::atomic<bool> analyzing = false;
        std::optional<Result<ImportSummary>> result;
        std::chrono::steady_clock::time_point returned;
        std::thread importer([&] {
            result = importMedia(*library, {media}, {},
                                 [&](const ImportProgress& progress) {
                                     if (progress.phase == ImportProgress::Phase::Analyzing) analyzing = true;
                                 },
                                 cancel);
            returned = std::chrono::steady_clock::now();
        });
        while (!analyzing) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto cancelledAt = std::chrono::steady_clock::now();
        cancel.cancel();
        importer.join();
        QVERIFY(result->ok());
        QVERIFY((*result)->cancelled);
        QVERIFY(returned - cancelledAt < std::chrono::seconds(1));
        QCOMPARE(itemAt(*library, media / "three-hours.mp3").status, ItemStatus::Pending);
    }

    void cancellationDuringAnAnalyzersFinishLeavesTheItemPending()
    {
        test::FixtureLibrary fixture("speech");
        auto& [scratch, media, library] = fixture;
        CancellationToken cancel;
        ImportOptions options;
        options.workers = 1;
        options.analyzers = [&] {
            AnalyzerList analyzers = makeDefaultAnalyzers();
            analyzers.push_back(std::make_unique<CancelledWhileFinishing>(cancel));
            return analyzers;
        };
        QVERIFY(importMedia(*library, {media}, options, {}, cancel).value().cancelled);
        for (const Item& item : allItems(*library)) QCOMPARE(item.status, ItemStatus::Pending);
    }

    void pendingItemsOfAnInterruptedImportArePickedUpByTheNext()
    {
        // In a school library what is pending outside the folders imported is the workers' (SharedLibraryTest).
        LECTERN_FOLDER_ONLY("the next import finishes every pending item");
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        CancellationToken cancel;
        ImportOptions options;
        options.workers = 1;
        // Cancelled as the first analysis starts: every row is planned, none analysed.
        options.analyzers = [&] {
            cancel.cancel();
            return makeDefaultAnalyzers();
        };
        QVERIFY(importMedia(*library, {media}, options, {}, cancel).value().cancelled);
        QCOMPARE(CatalogReader(library->database()).pendingItems()->size(), size_t(11));
        // The next import, of another folder, finishes them as well.
        const fs::path other = scratch.copyOf("speech");
        const ImportSummary summary = importInto(*library, {other});
        QCOMPARE(summary.added, 2);
        for (const Item& item : allItems(*library)) QCOMPARE(item.status, ItemStatus::Analyzed);
        QCOMPARE(allItems(*library).size(), size_t(13));
    }

    void importStoresTheLoudnessOfEachItem()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        importInto(*library, {media});
        // ffmpeg's sine source has amplitude 1/8 (-18.1 dB from a full-scale sine at -3.0 LUFS),
        // and K-weighting puts 440 Hz about 0.6 dB below 1 kHz.
        const Item item = itemAt(*library, media / "tone.wav");
        QVERIFY(item.loudnessLufs.has_value());
        QVERIFY2(std::abs(*item.loudnessLufs + 21.7) < 0.3, qPrintable(QString::number(*item.loudnessLufs)));
        QVERIFY(item.truePeakDbtp.has_value());
    }

    void unusualInputIsAnalysedSensibly()
    {
        test::FixtureLibrary fixture("unusual");
        auto& [scratch, media, library] = fixture;
        const ImportSummary summary = importInto(*library, {media});
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.added, 9);
        const auto duration = [&](const char* name) { return itemAt(*library, media / name).durationSeconds; };
        for (const char* name : {"stereo.flac", "surround-5.1.flac", "telephone-8k.wav", "studio-96k.flac", "picture-only.mp4"}) {
            QVERIFY2(std::abs(duration(name) - 2.0) <= 0.1, name);
        }
        QVERIFY(std::abs(duration("fifth-of-a-second.wav") - 0.2) <= 0.01);
        QVERIFY(std::abs(duration("variable-frame-rate.mkv") - 4.0) <= 0.1);
        QVERIFY(!itemAt(*library, media / "silence.wav").loudnessLufs.has_value());
        QVERIFY(itemAt(*library, media / "telephone-8k.wav").loudnessLufs.has_value());

        CatalogReader reader(library->database());
        const Item pictureOnly = itemAt(*library, media / "picture-only.mp4");
        QCOMPARE(pictureOnly.kind, MediaKind::Video);
        QVERIFY(!pictureOnly.loudnessLufs.has_value());
        QVERIFY(!reader.keyframes(pictureOnly.id)->empty());
        QVERIFY(reader.keyframes(itemAt(*library, media / "variable-frame-rate.mkv").id)->size() >= 2);
        // Frames that cannot be decoded leave the audio analysis standing.
        const Item broken = itemAt(*library, media / "broken-picture.mkv");
        QCOMPARE(broken.status, ItemStatus::Analyzed);
        QVERIFY(broken.loudnessLufs.has_value());
    }

    void progressReportsFilesAndBytes()
    {
        test::FixtureLibrary fixture("formats");
        auto& [scratch, media, library] = fixture;
        ImportProgress last;
        std::mutex mutex;
        importMedia(*library, {media}, {},
                    [&](const ImportProgress& progress) {
                        std::lock_guard lock(mutex);
                        last = progress;
                    },
                    {})
            .value();
        QCOMPARE(last.phase, ImportProgress::Phase::Finished);
        QCOMPARE(last.filesDone, 11);
        QCOMPARE(last.filesTotal, 11);
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QVERIFY(last.bytesTotal > 0);
    }
};

QTEST_GUILESS_MAIN(ImportTest)
#include "ImportTest.moc"
