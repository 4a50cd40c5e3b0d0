// The sound vocabulary (issue 25): what a teacher types, read as concepts of
// sounds through the concepts' words, WordNet and other languages; and text
// search finding recordings named like the concept.
#include <QtTest>

#include "catalog/CatalogWriter.h"
#include "search/SoundVocabulary.h"
#include "search/TextSearch.h"
#include "support/ShippedVocabulary.h"
#include "support/TestSupport.h"

using namespace lectern;

namespace {

QStringList conceptsRead(const char* text)
{
    QStringList ids;
    for (const ConceptMention& mention : shippedSoundVocabulary().read(text).concepts) ids << QString::fromStdString(mention.conceptId);
    return ids;
}

}  // namespace

class SoundVocabularyTest : public QObject {
    Q_OBJECT

private slots:
    void theShippedVocabularyHasHundredsOfConcepts() { QVERIFY(shippedSoundVocabulary().conceptCount() >= 150); }

    void aKindAndAVerbFormNameTheirConcepts()
    {
        QCOMPARE(conceptsRead("puppy yapping"), (QStringList{"dog", "dog_bark"}));
    }

    void aPluralAndAnIrregularVerbAreRead()
    {
        QCOMPARE(conceptsRead("dogs barked"), (QStringList{"dog", "dog_bark"}));
        QVERIFY(conceptsRead("the phone rang").contains("telephone"));
    }

    void anotherLanguagesWordNamesTheConcept()
    {
        QCOMPARE(conceptsRead("chien"), QStringList{"dog"});
        QCOMPARE(conceptsRead("Hund"), QStringList{"dog"});
        QCOMPARE(conceptsRead("vache"), QStringList{"cow"});
    }

    void aPhraseIsReadBeforeItsWords()
    {
        QCOMPARE(conceptsRead("church bells"), QStringList{"church_bell"});
    }

    void aWordOfTheWrongSenseIsNotTaken()
    {
        // WordNet's first sense of "bark" is a tree's; the concept keeps the dog's.
        QCOMPARE(conceptsRead("bark"), QStringList{"dog_bark"});
        QCOMPARE(conceptsRead("pitch"), QStringList());  // pitch of a voice or a field: no concept
    }

    void aConceptsOwnNameComesBeforeAnotherConceptsSound()
    {
        // "crow" is what a rooster does, but first the bird; "trumpet" what
        // an elephant does, but first the instrument.
        QCOMPARE(conceptsRead("crow"), QStringList{"crow"});
        QCOMPARE(conceptsRead("trumpet"), QStringList{"trumpet"});
        QCOMPARE(conceptsRead("rooster crowing"), QStringList{"chicken"});
        QCOMPARE(conceptsRead("elephant trumpeting"), QStringList{"elephant"});
    }

    void aWordIsTakenInItsUsualSenseOnly()
    {
        // WordNet has "hand" as a round of applause and "mouse" as a timid
        // person, but neither is what a teacher means.
        QCOMPARE(conceptsRead("hand saw"), QStringList{"saw"});
        QVERIFY(!conceptsRead("mouse click").contains("human"));
    }

    void anotherLanguagesWordThatIsAlsoEnglishKeepsItsEnglishMeaning()
    {
        // Aragonese "can" is a dog; the teacher typing "can opening" means a tin.
        QVERIFY(!conceptsRead("can opening").contains("dog"));
    }

    void aNamedPlaceIsNotAKindOfSound()
    {
        // WordNet's cities (instances, not kinds) are not read as city sounds.
        QCOMPARE(conceptsRead("Chicago"), QStringList());
    }

    void aConceptsNamesTellWhichSenseIsMeant()
    {
        // "rock" beside "rock music" is the music: a boulder is no kind of it.
        QCOMPARE(conceptsRead("boulder"), QStringList());
        QCOMPARE(conceptsRead("rock music"), QStringList{"rock"});
    }

    void unknownWordsAreSaidToBeUnknown()
    {
        const VocabularyReading reading = shippedSoundVocabulary().read("florp a blarg");
        QVERIFY(reading.concepts.empty());
        QCOMPARE(reading.unknownWords, (std::vector<std::string>{"florp", "blarg"}));
    }

    void smallWordsAreNeitherConceptsNorUnknown()
    {
        const VocabularyReading reading = shippedSoundVocabulary().read("a dog in the rain");
        QCOMPARE(reading.unknownWords.size(), size_t(0));
        QCOMPARE(reading.concepts.size(), size_t(2));
    }

    void aConceptsWordsIncludeThoseOfTheConceptsBelowIt()
    {
        const auto words = shippedSoundVocabulary().wordsUnder("dog");
        QVERIFY(std::find(words.begin(), words.end(), "bark") != words.end());
        QVERIFY(std::find(words.begin(), words.end(), "meow") == words.end());
    }

    void aWordOfSeveralSoundsTakesTheSenseTheOtherWordsGiveIt()
    {
        const QStringList read = conceptsRead("insects buzzing");
        QVERIFY(read.contains("bee"));
        QVERIFY(!read.contains("doorbell"));
        QVERIFY(!read.contains("alarm"));
    }

    void pouringWaterIsWaterNotRain()
    {
        const QStringList read = conceptsRead("pouring water");
        QVERIFY(read.contains("water"));
        QVERIFY(!read.contains("rain"));
    }

    void womenIsThePluralOfWoman() { QVERIFY(conceptsRead("women speaking").contains("female_speech")); }

    void aWordOfSeveralSoundsAloneKeepsThemAll()
    {
        QVERIFY(conceptsRead("buzzing").size() > 2);
    }

    void theVerbsOfASoundDoNotNameARecording()
    {
        const auto words = shippedSoundVocabulary().wordsUnder("rain");
        QVERIFY(std::find(words.begin(), words.end(), "drizzle") != words.end());
        QVERIFY(std::find(words.begin(), words.end(), "pour") == words.end());
    }

    void aBroadConceptKeepsToItsOwnWords()
    {
        const auto words = shippedSoundVocabulary().wordsUnder("music");
        QVERIFY(std::find(words.begin(), words.end(), "melody") != words.end());
        QVERIFY(std::find(words.begin(), words.end(), "violin") == words.end());
    }

    void aTitleThatHoldsASoundVerbIsNotReadAsSounds()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        (void)CatalogWriter(library->database()).addPending({"/sounds/door creak.wav", 1, 1}, "").value();
        CatalogReader reader(library->database());
        const auto answer =
            searchByText(parseSearchQuery("open university lecture"), reader, nullptr, {}, 20, {&shippedSoundVocabulary(), {}});
        QVERIFY(answer.ok());
        QVERIFY(answer->results.empty());
    }

    void aWordInAnotherLanguageFindsARecordingNamedLikeTheConcept()
    {
        test::Scratch scratch;
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        CatalogWriter writer(library->database());
        const int64_t dog = writer.addPending({"/sounds/Dog1.wav", 1, 1}, "").value();
        (void)writer.addPending({"/sounds/Meow.wav", 1, 1}, "").value();
        CatalogReader reader(library->database());
        const auto answer = searchByText(parseSearchQuery("chien"), reader, nullptr, {}, 20, {&shippedSoundVocabulary(), {}});
        QVERIFY(answer.ok());
        QCOMPARE(answer->results.size(), size_t(1));
        QCOMPARE(answer->results.front().itemId, dog);
        QVERIFY(answer->results.front().reason.find("named like: dog") != std::string::npos);
        QVERIFY(std::any_of(answer->notes.begin(), answer->notes.end(),
                            [](const std::string& note) { return note.find("read as sounds: dog") != std::string::npos; }));
    }
};

QTEST_GUILESS_MAIN(SoundVocabularyTest)
#include "SoundVocabularyTest.moc"
