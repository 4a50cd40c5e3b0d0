// The first window, offscreen: importing through its action fills the
// table, failures are listed with reasons, and the filter box searches.
#include <QtTest>

#include <QAction>
#include <QLineEdit>
#include <QTableView>
#include <QListWidget>
#include <QMediaPlayer>
#include <QMimeData>
#include <QTreeWidget>

#include "support/TestSupport.h"
#include "ui/ItemDetailPanel.h"
#include "ui/LibraryService.h"
#include "ui/LibraryTableModel.h"
#include "ui/MainWindow.h"
#include "ui/PlayerPanel.h"

using namespace lectern;

namespace {

constexpr int kImportTimeoutMs = 60000;

QString q(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }

struct OpenWindow {
    explicit OpenWindow(const test::Scratch& scratch) : window((service.open(scratch.path("lib")), service))
    {
        window.show();
    }
    LibraryService service;
    MainWindow window;
};

bool showsAnItemStillPending(const LibraryTableModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.itemAt(row)->status == ItemStatus::Pending) return true;
    }
    return false;
}

// Waits for the import and for the table to show its outcome: the window's
// first listing may have read the catalog while the import's items were still
// pending, and arrive before the listing that the finished import asks for.
void importThroughTheAction(OpenWindow& open, const std::filesystem::path& folder)
{
    open.window.setFolderChooser([folder](QWidget*) { return q(folder); });
    QSignalSpy finished(&open.service, &LibraryService::importFinished);
    open.window.importFolderAction()->trigger();
    QVERIFY(finished.wait(kImportTimeoutMs));
    QTRY_VERIFY(!showsAnItemStillPending(*open.window.libraryModel()));
}

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void importFolderActionFillsTheTable()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("formats"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 11);
        const LibraryTableModel* model = open.window.libraryModel();
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row) {
            titles << model->index(row, LibraryTableModel::Title).data().toString();
        }
        QVERIFY(titles.contains(QStringLiteral("Tone webm")));
    }

    void failedFilesAreListedWithTheirReasons()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("bad"));
        const QTreeWidget* failures = open.window.failedFilesView();
        QCOMPARE(failures->topLevelItemCount(), 3);
        for (int i = 0; i < failures->topLevelItemCount(); ++i) {
            QVERIFY(!failures->topLevelItem(i)->text(1).isEmpty());
        }
        QVERIFY(failures->isVisibleTo(&open.window));
    }

    void classColumnShowsTheModelsConfidenceAndTheTeachersChoice()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("speech"));
        const LibraryTableModel* model = open.window.libraryModel();
        QTRY_COMPARE(model->rowCount(), 2);
        const QString automatic = model->index(0, LibraryTableModel::Class).data().toString();
        QVERIFY2(automatic.endsWith(QStringLiteral("%")), qPrintable(automatic));
        const qint64 id = model->index(0, 0).data(LibraryTableModel::ItemIdRole).toLongLong();
        QSignalSpy changed(&open.service, &LibraryService::itemClassChanged);
        open.service.setItemClass(id, QStringLiteral("music"));
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(model->index(model->rowOfItem(id), LibraryTableModel::Class).data().toString(),
                     QStringLiteral("Music (set by you)"));
    }

    void filterBoxNarrowsTheTableAsYouType()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("formats"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 11);
        QTest::keyClicks(open.window.filterBox(), QStringLiteral("tone fla"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 1);
        open.window.filterBox()->clear();
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 11);
    }

    void tableSortsByDuration()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("speech"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 2);
        QTableView* view = open.window.libraryView();
        view->sortByColumn(LibraryTableModel::Duration, Qt::DescendingOrder);
        const QString longest = view->model()->index(0, LibraryTableModel::Title).data().toString();
        QCOMPARE(longest, QStringLiteral("english.wav"));
    }

    void activatingARowPlaysThatItem()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("speech"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 2);
        QTableView* view = open.window.libraryView();
        const QModelIndex first = view->model()->index(0, LibraryTableModel::Title);
        emit view->activated(first);
        const QString expected = first.data(LibraryTableModel::PathRole).toString();
        QCOMPARE(open.window.player()->player()->source(), QUrl::fromLocalFile(expected));
    }

    void selectingAVideoShowsItsKeyframesAndSpectrogram()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("video"));
        QTableView* view = open.window.libraryView();
        // The table may still show the listing made during the import.
        const auto videoRow = [view] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, LibraryTableModel::Kind).data().toString() == QStringLiteral("Video") &&
                    view->model()->index(row, LibraryTableModel::Title).data().toString().contains("three")) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY(videoRow() >= 0);
        view->setCurrentIndex(view->model()->index(videoRow(), 0));
        QListWidget* strip = open.window.detailPanel()->keyframeStrip();
        QTRY_COMPARE(strip->count(), 3);
        emit strip->itemClicked(strip->item(1));
        QVERIFY(open.window.player()->player()->source().toLocalFile().endsWith("three-shots.mp4"));
    }

    void typingWordsShowsSearchResultsWithWhyTheyMatched()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("search"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 5);
        QTest::keyClicks(open.window.filterBox(), QStringLiteral("planets"));
        QTableView* view = open.window.libraryView();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(!view->isColumnHidden(LibraryTableModel::FoundBecause));
        QVERIFY(view->model()->index(0, LibraryTableModel::FoundBecause).data().toString().contains("title"));
        open.window.filterBox()->clear();
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QVERIFY(view->isColumnHidden(LibraryTableModel::FoundBecause));
    }

    void droppingAClipOnTheSearchBoxFindsItsSourceAndPlaysFromTheMatch()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("search"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 5);
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(q(test::fixtures("search-queries/lesson excerpt from 2 s.wav")))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(open.window.filterBox(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(open.window.filterBox(), &drop);
        QTableView* view = open.window.libraryView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->index(0, LibraryTableModel::FoundBecause).data().toString().contains(
                                     "same recording"),
                                 30000);
        QVERIFY(view->model()->index(0, LibraryTableModel::Title).data(LibraryTableModel::PathRole).toString().endsWith("lesson.ogg"));
        emit view->activated(view->model()->index(0, LibraryTableModel::Title));
        QVERIFY(std::abs(open.window.player()->requestedStartSeconds() - 2.0) <= 0.1);
        delete data;
    }

    void windowOnALockedLibraryIsReadOnly()
    {
        test::Scratch scratch;
        auto holder = test::openLibraryForWriting(scratch.path("lib"));
        LibraryService service;
        QVERIFY(!service.open(scratch.path("lib")).isEmpty());
        QVERIFY(!service.isWritable());
        MainWindow window(service);
        QVERIFY(!window.importFolderAction()->isEnabled());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
