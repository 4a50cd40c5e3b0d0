// The search bar's own rules, without a library: what typed filters become,
// how the history steps, and what a search state asks of the engine.
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QToolButton>

#include "ui/search/FilterBanner.h"
#include "ui/search/NoteWording.h"
#include "ui/search/QueryHistory.h"
#include "ui/search/SearchBar.h"
#include "ui/search/SearchState.h"

using namespace lectern;

class SearchBarTest : public QObject {
    Q_OBJECT

private slots:
    void aCompleteKeyValueIsLiftedOutOfTheWords()
    {
        SearchState state;
        QCOMPARE(liftTypedFilters(QStringLiteral("piano class:music "), state).trimmed(), QStringLiteral("piano"));
        QCOMPARE(state.filterValue(QStringLiteral("class")), QStringLiteral("music"));
    }

    void aFilterStillBeingTypedStaysInTheWords()
    {
        SearchState state;
        QCOMPARE(liftTypedFilters(QStringLiteral("class:mu"), state), QStringLiteral("class:mu"));
        QVERIFY(state.filters.isEmpty());
    }

    void aQuotedFilterValueKeepsItsSpaces()
    {
        SearchState state;
        liftTypedFilters(QStringLiteral("collection:\"Unit 3\" "), state);
        QCOMPARE(state.filterValue(QStringLiteral("collection")), QStringLiteral("Unit 3"));
        QCOMPARE(state.queryText(), QStringLiteral("collection:\"Unit 3\""));
    }

    void anUnknownKeyIsLeftAsWords()
    {
        SearchState state;
        QCOMPARE(liftTypedFilters(QStringLiteral("time:now "), state).trimmed(), QStringLiteral("time:now"));
        QVERIFY(state.filters.isEmpty());
    }

    void aSecondFilterOfTheSameKeyReplacesTheFirst()
    {
        SearchState state;
        state.setFilter(QStringLiteral("class"), QStringLiteral("music"));
        state.setFilter(QStringLiteral("class"), QStringLiteral("lecture"));
        QCOMPARE(state.filters.size(), 1);
        QCOMPARE(state.queryText(), QStringLiteral("class:lecture"));
    }

    void aSearchStateSurvivesBeingSaved()
    {
        SearchState state;
        state.words = QStringLiteral("rain");
        state.setFilter(QStringLiteral("kind"), QStringLiteral("audio"));
        state.example = ExampleClip{QString(), 42, 1.5, 4.0, QStringLiteral("lesson (0:01–0:04)")};
        state.modifier = QStringLiteral("quieter");
        QCOMPARE(SearchState::fromVariant(state.toVariant()), state);
    }

    void typingOneWordIsOneStepOfHistory()
    {
        QueryHistory history;
        for (const char* typed : {"p", "pi", "pia", "piano"}) {
            SearchState state;
            state.words = QString::fromLatin1(typed);
            history.record(state, true);
        }
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.current().words, QStringLiteral("piano"));
    }

    void backThenForwardReturnsToTheNewest()
    {
        QueryHistory history;
        SearchState music;
        music.setFilter(QStringLiteral("class"), QStringLiteral("music"));
        SearchState video;
        video.setFilter(QStringLiteral("kind"), QStringLiteral("video"));
        history.record({}, false);
        history.record(music, false);
        history.record(video, false);
        QCOMPARE(history.back(), music);
        QCOMPARE(history.back(), SearchState());
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), music);
        QCOMPARE(history.forward(), video);
        QVERIFY(!history.canGoForward());
    }

    void aNewSearchAfterGoingBackEndsTheWayForward()
    {
        QueryHistory history;
        SearchState first;
        first.words = QStringLiteral("first");
        SearchState second;
        second.words = QStringLiteral("second");
        history.record(first, false);
        history.record(second, false);
        history.back();
        SearchState other;
        other.words = QStringLiteral("other");
        history.record(other, false);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.size(), 2);
    }

    void theBannerShowsAChipPerFilterAndTheExample()
    {
        FilterBanner banner;
        SearchState state;
        state.setFilter(QStringLiteral("class"), QStringLiteral("music"));
        state.setFilter(QStringLiteral("folder"), QStringLiteral("/media/course/Unit 3"));
        state.example = ExampleClip{QStringLiteral("/tmp/clip.wav"), 0, 0, 0, QStringLiteral("clip.wav")};
        banner.showState(state);
        QCOMPARE(banner.chipTexts(), (QStringList{QStringLiteral("Class: Music"), QStringLiteral("Folder: Unit 3"),
                                                  QStringLiteral("Like: clip.wav")}));
        QVERIFY(!banner.modifierBox()->isHidden());
    }

    void clickingAChipAsksToRemoveItsFilter()
    {
        FilterBanner banner;
        SearchState state;
        state.setFilter(QStringLiteral("kind"), QStringLiteral("video"));
        banner.showState(state);
        QSignalSpy removed(&banner, &FilterBanner::filterRemoved);
        banner.chip(QStringLiteral("Video"))->click();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.front().front().toString(), QStringLiteral("kind"));
    }

    void clearAllEmptiesTheSearch()
    {
        SearchBar bar;
        SearchState state;
        state.words = QStringLiteral("rain");
        state.setFilter(QStringLiteral("class"), QStringLiteral("music"));
        bar.setState(state);
        QSignalSpy asked(&bar, &SearchBar::searchRequested);
        for (QToolButton* button : bar.findChildren<QToolButton*>()) {
            if (button->text() == QStringLiteral("Clear all")) button->click();
        }
        QCOMPARE(asked.size(), 1);
        QVERIFY(bar.state().isEmpty());
        QVERIFY(bar.wordsBox()->text().isEmpty());
    }

    void aMeasuredModifierIsSaidInPlainWords()
    {
        QCOMPARE(plainNote(QStringLiteral(
                     "modifier understood as: quieter; the modifier model ranks by the whole of \"make it quieter\"")),
                 QStringLiteral("Measured: quieter (from each recording's loudness, length and class); the modifier "
                                "model interpreted “make it quieter” to rank the rest."));
    }

    void anUnmeasurableModifierIsSaidToBeInterpreted()
    {
        const QString plain = plainNote(QStringLiteral(
            "the modifier has no measurable meaning that Lectern knows; results sound like the example"));
        QCOMPARE(plain, QStringLiteral("Nothing in the modifier can be measured; the rest are ranked by how alike "
                                       "they sound."));
    }

    void anUnknownNotePassesUnchanged()
    {
        QCOMPARE(plainNote(QStringLiteral("the example is silent: there is nothing to compare")),
                 QStringLiteral("the example is silent: there is nothing to compare"));
    }

    void everyControlHasAnAccessibleName()
    {
        SearchBar bar;
        SearchState state;
        state.setFilter(QStringLiteral("class"), QStringLiteral("music"));
        state.example = ExampleClip{QStringLiteral("/tmp/clip.wav"), 0, 0, 0, QStringLiteral("clip.wav")};
        bar.setState(state);
        for (QWidget* control : bar.findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QLineEdit*>(control) || qobject_cast<QAbstractButton*>(control);
            if (!interactive || control->isHidden()) continue;
            const bool named = !control->accessibleName().isEmpty() ||
                               (qobject_cast<QToolButton*>(control) &&
                                qobject_cast<QToolButton*>(control)->defaultAction());
            QVERIFY2(named, qPrintable(control->metaObject()->className() + QStringLiteral(" ") + control->objectName()));
        }
    }
};

QTEST_MAIN(SearchBarTest)
#include "SearchBarTest.moc"
