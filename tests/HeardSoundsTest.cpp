// What an item is heard as (issue 25): the concept head's scores per
// segment become, per concept, the best segment's score and the moment it
// sounds most; text search finds items by them whatever their names, and
// says from when.
#include <algorithm>
#include <QtTest>

#include "catalog/CatalogWriter.h"
#include "classify/FileClassifier.h"
#include "classify/HeardSounds.h"
#include "search/SoundVocabulary.h"
#include "search/TextSearch.h"
#include "support/ShippedVocabulary.h"
#include "support/TestSupport.h"

using namespace lectern;

namespace {

const std::vector<std::string> kHeadConcepts = {"dog", "dog_bark", "speech"};

ClassifiedSegment segmentAt(double start, std::vector<float> scores, std::vector<float> peaks)
{
    ClassifiedSegment segment;
    segment.startSeconds = start;
    segment.result.concepts = std::move(scores);
    segment.result.conceptPeaks = std::move(peaks);
    return segment;
}

int64_t itemHeardAs(CatalogWriter& writer, const std::string& path, const std::vector<HeardSound>& sounds)
{
    const int64_t id = writer.addPending({path, 1, 1}, "").value();
    auto transaction = writer.beginItem(id);
    transaction->setHeardSounds(sounds);
    transaction->markAnalyzed();
    if (!transaction->commit()) qFatal("cannot store the heard sounds");
    return id;
}

Result<SearchAnswer> searchFor(Library& library, const char* text, std::vector<std::string> head = kHeadConcepts)
{
    CatalogReader reader(library.database());
    return searchByText(parseSearchQuery(text), reader, nullptr, {}, 20, {&shippedSoundVocabulary(), head});
}

}  // namespace

class HeardSoundsTest : public QObject {
    Q_OBJECT

private slots:
    void eachConceptIsHeardAtItsBestSegmentsPeak()
    {
        const auto heard = heardSounds({segmentAt(0, {0.2f, 0.1f, 0.9f}, {1, 1, 2}),
                                        segmentAt(5, {0.8f, 0.7f, 0.3f}, {2.5f, 3, 4})},
                                       kHeadConcepts, 15.0);
        QCOMPARE(heard.size(), size_t(3));
        QCOMPARE(heard[0].conceptId, std::string("speech"));  // strongest first
        QCOMPARE(heard[0].atSeconds, 2.0);
        QCOMPARE(heard[1].conceptId, std::string("dog"));
        QCOMPARE(heard[1].score, 0.8f);
        QCOMPARE(heard[1].atSeconds, 7.5);
    }

    void aConceptUnderTheFloorIsNotHeard()
    {
        const auto heard = heardSounds({segmentAt(0, {0.01f, 0.5f, 0.0f}, {0, 0, 0})}, kHeadConcepts, 10.0);
        QCOMPARE(heard.size(), size_t(1));
        QCOMPARE(heard[0].conceptId, std::string("dog_bark"));
    }

    void onlyTheStrongestConceptsAreKept()
    {
        std::vector<std::string> many;
        std::vector<float> scores, peaks;
        for (size_t c = 0; c < kMostHeardSounds + 8; ++c) {
            many.push_back("concept" + std::to_string(c));
            scores.push_back(0.2f + 0.01f * static_cast<float>(c));
            peaks.push_back(0.0f);
        }
        const auto heard = heardSounds({segmentAt(0, scores, peaks)}, many, 10.0);
        QCOMPARE(heard.size(), kMostHeardSounds);
        QCOMPARE(heard.back().conceptId, "concept" + std::to_string(8));  // the eight weakest left out
    }

    void anEncoderWithoutAConceptHeadHearsNothing()
    {
        QVERIFY(heardSounds({segmentAt(0, {}, {})}, {}, 10.0).empty());
    }

    void aShortFilesMomentFallsWithinIt()
    {
        // A 3 s file tiled to 10 s: 7.5 s into the segment is 1.5 s into the file.
        const auto heard = heardSounds({segmentAt(0, {0.9f, 0.0f, 0.0f}, {7.5f, 0, 0})}, kHeadConcepts, 3.0);
        QCOMPARE(heard.size(), size_t(1));
        QCOMPARE(heard[0].atSeconds, 1.5);
    }

    void theItemsSoundIsTheUnitMeanOfItsSegments()
    {
        ClassifiedSegment a = segmentAt(0, {}, {}), b = segmentAt(5, {}, {});
        a.result.sound = {1.0f, 0.0f};
        b.result.sound = {0.0f, 1.0f};
        const std::vector<float> sound = meanSound({a, b});
        QCOMPARE(sound.size(), size_t(2));
        QVERIFY(std::fabs(sound[0] - std::sqrt(0.5f)) < 1e-6f && std::fabs(sound[1] - std::sqrt(0.5f)) < 1e-6f);
        QVERIFY(meanSound({segmentAt(0, {}, {})}).empty());
    }

    void wordsForASoundFindARecordingHeardAsItWhateverItsName()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t barking = itemHeardAs(writer, "/course/clip-7.wav", {{"dog_bark", 0.93f, 72.4}, {"dog", 0.9f, 72.4}});
        (void)itemHeardAs(writer, "/course/clip-8.wav", {{"speech", 0.95f, 1.0}});
        const auto answer = searchFor(*library, "a dog barking");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        QCOMPARE(answer->results.front().itemId, barking);
        QCOMPARE(answer->results.front().startSeconds, 72.4);
        QVERIFY2(answer->results.front().reason.find("sounds like: bark, from 1:12") != std::string::npos,
                 answer->results.front().reason.c_str());
    }

    void aKindTheHeadDoesNotKnowIsHeardAsTheConceptAboveIt()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t dog = itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.8f, 3.0}});
        const auto answer = searchFor(*library, "poodle");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        QCOMPARE(answer->results.front().itemId, dog);
        QVERIFY(answer->results.front().reason.find("sounds like: dog") != std::string::npos);
    }

    void twoWordsHeardAsOneConceptGiveOneReason()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        (void)itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.8f, 3.0}});
        const auto answer = searchFor(*library, "a dog barking", {"dog", "speech"});  // no head for the bark: heard as dog
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        const std::string& reason = answer->results.front().reason;
        const size_t first = reason.find("sounds like: dog");
        QVERIFY2(first != std::string::npos, reason.c_str());
        QVERIFY2(reason.find("sounds like: dog", first + 1) == std::string::npos, reason.c_str());
    }

    void aWordInAnotherLanguageFindsWhatIsHeard()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t dog = itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.8f, 3.0}});
        const auto answer = searchFor(*library, "Hund");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        QCOMPARE(answer->results.front().itemId, dog);
    }

    void aFaintlyHeardItemAnswersAndSaysItIsFaint()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t faint = itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.05f, 1.0}});
        auto answer = searchFor(*library, "dog");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        QCOMPARE(answer->results.front().itemId, faint);
        QVERIFY(answer->results.front().reason.find("sounds a little like: dog") != std::string::npos);
    }

    void aFaintlyHeardItemFollowsEveryClearlyHeardOne()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t faint = itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.09f, 1.0}});
        const int64_t clear = itemHeardAs(writer, "/course/clip-2.wav", {{"dog", 0.2f, 1.0}});
        const int64_t clearest = itemHeardAs(writer, "/course/clip-3.wav", {{"dog", 0.3f, 1.0}});
        auto answer = searchFor(*library, "dog");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(3));
        QCOMPARE(answer->results[0].itemId, clearest);
        QCOMPARE(answer->results[1].itemId, clear);
        QCOMPARE(answer->results[2].itemId, faint);
    }

    void itemsFoundByTheirSoundAloneFormTheirOwnGroupAfterTheWords()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t heard = itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.9f, 1.0}});
        const int64_t named = itemHeardAs(writer, "/course/dog.wav", {{"cat", 0.9f, 1.0}});
        auto answer = searchFor(*library, "dog");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(2));
        QCOMPARE(answer->results[0].itemId, named);
        QCOMPARE(answer->results[0].group, std::string(kTextGroup));
        QCOMPARE(answer->results[1].itemId, heard);
        QCOMPARE(answer->results[1].group, std::string(kSoundsLikeGroup));
    }

    void aFaintlyHeardItemFarBelowTheClearestDoesNotAnswer()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        (void)itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.05f, 1.0}});
        const int64_t clear = itemHeardAs(writer, "/course/clip-2.wav", {{"dog", 0.8f, 1.0}});
        auto answer = searchFor(*library, "dog");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        QCOMPARE(answer->results.front().itemId, clear);
    }

    void aQueryMostlyOfWordsThatAreNotAboutSoundsFindsNothingHeard()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        (void)itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.8f, 3.0}});
        const auto answer = searchFor(*library, "dog grammar exercises");
        QVERIFY(answer.ok());
        QVERIFY(answer->results.empty());
    }

    void aQueryMostlyAboutSoundsFindsWhatIsHeardThoughAWordIsNoConceptsOwn()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t dog = itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.8f, 3.0}});
        const auto answer = searchFor(*library, "dog yapping loudly");
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        QCOMPARE(answer->results.front().itemId, dog);
    }

    void withoutAConceptHeadNothingIsFoundByItsSound()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        (void)itemHeardAs(writer, "/course/clip-1.wav", {{"dog", 0.8f, 3.0}});
        const auto answer = searchFor(*library, "dog", {});
        QVERIFY(answer.ok());
        QVERIFY(answer->results.empty());
    }
};

QTEST_GUILESS_MAIN(HeardSoundsTest)
#include "HeardSoundsTest.moc"
