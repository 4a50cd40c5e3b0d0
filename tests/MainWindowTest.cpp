// The first window, offscreen: importing through its action fills the
// table, failures are listed with reasons, and the filter box searches.
#include <QtTest>

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaPlayer>
#include <QMimeData>
#include <QTreeWidget>

#include "pipeline/Importer.h"
#include "support/TestSupport.h"
#include "ui/LibraryService.h"
#include "ui/MainWindow.h"
#include "ui/detail/ItemDetailPanel.h"
#include "ui/library/ResultsModel.h"
#include "ui/library/ResultsView.h"
#include "ui/player/PlayerPanel.h"

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

bool showsAnItemStillPending(const ResultsModel& model)
{
    for (const Item& item : model.items()) {
        if (item.status == ItemStatus::Pending) return true;
    }
    return false;
}

// The first result of a search, under its group's header.
QModelIndex firstResult(ResultsView* view, int column = 0)
{
    const QModelIndex group = view->model()->index(0, 0);
    return view->model()->index(0, column, group);
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

// scratch/lib: the formats fixture imported, a backup made, then the catalog damaged.
void libraryWithADamagedCatalog(const test::Scratch& scratch)
{
    {
        auto library = test::openLibraryForWriting(scratch.path("lib"));
        if (!importMedia(*library, {scratch.copyOf("formats")}, {}, {}, {})) qFatal("the import failed");
        if (!library->backUp()) qFatal("no backup");
    }
    test::damageCatalogData(scratch.path("lib"));
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
        const ResultsModel* model = open.window.libraryModel();
        QStringList titles;
        for (const Item& item : model->items()) titles << QString::fromStdString(titleOf(item));
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
        const ResultsModel* model = open.window.libraryModel();
        QTRY_COMPARE(model->rowCount(), 2);
        const QString automatic = model->index(0, ResultsModel::Class).data().toString();
        QVERIFY2(automatic.endsWith(QStringLiteral("%")), qPrintable(automatic));
        const qint64 id = model->index(0, 0).data(ResultsModel::ItemIdRole).toLongLong();
        QSignalSpy changed(&open.service, &LibraryService::itemClassChanged);
        open.service.setItemClass(id, QStringLiteral("music"));
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(model->indexOfItem(id).siblingAtColumn(ResultsModel::Class).data().toString(),
                     QStringLiteral("Music (set by you)"));
    }

    void filterBoxNarrowsTheTableAsYouType()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("formats"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 11);
        QTest::keyClicks(open.window.filterBox(), QStringLiteral("tone fla"));
        QTRY_COMPARE(open.window.libraryModel()->itemCount(), 1);
        open.window.filterBox()->clear();
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 11);
    }

    void tableSortsByDuration()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("speech"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 2);
        ResultsView* view = open.window.libraryView();
        view->sortByColumn(ResultsModel::Duration, Qt::DescendingOrder);
        const QString longest = view->model()->index(0, ResultsModel::Title).data().toString();
        QCOMPARE(longest, QStringLiteral("english.wav"));
    }

    void activatingARowPlaysThatItem()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("speech"));
        QTRY_COMPARE(open.window.libraryView()->model()->rowCount(), 2);
        ResultsView* view = open.window.libraryView();
        const QModelIndex first = view->model()->index(0, ResultsModel::Title);
        emit view->activated(first);
        const QString expected = first.data(ResultsModel::PathRole).toString();
        QCOMPARE(open.window.player()->player()->source(), QUrl::fromLocalFile(expected));
    }

    void selectingAVideoShowsItsKeyframesAndSpectrogram()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("video"));
        ResultsView* view = open.window.libraryView();
        // The table may still show the listing made during the import.
        const auto videoRow = [view] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, ResultsModel::Kind).data().toString() == QStringLiteral("Video") &&
                    view->model()->index(row, ResultsModel::Title).data().toString().contains("three")) {
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
        ResultsView* view = open.window.libraryView();
        QTRY_COMPARE(open.window.libraryModel()->itemCount(), 1);
        QVERIFY(!view->isColumnHidden(ResultsModel::FoundBecause));
        QVERIFY(firstResult(view, ResultsModel::FoundBecause).data().toString().contains("title"));
        open.window.filterBox()->clear();
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QVERIFY(view->isColumnHidden(ResultsModel::FoundBecause));
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
        ResultsView* view = open.window.libraryView();
        QTRY_VERIFY_WITH_TIMEOUT(firstResult(view, ResultsModel::FoundBecause).data().toString().contains(
                                     "same recording"),
                                 30000);
        QVERIFY(firstResult(view).data(ResultsModel::PathRole).toString().endsWith("lesson.ogg"));
        emit view->activated(firstResult(view));
        QVERIFY(std::abs(open.window.player()->requestedStartSeconds() - 2.0) <= 0.1);
        delete data;
    }

    void aDamagedCatalogIsFoundAfterTheWindowOpensAndOffersItsBackup()
    {
        test::Scratch scratch;
        libraryWithADamagedCatalog(scratch);
        LibraryService service;
        const QString opened = service.open(scratch.path("lib"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));  // the pages are checked later
        QSignalSpy damaged(&service, &LibraryService::catalogDamaged);
        service.checkCatalog();
        QVERIFY(damaged.wait(kImportTimeoutMs));
        const QString problem = damaged.first().first().toString();
        QVERIFY2(problem.startsWith(QString::fromUtf8(kDamagedCatalogMessage.data())), qPrintable(problem));
        QVERIFY(LibraryService::hasBackup(scratch.path("lib")));
    }

    void anImportAskedForOnACatalogFoundDamagedWritesNothing()
    {
        test::Scratch scratch;
        libraryWithADamagedCatalog(scratch);
        const auto before = std::filesystem::last_write_time(scratch.path("lib") / "catalog.sqlite");
        LibraryService service;
        QVERIFY(service.open(scratch.path("lib")).isEmpty());
        QSignalSpy failed(&service, &LibraryService::importFailed);
        service.checkCatalog();
        service.importPaths({q(scratch.copyOf("formats"))});
        QVERIFY(failed.wait(kImportTimeoutMs));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("damaged")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(std::filesystem::last_write_time(scratch.path("lib") / "catalog.sqlite"), before);
    }

    void aSoundCatalogIsNotReportedDamaged()
    {
        test::Scratch scratch;
        OpenWindow open(scratch);
        importThroughTheAction(open, scratch.copyOf("formats"));
        QSignalSpy damaged(&open.service, &LibraryService::catalogDamaged);
        QSignalSpy imported(&open.service, &LibraryService::importFinished);
        open.service.checkCatalog();
        open.service.resumePendingImports();  // runs after the check, on the same thread
        QVERIFY(imported.wait(kImportTimeoutMs));
        QCOMPARE(damaged.count(), 0);
    }

    void onlyTheNewestCountsAreShown()
    {
        test::Scratch scratch;
        LibraryService service;
        QVERIFY(service.open(scratch.path("lib")).isEmpty());
        QSignalSpy counts(&service, &LibraryService::countsReady);
        for (int request = 0; request < 5; ++request) service.requestCounts();
        QVERIFY(counts.wait(kImportTimeoutMs));
        QTest::qWait(300);  // the older answers, had they been let through
        QCOMPARE(counts.count(), 1);
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

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTests"));
    QStandardPaths::setTestModeEnabled(true);  // the teacher's own settings stay untouched
    QSettings().clear();
    MainWindowTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "MainWindowTest.moc"
