// The search engine end to end on a small generated library: text, example,
// and example plus modifier; bad queries; and the vector index rebuilt when
// its files are deleted or damaged while the library is closed.
#include <QtTest>

#include <algorithm>

#include "catalog/CatalogReader.h"
#include "catalog/CatalogWriter.h"
#include "classify/FileClassifier.h"
#include "common/Paths.h"
#include "common/UnitVectors.h"
#include "index/LibraryVectorIndex.h"
#include "index/StoredItemOffsets.h"
#include "pipeline/Importer.h"
#include "search/SearchEngine.h"
#include "support/TestSupport.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

// The "search" fixture imported: lesson.ogg ("Planets of the solar
// system"), french.ogg ("Les couleurs") and one chord at three loudnesses.
struct SearchLibrary : test::FixtureLibrary {
    SearchLibrary() : FixtureLibrary("search")
    {
        if (!importMedia(*library, {media}, {}, {}, {})) qFatal("import failed");
    }
    int64_t idOf(const char* fileName)
    {
        return (*CatalogReader(library->database()).findByPath(toUtf8(media / fileName)))->id;
    }
    SearchEngine engine(size_t mostIndexedSegments = kMostIndexedSegments)
    {
        return SearchEngine(library->database(), library->indexDirectory(), sharedClassifierModels().value(),
                            mostIndexedSegments);
    }
};

SearchAnswer answerTo(SearchEngine& engine, const SearchRequest& request)
{
    auto answer = engine.search(request);
    if (!answer) qFatal("search failed: %s", answer.error().message.c_str());
    return std::move(answer).value();
}

SearchRequest textRequest(const std::string& text)
{
    SearchRequest request;
    request.text = text;
    return request;
}

SearchRequest exampleRequest(const fs::path& file, const std::string& modifier = {})
{
    SearchRequest request;
    request.exampleFile = file;
    request.modifier = modifier;
    return request;
}

fs::path query(const char* name) { return test::fixtures("search-queries") / name; }

bool hasNoteContaining(const SearchAnswer& answer, const std::string& part)
{
    return std::any_of(answer.notes.begin(), answer.notes.end(),
                       [&part](const std::string& note) { return note.find(part) != std::string::npos; });
}

ptrdiff_t rankOf(const SearchAnswer& answer, int64_t id)
{
    const auto found = std::find_if(answer.results.begin(), answer.results.end(),
                                    [id](const SearchResult& r) { return r.itemId == id; });
    return found == answer.results.end() ? -1 : found - answer.results.begin();
}

}  // namespace

class SearchTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { fixture_ = std::make_unique<SearchLibrary>(); }
    void cleanupTestCase() { fixture_.reset(); }

    void aWordOfATitleFindsThatItemFirst()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("planets"));
        QVERIFY(!answer.results.empty());
        QCOMPARE(answer.results.front().itemId, fixture_->idOf("lesson.ogg"));
        QVERIFY(answer.results.front().reason.find("title") != std::string::npos);
        QVERIFY(answer.results.front().reason.find("[Planets]") != std::string::npos);
    }

    void aWordBeingTypedMatchesAsAPrefix()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("coul"));
        QCOMPARE(rankOf(answer, fixture_->idOf("french.ogg")), ptrdiff_t(0));
    }

    void filtersNarrowTheWords()
    {
        auto engine = fixture_->engine();
        QVERIFY(answerTo(engine, textRequest("planets duration:<3s")).results.empty());
        QCOMPARE(answerTo(engine, textRequest("planets duration:>3s")).results.size(), size_t(1));
    }

    void onlyFiltersListsTheItemsThatPass()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("duration:<5s"));
        QCOMPARE(answer.results.size(), size_t(1));
        QCOMPARE(answer.results.front().itemId, fixture_->idOf("french.ogg"));
    }

    void aDescriptionOfTheSoundFindsItemsWhoseWordsDoNotMatch()
    {
        // No title, file name or tag says "music": the chords are found by how they sound.
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("music"));
        QVERIFY(!answer.results.empty());
        QVERIFY2(answer.results.front().path.find("chord") != std::string::npos, answer.results.front().path.c_str());
        QVERIFY(answer.results.front().reason.find("sounds like") != std::string::npos);
        QCOMPARE(rankOf(answer, fixture_->idOf("lesson.ogg")), ptrdiff_t(-1));
    }

    void wordsUnlikeEverySoundFindOnlyTheirTextMatches()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("planets"));
        QCOMPARE(answer.results.size(), size_t(1));
        QVERIFY(answer.results.front().reason.find("sounds like") == std::string::npos);
    }

    void wordsTheSoundSearchDoesNotKnowAreSearchedByWordsAndSaySo()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("planets"));
        QVERIFY(hasNoteContaining(answer, "knows none of these words"));
        QVERIFY(!hasNoteContaining(answerTo(engine, textRequest("music")), "knows none of these words"));
    }

    void wordsMostlyNotAboutSoundsAreSearchedByWordsAndSaySo()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("dog grammar exercises"));
        QVERIFY(hasNoteContaining(answer, "most of these words are not about sounds"));
        QVERIFY(!hasNoteContaining(answer, "knows none of these words"));
    }

    void theLanguageTagOfAFileAnswersLangFilters()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("lang:french"));
        QCOMPARE(answer.results.size(), size_t(1));
        QCOMPARE(answer.results.front().itemId, fixture_->idOf("french.ogg"));
        QVERIFY(answerTo(engine, textRequest("planets lang:fr")).results.empty());
    }

    void anEmptyQueryAnswersNothingAndSaysWhy()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("  "));
        QVERIFY(answer.results.empty());
        QVERIFY(!answer.notes.empty());
    }

    void fts5OperatorsAndStrayQuotesAreSearchedAsText()
    {
        auto engine = fixture_->engine();
        for (const char* text : {"\"unclosed", "NEAR(a b", "a AND OR NOT", "* ^ - : ()", "planets\"*", "'; DROP TABLE items; --"}) {
            QVERIFY2(engine.search(textRequest(text)).ok(), text);
        }
        QCOMPARE(answerTo(engine, textRequest("planets\"")).results.size(), size_t(1));
    }

    void aTenThousandCharacterQueryAnswers()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest(std::string(10000, 'x')));
        QVERIFY(answer.results.empty());
        QVERIFY(!answer.notes.empty());
    }

    void anUnknownFilterIsNotedAndTheSearchGoesOn()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, textRequest("speaker:anna"));
        QVERIFY(!answer.notes.empty());
    }

    void anExcerptFindsItsItemFirstAsTheSameRecordingWithItsOffset()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, exampleRequest(query("lesson excerpt from 2 s.wav")));
        QVERIFY(!answer.results.empty());
        const SearchResult& first = answer.results.front();
        QCOMPARE(first.itemId, fixture_->idOf("lesson.ogg"));
        QCOMPARE(first.group, std::string(kSameRecordingGroup));
        QVERIFY2(std::abs(first.startSeconds - 2.0) <= 0.1, std::to_string(first.startSeconds).c_str());
    }

    void anItemAsExampleFindsTheOthersButNotItself()
    {
        auto engine = fixture_->engine();
        SearchRequest request;
        request.exampleItem = fixture_->idOf("chord medium.flac");
        const SearchAnswer answer = answerTo(engine, request);
        QCOMPARE(rankOf(answer, *request.exampleItem), ptrdiff_t(-1));
        // The other loudnesses of the chord sound exactly like it.
        QVERIFY(rankOf(answer, fixture_->idOf("chord loud.flac")) < 2);
        QVERIFY(rankOf(answer, fixture_->idOf("chord quiet.flac")) < 2);
    }

    void indexedSegmentsArePlacedByTheirItemsStoredMeanEmbeddingAndSoundProfile()
    {
        const SearchSpace space = searchSpaceOf(*sharedClassifierModels().value());
        QVERIFY(space.hasItemPart());
        CatalogReader reader(fixture_->library->database());
        const int64_t id = fixture_->idOf("lesson.ogg");
        test::Scratch scratch;
        const auto index = openLibraryVectorIndex(scratch.path("index"), reader, "test", space, 256);
        QVERIFY(index.ok());
        const auto offsets = storedItemOffsets(reader, space, {id});
        QVERIFY(offsets.ok() && !offsetOf(*offsets, id).empty());
        const std::vector<float> segment = reader.segmentEmbeddings(id).value().front().values;
        const std::vector<float> placed = space.map(segment, offsetOf(*offsets, id));
        const auto hits = index->exactSearch(placed, 1);
        QCOMPARE(hits.front().itemId, id);
        QVERIFY(hits.front().similarity > 0.99f);
        QVERIFY2(cosineOf(placed, space.map(segment)) < 0.99f, "the item part moves the segment");
    }

    void beyondTheVectorIndexSizeSimilarItemsAreFoundByTheirCodes()
    {
        auto engine = fixture_->engine(0);
        SearchRequest request;
        request.exampleItem = fixture_->idOf("chord medium.flac");
        request.modifier = "quieter";  // leaves the same recording out: every result comes by the codes
        const SearchAnswer answer = answerTo(engine, request);
        QVERIFY(engine.vectorIndex() == nullptr);
        QVERIFY(hasNoteContaining(answer, "64-bit codes"));
        QCOMPARE(rankOf(answer, fixture_->idOf("chord quiet.flac")), ptrdiff_t(0));
        QCOMPARE(answer.results.front().group, std::string(kSoundsSimilarGroup));
        QCOMPARE(rankOf(answer, *request.exampleItem), ptrdiff_t(-1));
    }

    void beyondTheVectorIndexSizeTextIsSearchedByWordsAndSaysSo()
    {
        auto engine = fixture_->engine(0);
        const SearchAnswer answer = answerTo(engine, textRequest("planets"));
        QCOMPARE(rankOf(answer, fixture_->idOf("lesson.ogg")), ptrdiff_t(0));
        QVERIFY(hasNoteContaining(answer, "words only"));
    }

    void whileAnotherEngineBuildsTheVectorIndexTextIsSearchedByWordsAndSaysSo()
    {
        auto engine = fixture_->engine();
        engine.expectVectors();
        const SearchAnswer answer = answerTo(engine, textRequest("planets"));
        QVERIFY(engine.vectorIndex() == nullptr);
        QCOMPARE(rankOf(answer, fixture_->idOf("lesson.ogg")), ptrdiff_t(0));
        QVERIFY(hasNoteContaining(answer, "still being built"));
    }

    void whileAnotherEngineBuildsTheVectorIndexExamplesAreAnsweredThroughTheCodes()
    {
        auto engine = fixture_->engine();
        engine.expectVectors();
        SearchRequest request;
        request.exampleItem = fixture_->idOf("chord medium.flac");
        request.modifier = "quieter";
        const SearchAnswer answer = answerTo(engine, request);
        QVERIFY(engine.vectorIndex() == nullptr);
        QCOMPARE(rankOf(answer, fixture_->idOf("chord quiet.flac")), ptrdiff_t(0));
        QVERIFY(hasNoteContaining(answer, "64-bit codes: the vector index is still being built"));
    }

    void aVectorIndexBuiltByAnotherEngineIsAdoptedAndSearched()
    {
        auto connection = fixture_->library->openConnection();
        QVERIFY(connection.ok());
        SearchEngine builder(**connection, fixture_->library->indexDirectory(), sharedClassifierModels().value());
        QVERIFY(builder.prepareTextSearch().ok());
        auto engine = fixture_->engine();
        engine.expectVectors();
        engine.adoptVectors(builder.releaseVectors());
        QVERIFY(builder.vectorIndex() == nullptr);
        QVERIFY(engine.vectorIndex() != nullptr);
        const SearchAnswer answer = answerTo(engine, textRequest("music"));
        QVERIFY(!answer.results.empty());
        QVERIFY(answer.results.front().reason.find("sounds like") != std::string::npos);
        QVERIFY(!hasNoteContaining(answer, "words only"));
    }

    void anIndexHandedToAnotherEngineIsUpdatedInPlaceThereAndHandedBack()
    {
        auto engine = fixture_->engine();
        QVERIFY(engine.prepareTextSearch().ok());
        const std::shared_ptr<VectorIndex> handed = engine.releaseVectors();
        engine.expectVectors();
        auto connection = fixture_->library->openConnection();
        QVERIFY(connection.ok());
        SearchEngine indexer(**connection, fixture_->library->indexDirectory(), sharedClassifierModels().value());
        indexer.adoptVectors(handed);
        QVERIFY(indexer.prepareTextSearch().ok());
        QCOMPARE(indexer.vectorIndex(), handed.get());
        QVERIFY(!indexer.lastSync().rebuilt);
        engine.adoptVectors(indexer.releaseVectors());
        QCOMPARE(engine.vectorIndex(), handed.get());
    }

    void aCancelledVectorIndexBuildFailsAndLeavesNoIndex()
    {
        test::Scratch scratch;
        auto connection = fixture_->library->openConnection();
        QVERIFY(connection.ok());
        SearchEngine builder(**connection, scratch.path("index"), sharedClassifierModels().value());
        CancellationToken cancel;
        cancel.cancel();
        QVERIFY(!builder.prepareTextSearch(&cancel).ok());
        QVERIFY(builder.vectorIndex() == nullptr);
    }

    void similarResultsSayWhenToPlayFrom()
    {
        auto engine = fixture_->engine();
        SearchRequest request = exampleRequest(query("chord.flac"));
        const SearchAnswer answer = answerTo(engine, request);
        QVERIFY(!answer.results.empty());
        for (const SearchResult& result : answer.results) {
            QVERIFY(result.startSeconds >= 0.0);
            QVERIFY(!result.reason.empty());
        }
    }

    void aClipPlusQuieterPutsQuieterItemsAheadOfLouderOnes()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, exampleRequest(query("chord.flac"), "make it quieter"));
        const ptrdiff_t quiet = rankOf(answer, fixture_->idOf("chord quiet.flac"));
        const ptrdiff_t loud = rankOf(answer, fixture_->idOf("chord loud.flac"));
        QCOMPARE(quiet, ptrdiff_t(0));
        QVERIFY(loud > quiet);
        QVERIFY(std::any_of(answer.notes.begin(), answer.notes.end(),
                            [](const std::string& note) { return note.find("quieter") != std::string::npos; }));
    }

    void ofTwoQuieterCopiesTheNoticeablyQuieterComesFirst()
    {
        auto fixture = test::FixtureLibrary("quieter");
        if (!importMedia(*fixture.library, {fixture.media}, {}, {}, {})) qFatal("import failed");
        SearchEngine engine(fixture.library->database(), fixture.library->indexDirectory(),
                            sharedClassifierModels().value());
        const SearchAnswer answer = answerTo(engine, exampleRequest(test::fixtures("quieter-query") / "chord at full level.flac", "quieter"));
        QVERIFY(answer.results.size() >= 2);
        QVERIFY2(answer.results.front().path.find("much quieter") != std::string::npos,
                 answer.results.front().path.c_str());
    }

    void aClipPlusLouderPutsLouderItemsFirst()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, exampleRequest(query("chord.flac"), "louder"));
        QCOMPARE(rankOf(answer, fixture_->idOf("chord loud.flac")), ptrdiff_t(0));
        QVERIFY(rankOf(answer, fixture_->idOf("chord quiet.flac")) > 0);
    }

    void aModifierWithoutMeasurableMeaningIsSaidSo()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, exampleRequest(query("chord.flac"), "with more birds"));
        QVERIFY(!answer.results.empty());
        QVERIFY(std::any_of(answer.notes.begin(), answer.notes.end(),
                            [](const std::string& note) { return note.find("no measurable") != std::string::npos; }));
    }

    void theModifierModelRanksWhatWordsAskForAndSaysSo()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, exampleRequest(query("chord.flac"), "with more birds"));
        QVERIFY(!answer.results.empty());
        for (const SearchResult& result : answer.results) {
            QVERIFY2(result.reason.find("modifier model") != std::string::npos, result.reason.c_str());
        }
        for (size_t i = 1; i < answer.results.size(); ++i) QVERIFY(answer.results[i - 1].score >= answer.results[i].score);
        QVERIFY(std::any_of(answer.notes.begin(), answer.notes.end(),
                            [](const std::string& note) { return note.find("modifier model") != std::string::npos; }));
    }

    void aSilentExampleAnswersNothingAndSaysWhy()
    {
        auto engine = fixture_->engine();
        const SearchAnswer answer = answerTo(engine, exampleRequest(query("silence.wav")));
        QVERIFY(answer.results.empty());
        QVERIFY(!answer.notes.empty());
    }

    void aCorruptExampleIsAnErrorThatNamesTheFile()
    {
        auto engine = fixture_->engine();
        const auto answer = engine.search(exampleRequest(test::fixtures("bad") / "random bytes.mp4"));
        QVERIFY(!answer.ok());
        QVERIFY(answer.error().message.find("random bytes.mp4") != std::string::npos);
    }

    void deletedIndexFilesAreRebuiltWithTheSameAnswers()
    {
        SearchLibrary fixture;
        const SearchRequest request = exampleRequest(query("chord.flac"));
        auto first = fixture.engine();
        const SearchAnswer before = answerTo(first, request);
        QVERIFY(fs::exists(fixture.library->indexDirectory() / "vectors.hnsw"));
        fs::remove_all(fixture.library->indexDirectory());
        auto second = fixture.engine();
        const SearchAnswer after = answerTo(second, request);
        QVERIFY(second.lastSync().rebuilt);
        QCOMPARE(after.results.size(), before.results.size());
        for (size_t i = 0; i < after.results.size(); ++i) QCOMPARE(after.results[i].itemId, before.results[i].itemId);
    }

    void truncatedIndexFilesAreRebuilt()
    {
        SearchLibrary fixture;
        const SearchRequest request = exampleRequest(query("chord.flac"));
        auto first = fixture.engine();
        const SearchAnswer before = answerTo(first, request);
        const fs::path graph = fixture.library->indexDirectory() / "vectors.hnsw";
        fs::resize_file(graph, fs::file_size(graph) / 3);
        auto second = fixture.engine();
        const SearchAnswer after = answerTo(second, request);
        QVERIFY(second.lastSync().rebuilt);
        QCOMPARE(after.results.front().itemId, before.results.front().itemId);
    }

    void anUnchangedIndexIsLoadedNotRebuilt()
    {
        SearchLibrary fixture;
        auto first = fixture.engine();
        answerTo(first, exampleRequest(query("chord.flac")));
        auto second = fixture.engine();
        answerTo(second, exampleRequest(query("chord.flac")));
        QVERIFY(!second.lastSync().rebuilt);
        QCOMPARE(second.lastSync().itemsAdded, size_t(0));
    }

    void aRemovedItemLeavesTheIndexOnRefresh()
    {
        SearchLibrary fixture;
        auto engine = fixture.engine();
        const int64_t loud = fixture.idOf("chord loud.flac");
        QVERIFY(rankOf(answerTo(engine, exampleRequest(query("chord.flac"))), loud) >= 0);
        QVERIFY(CatalogWriter(fixture.library->database()).remove(loud).ok());
        QVERIFY(engine.refresh().ok());
        QCOMPARE(engine.lastSync().itemsRemoved, size_t(1));
        QCOMPARE(rankOf(answerTo(engine, exampleRequest(query("chord.flac"))), loud), ptrdiff_t(-1));
    }

    void aFileChangedInPlaceIsIndexedAgainEvenWhereItsSegmentRowsKeepTheirIds()
    {
        // One item alone: its rows are the table's last, so writing them
        // again gives them the same row ids and the same count.
        test::Scratch scratch;
        const fs::path folder = scratch.path("media"), file = folder / "chord.flac";
        fs::create_directories(folder);
        fs::copy_file(test::fixtures("search") / "chord quiet.flac", file);
        auto library = test::openLibraryForWriting(scratch.path("library"));
        QVERIFY(importMedia(*library, {folder}, {}, {}, {}));
        SearchEngine engine(library->database(), library->indexDirectory(), sharedClassifierModels().value());
        answerTo(engine, exampleRequest(query("chord.flac")));
        fs::copy_file(test::fixtures("search") / "chord loud.flac", file, fs::copy_options::overwrite_existing);
        QVERIFY(importMedia(*library, {folder}, {}, {}, {}));
        QVERIFY(engine.refresh().ok());
        QCOMPARE(engine.lastSync().itemsAdded, size_t(1));
    }

    void aLibraryOfAnOlderSchemaIsMigratedAndSearchable()
    {
        test::Scratch scratch;
        auto library = test::libraryMigratedFrom(scratch, 1,
                                                 "INSERT INTO items (path, folder, file_name, size, mtime_ns, title) "
                                                 "VALUES ('/m/old.mp3', '/m', 'old.mp3', 1, 1, 'Old lesson')");
        SearchEngine engine(library->database(), library->indexDirectory(), sharedClassifierModels().value());
        const SearchAnswer answer = answerTo(engine, textRequest("old lesson"));
        QCOMPARE(answer.results.size(), size_t(1));
        QCOMPARE(answer.results.front().path, std::string("/m/old.mp3"));
    }

private:
    std::unique_ptr<SearchLibrary> fixture_;
};

QTEST_GUILESS_MAIN(SearchTest)
#include "SearchTest.moc"
