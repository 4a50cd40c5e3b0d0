// The search box's language and the modifier words: what a teacher types
// becomes words, filters and notes, and nothing typed is ever an error.
#include <QtTest>

#include "media/LanguageCode.h"
#include "search/MeasurableModifier.h"
#include "search/SearchQuery.h"

using namespace lectern;

class SearchQueryTest : public QObject {
    Q_OBJECT

private slots:
    void wordsAndQuotedPhrasesAreTerms()
    {
        const SearchQuery query = parseSearchQuery("planets \"solar system\"  moon");
        QCOMPARE(query.terms, (std::vector<std::string>{"planets", "solar system", "moon"}));
        QCOMPARE(query.termText(), std::string("planets \"solar system\" moon"));
        QVERIFY(!query.hasFilters());
    }

    void classAndKindFiltersAreRead()
    {
        const SearchQuery query = parseSearchQuery("class:music kind:video waltz");
        QCOMPARE(query.resourceClass, std::optional<std::string>("music"));
        QCOMPARE(query.kind, std::optional<MediaKind>(MediaKind::Video));
        QCOMPARE(query.terms, std::vector<std::string>{"waltz"});
    }

    void classAliasesNameTheirClass()
    {
        QCOMPARE(parseSearchQuery("class:radio").resourceClass, std::optional<std::string>("audiobook"));
        QCOMPARE(parseSearchQuery("class:Lectures").resourceClass, std::optional<std::string>("lecture"));
    }

    void durationBoundsAcceptUnits()
    {
        const SearchQuery shorter = parseSearchQuery("duration:<5m");
        QCOMPARE(shorter.maxDurationSeconds, std::optional<double>(300.0));
        const SearchQuery longer = parseSearchQuery("duration:>30s");
        QCOMPARE(longer.minDurationSeconds, std::optional<double>(30.0));
        QCOMPARE(parseDurationSeconds("1:30"), std::optional<double>(90.0));
        QCOMPARE(parseDurationSeconds("1h"), std::optional<double>(3600.0));
        QVERIFY(!parseDurationSeconds("soon"));
    }

    void folderFilterKeepsQuotedSpaces()
    {
        const SearchQuery query = parseSearchQuery("folder:\"English A1\" greetings");
        QCOMPARE(query.folder, std::optional<std::string>("English A1"));
        QCOMPARE(query.terms, std::vector<std::string>{"greetings"});
    }

    void yearTakesOneYearOrARange()
    {
        const SearchQuery one = parseSearchQuery("year:2019");
        QCOMPARE(one.firstYear, std::optional<int>(2019));
        QCOMPARE(one.lastYear, std::optional<int>(2019));
        const SearchQuery range = parseSearchQuery("year:2010-2015");
        QCOMPARE(range.firstYear, std::optional<int>(2010));
        QCOMPARE(range.lastYear, std::optional<int>(2015));
    }

    void languageFilterIsKept() { QCOMPARE(parseSearchQuery("lang:FR").language, std::optional<std::string>("fr")); }

    void languageFilterTakesNamesAndThreeLetterCodes()
    {
        QCOMPARE(parseSearchQuery("lang:french").language, std::optional<std::string>("fr"));
        QCOMPARE(parseSearchQuery("language:deu").language, std::optional<std::string>("de"));
        QCOMPARE(parseSearchQuery("lang:pt-BR").language, std::optional<std::string>("pt"));
    }

    void languageFilterForNoLanguageIsIgnoredWithANote()
    {
        const SearchQuery query = parseSearchQuery("lang:und");
        QVERIFY(!query.language);
        QCOMPARE(query.notes.size(), size_t(1));
    }

    void tagsOfOneLanguageInEverySpellingMeet_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("code");
        QTest::newRow("ISO 639-2/B") << "fre" << "fr";
        QTest::newRow("ISO 639-2/T") << "fra" << "fr";
        QTest::newRow("English name") << "French" << "fr";
        QTest::newRow("own name") << QString::fromUtf8("français") << "fr";
        QTest::newRow("with region") << "en_GB" << "en";
        QTest::newRow("undetermined") << "und" << "";
        QTest::newRow("blank") << "  " << "";
        QTest::newRow("not in the table") << " Quechua " << "quechua";
    }
    void tagsOfOneLanguageInEverySpellingMeet()
    {
        QFETCH(QString, tag);
        QFETCH(QString, code);
        QCOMPARE(QString::fromStdString(languageCode(tag.toStdString())), code);
    }

    void unknownFilterIsSearchedAsWordsWithANote()
    {
        const SearchQuery query = parseSearchQuery("speaker:anna");
        QCOMPARE(query.terms, std::vector<std::string>{"speaker:anna"});
        QCOMPARE(query.notes.size(), size_t(1));
    }

    void filterValuesThatMakeNoSenseAreIgnoredWithANote()
    {
        const SearchQuery query = parseSearchQuery("class:jazz duration:soon year:later kind:text");
        QVERIFY(!query.hasFilters());
        QCOMPARE(query.notes.size(), size_t(4));
    }

    void onlyFiltersIsAQueryWithoutTerms()
    {
        const SearchQuery query = parseSearchQuery("class:lecture duration:>10m");
        QVERIFY(!query.hasTerms());
        QVERIFY(query.hasFilters());
    }

    void emptyQueryHasNothing()
    {
        const SearchQuery query = parseSearchQuery("   ");
        QVERIFY(!query.hasTerms());
        QVERIFY(!query.hasFilters());
    }

    void tenThousandCharactersAreCutWithANote()
    {
        const SearchQuery query = parseSearchQuery(std::string(10000, 'a') + " b");
        QCOMPARE(query.terms.size(), size_t(1));
        QCOMPARE(query.terms.front().size(), kMaxQueryCharacters);
        QVERIFY(!query.notes.empty());
    }

    void manyWordsAreCappedWithANote()
    {
        std::string text;
        for (int i = 0; i < 100; ++i) text += "w" + std::to_string(i) + " ";
        const SearchQuery query = parseSearchQuery(text);
        QCOMPARE(query.terms.size(), kMaxQueryTerms);
        QVERIFY(!query.notes.empty());
    }

    void anUnclosedQuoteRunsToTheEnd()
    {
        const SearchQuery query = parseSearchQuery("a \"b c");
        QCOMPARE(query.terms, (std::vector<std::string>{"a", "b c"}));
    }

    void modifierWordsAreUnderstood()
    {
        QCOMPARE(parseMeasurableModifiers("make it quieter"),
                 std::vector<MeasurableModifier>{MeasurableModifier::Quieter});
        QCOMPARE(parseMeasurableModifiers("a bit less loud please"),
                 std::vector<MeasurableModifier>{MeasurableModifier::Quieter});
        QCOMPARE(parseMeasurableModifiers("louder and without music"),
                 (std::vector<MeasurableModifier>{MeasurableModifier::Louder, MeasurableModifier::WithoutMusic}));
    }

    void modifierWordsAreUnderstoodInTheWindowsLanguages()
    {
        using M = MeasurableModifier;
        QCOMPARE(parseMeasurableModifiers("Leiser, bitte"), std::vector<M>{M::Quieter});
        QCOMPARE(parseMeasurableModifiers("plus court et sans musique"), (std::vector<M>{M::Shorter, M::WithoutMusic}));
        QCOMPARE(parseMeasurableModifiers("Más alto"), std::vector<M>{M::Louder});
        QCOMPARE(parseMeasurableModifiers("没有音乐"), std::vector<M>{M::WithoutMusic});
        QCOMPARE(parseMeasurableModifiers("أهدأ"), std::vector<M>{M::Quieter});
    }

    void withoutMusicIsNotReadAsWithMusic()
    {
        QCOMPARE(parseMeasurableModifiers("the same without music"),
                 std::vector<MeasurableModifier>{MeasurableModifier::WithoutMusic});
    }

    void contradictoryModifiersKeepTheFirst()
    {
        QCOMPARE(parseMeasurableModifiers("quieter, no, louder"),
                 std::vector<MeasurableModifier>{MeasurableModifier::Quieter});
    }

    void wordsWithoutMeasurableMeaningGiveNoModifier()
    {
        QVERIFY(parseMeasurableModifiers("add some birds").empty());
    }

    void quieterMeansAtLeastOneLoudnessUnitBelowTheExample()
    {
        const MeasurableFacts example{-20.0, 60.0, 0.9};
        QCOMPARE(satisfies(MeasurableModifier::Quieter, {-25.0, 60.0, 0.9}, example), std::optional<bool>(true));
        QCOMPARE(satisfies(MeasurableModifier::Quieter, {-20.5, 60.0, 0.9}, example), std::optional<bool>(false));
        QCOMPARE(satisfies(MeasurableModifier::Louder, {-15.0, 60.0, 0.9}, example), std::optional<bool>(true));
        QCOMPARE(satisfies(MeasurableModifier::Quieter, {std::nullopt, 60.0, 0.9}, example), std::optional<bool>());
    }

    void durationAndMusicModifiersCompareTheirFacts()
    {
        const MeasurableFacts example{-20.0, 60.0, 0.9};
        QCOMPARE(satisfies(MeasurableModifier::Shorter, {-20.0, 30.0, 0.9}, example), std::optional<bool>(true));
        QCOMPARE(satisfies(MeasurableModifier::Longer, {-20.0, 65.0, 0.9}, example), std::optional<bool>(false));
        QCOMPARE(satisfies(MeasurableModifier::WithoutMusic, {-20.0, 60.0, 0.1}, example), std::optional<bool>(true));
        QCOMPARE(satisfies(MeasurableModifier::WithSpeech, {-20.0, 60.0, 0.9}, example), std::optional<bool>(false));
    }
    void aLoudnessChangeUnder3LuIsNotQuieter()
    {
        const MeasurableFacts example{-20.0, 30.0, 0.1};
        QCOMPARE(satisfies(MeasurableModifier::Quieter, {-22.3, 30.0, 0.1}, example), std::optional<bool>(false));
        QCOMPARE(satisfies(MeasurableModifier::Quieter, {-23.5, 30.0, 0.1}, example), std::optional<bool>(true));
    }

    void aLoudnessChangeUnder3LuIsNotLouder()
    {
        const MeasurableFacts example{-20.0, 30.0, 0.1};
        QCOMPARE(satisfies(MeasurableModifier::Louder, {-17.5, 30.0, 0.1}, example), std::optional<bool>(false));
        QCOMPARE(satisfies(MeasurableModifier::Louder, {-16.0, 30.0, 0.1}, example), std::optional<bool>(true));
    }

    void aClearerChangeIsClearer()
    {
        const MeasurableFacts example{-20.0, 30.0, 0.1};
        const double slight = changeClarity(MeasurableModifier::Quieter, {-25.0, 30.0, 0.1}, example);
        const double strong = changeClarity(MeasurableModifier::Quieter, {-41.0, 30.0, 0.1}, example);
        QVERIFY(strong > slight);
        QCOMPARE(changeClarity(MeasurableModifier::Quieter, {-10.0, 30.0, 0.1}, example), 0.0);  // louder
    }
};

QTEST_APPLESS_MAIN(SearchQueryTest)
#include "SearchQueryTest.moc"
