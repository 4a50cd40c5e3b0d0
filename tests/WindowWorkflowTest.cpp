// The window as a teacher uses it, offscreen: browsing by class, the filter
// chips and the history, searching by an example and a modifier, playing
// from the match, collections and their export, duplicates, tag edits,
// settings, watched folders, and doing it all from the keyboard.
#include <QtTest>

#include <QAccessible>
#include <QAction>
#include <QScrollBar>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaPlayer>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>

#include "support/TestSupport.h"
#include "ui/LibraryService.h"
#include "ui/MainWindow.h"
#include "ui/collections/CollectionActions.h"
#include "ui/collections/ExportActions.h"
#include "ui/detail/ItemDetailPanel.h"
#include "ui/detail/TagEditor.h"
#include "ui/library/DuplicatesDialog.h"
#include "ui/library/FolderWatcher.h"
#include "ui/library/LibrarySidebar.h"
#include "ui/library/ResultsModel.h"
#include "ui/library/ResultsView.h"
#include "ui/library/ThumbnailGrid.h"
#include "ui/player/PlayerPanel.h"
#include "ui/search/FilterBanner.h"
#include "ui/search/SearchBar.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"

using namespace lectern;

namespace {

constexpr int kImportTimeoutMs = 120000;
constexpr int kSearchTimeoutMs = 30000;

QString q(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }

// A window on a library of the "search" fixtures (a lesson, French speech,
// and one chord at three loudnesses), imported through the window.
struct OpenLibrary {
    explicit OpenLibrary(const char* fixture = "search")
    {
        service.open(scratch.path("lib"));
        window = std::make_unique<MainWindow>(service);
        window->show();
        media = scratch.copyOf(fixture);
        window->setFolderChooser([this](QWidget*) { return q(media); });
        QSignalSpy finished(&service, &LibraryService::importFinished);
        window->importFolderAction()->trigger();
        if (!finished.wait(kImportTimeoutMs)) qFatal("the import did not finish");
        // The listing the finished import asks for, not one made while it ran.
        const bool listed = QTest::qWaitFor([this] {
            const auto& items = window->libraryModel()->items();
            return !items.isEmpty() && std::none_of(items.begin(), items.end(), [](const Item& item) {
                return item.status == ItemStatus::Pending;
            });
        }, kSearchTimeoutMs);
        if (!listed) qFatal("the imported items were not listed");
    }
    ~OpenLibrary() { window.reset(); }

    int shownItems() const { return window->libraryModel()->itemCount(); }
    bool allShown(const std::function<bool(const Item&)>& test) const
    {
        const auto& items = window->libraryModel()->items();
        return !items.isEmpty() && std::all_of(items.begin(), items.end(), test);
    }
    qint64 idOf(const QString& fileName) const
    {
        for (const Item& item : window->libraryModel()->items()) {
            if (QString::fromStdString(item.fileName) == fileName) return item.id;
        }
        return 0;
    }
    void choose(const QString& section, const QString& node)
    {
        QTreeWidgetItem* found = window->sidebar()->findNode(section, node);
        QVERIFY2(found, qPrintable(node));
        window->sidebar()->setCurrentItem(found);
    }
    void dropOnSearch(const QString& file)
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window->filterBox(), &enter);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window->filterBox(), &drop);
    }
    // The first item under the first group's header.
    QModelIndex firstResult() const
    {
        QAbstractItemModel* model = window->libraryView()->model();
        return model->index(0, 0, model->index(0, 0));
    }

    test::Scratch scratch;
    std::filesystem::path media;
    LibraryService service;
    std::unique_ptr<MainWindow> window;
};

QString readAll(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(in.readAll());
}

}  // namespace

class WindowWorkflowTest : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void aClassNodeShowsOnlyItemsOfThatClass()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        open.choose(QStringLiteral("Library"), QStringLiteral("Music"));
        QTRY_VERIFY(open.allShown([](const Item& item) { return item.resourceClass == "music"; }));
        QVERIFY(open.shownItems() < 5);
    }

    void theSidebarCountsEachClass()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.window->sidebar()->countOf(open.window->sidebar()->findNode("Library", "All")), 5);
        int classes = 0;
        for (const char* name : {"Music", "Language learning", "Lecture and speech", "Film and TV drama",
                                 "Audio book and radio drama", "Unclassified"}) {
            classes += open.window->sidebar()->countOf(open.window->sidebar()->findNode("Library", name));
        }
        QCOMPARE(classes, 5);
    }

    void aChosenNodeShowsItsFilterAsAChip()
    {
        OpenLibrary open;
        open.choose(QStringLiteral("Library"), QStringLiteral("Audio"));
        QTRY_COMPARE(open.window->searchBar()->banner()->chipTexts(), QStringList{QStringLiteral("Audio")});
    }

    void removingAChipRemovesItsFilter()
    {
        OpenLibrary open;
        open.choose(QStringLiteral("Library"), QStringLiteral("Music"));
        QTRY_VERIFY(open.shownItems() < 5);
        QToolButton* chip = open.window->searchBar()->banner()->chip(QStringLiteral("Class: Music"));
        QVERIFY(chip);
        chip->click();
        QTRY_COMPARE(open.shownItems(), 5);
        QVERIFY(open.window->searchBar()->state().filters.isEmpty());
    }

    void aFilterTypedAsKeyValueBecomesAChip()
    {
        OpenLibrary open;
        QTest::keyClicks(open.window->filterBox(), QStringLiteral("class:music "));
        QTRY_COMPARE(open.window->searchBar()->banner()->chipTexts(), QStringList{QStringLiteral("Class: Music")});
        QCOMPARE(open.window->filterBox()->text().trimmed(), QString());
    }

    void backAndForwardReturnToEarlierSearches()
    {
        OpenLibrary open;
        open.choose(QStringLiteral("Library"), QStringLiteral("Music"));
        QTRY_VERIFY(open.window->searchBar()->backAction()->isEnabled());
        open.choose(QStringLiteral("Library"), QStringLiteral("Audio"));
        QTRY_COMPARE(open.window->searchBar()->state().filterValue("kind"), QStringLiteral("audio"));
        QTest::keyClick(open.window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(open.window->searchBar()->state().filterValue("class"), QStringLiteral("music"));
        QTRY_VERIFY(open.allShown([](const Item& item) { return item.resourceClass == "music"; }));
        QTest::keyClick(open.window.get(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(open.window->searchBar()->state().filterValue("kind"), QStringLiteral("audio"));
    }

    void aDroppedClipShowsAnExampleChipAndTheSameRecordingFirstWithItsOffset()
    {
        OpenLibrary open;
        open.dropOnSearch(q(test::fixtures("search-queries/lesson excerpt from 2 s.wav")));
        QCOMPARE(open.window->searchBar()->banner()->chipTexts(),
                 QStringList{QStringLiteral("Like: lesson excerpt from 2 s.wav")});
        QTRY_VERIFY_WITH_TIMEOUT(!open.window->libraryModel()->groups().isEmpty(), kSearchTimeoutMs);
        QCOMPARE(open.window->libraryModel()->groups().front().first, QStringLiteral("same recording"));
        QVERIFY(open.firstResult().data(ResultsModel::PathRole).toString().endsWith("lesson.ogg"));
        QVERIFY(std::abs(open.firstResult().data(ResultsModel::StartRole).toDouble() - 2.0) <= 0.1);
    }

    void theModifierQuieterPutsQuieterItemsFirstAndSaysWhatItMeasured()
    {
        OpenLibrary open;
        open.dropOnSearch(q(test::fixtures("search-queries/chord.flac")));
        QTRY_VERIFY_WITH_TIMEOUT(open.shownItems() > 0, kSearchTimeoutMs);
        QLineEdit* modifier = open.window->searchBar()->modifierBox();
        QVERIFY(modifier->isVisibleTo(open.window.get()));
        modifier->setText(QStringLiteral("quieter"));
        emit modifier->returnPressed();
        QTRY_VERIFY_WITH_TIMEOUT(open.window->searchBar()->state().modifier == QStringLiteral("quieter") &&
                                     open.firstResult().data(ResultsModel::PathRole).toString().endsWith("chord quiet.flac"),
                                 kSearchTimeoutMs);
        bool noted = false;
        for (const QLabel* label : open.window->searchBar()->findChildren<QLabel*>()) {
            if (label->isVisibleTo(open.window.get()) && label->text().contains(QStringLiteral("quieter"))) noted = true;
        }
        QVERIFY(noted);
    }

    void playFromMatchStartsWhereTheResultMatched()
    {
        OpenLibrary open;
        open.dropOnSearch(q(test::fixtures("search-queries/lesson excerpt from 2 s.wav")));
        QTRY_VERIFY_WITH_TIMEOUT(open.firstResult().isValid(), kSearchTimeoutMs);
        open.window->libraryView()->setCurrentIndex(open.firstResult());
        open.window->playFromMatchAction()->trigger();
        QVERIFY(std::abs(open.window->player()->requestedStartSeconds() - 2.0) <= 0.1);
        QVERIFY(open.window->player()->player()->source().toLocalFile().endsWith("lesson.ogg"));
    }

    void aSpectrogramSelectionSearchesFromThatRange()
    {
        OpenLibrary open;
        const qint64 lesson = open.idOf(QStringLiteral("lesson.ogg"));
        QVERIFY(lesson > 0);
        open.window->libraryView()->selectItem(lesson);
        SpectrogramView* spectrogram = open.window->detailPanel()->spectrogram();
        QTRY_VERIFY(spectrogram->durationSeconds() > 0);
        spectrogram->setSelection(TimeRange{1.0, 3.0});
        QToolButton* button = nullptr;
        for (QToolButton* candidate : open.window->detailPanel()->findChildren<QToolButton*>()) {
            if (candidate->text() == QStringLiteral("Find Similar")) button = candidate;
        }
        QVERIFY(button && button->isEnabled());
        button->click();
        const auto& example = open.window->searchBar()->state().example;
        QVERIFY(example.has_value());
        QCOMPARE(example->itemId, lesson);
        QCOMPARE(example->startSeconds, 1.0);
        QCOMPARE(example->endSeconds, 3.0);
        QTRY_VERIFY_WITH_TIMEOUT(!open.window->libraryModel()->groups().isEmpty(), kSearchTimeoutMs);
    }

    void aNewCollectionHoldsTheSelectedItems()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        open.window->libraryView()->selectAll();
        open.window->collectionActions()->setNameAsker([](QWidget*, const QString&, const QString&) { return QStringLiteral("Unit 3"); });
        open.window->newCollectionAction()->trigger();
        QTRY_VERIFY(open.window->sidebar()->collectionNode(QStringLiteral("Unit 3")));
        QCOMPARE(open.window->sidebar()->countOf(open.window->sidebar()->collectionNode(QStringLiteral("Unit 3"))), 5);
    }

    void rowsDroppedOnACollectionAreAddedToIt()
    {
        OpenLibrary open;
        open.service.createCollection(QStringLiteral("Listening"));
        LibrarySidebar* sidebar = open.window->sidebar();
        QTRY_VERIFY(sidebar->collectionNode(QStringLiteral("Listening")));
        open.window->libraryView()->selectAll();
        std::unique_ptr<QMimeData> rows(open.window->libraryModel()->mimeData(
            open.window->libraryView()->selectionModel()->selectedRows()));
        const QPoint target = sidebar->visualItemRect(sidebar->collectionNode(QStringLiteral("Listening"))).center();
        QDragEnterEvent enter(target, Qt::CopyAction, rows.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(sidebar->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(target, Qt::CopyAction, rows.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(sidebar->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(target, Qt::CopyAction, rows.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(sidebar->viewport(), &drop);
        QTRY_COMPARE(sidebar->countOf(sidebar->collectionNode(QStringLiteral("Listening"))), 5);
    }

    void choosingACollectionShowsItsItems()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        open.window->libraryView()->selectItem(open.idOf(QStringLiteral("french.ogg")));
        open.window->collectionActions()->setNameAsker([](QWidget*, const QString&, const QString&) { return QStringLiteral("French"); });
        open.window->newCollectionAction()->trigger();
        QTRY_VERIFY(open.window->sidebar()->collectionNode(QStringLiteral("French")));
        open.window->sidebar()->setCurrentItem(open.window->sidebar()->collectionNode(QStringLiteral("French")));
        QTRY_COMPARE(open.shownItems(), 1);
        QCOMPARE(open.window->libraryModel()->items().front().fileName, std::string("french.ogg"));
    }

    void aCollectionShowsItsItemsInTheOrderAdded()
    {
        OpenLibrary open;
        const qint64 lesson = open.idOf(QStringLiteral("lesson.ogg"));
        const qint64 chord = open.idOf(QStringLiteral("chord loud.flac"));
        open.service.createCollection(QStringLiteral("Lesson 4"), {lesson, chord});  // not in title order
        QTRY_VERIFY(open.window->sidebar()->collectionNode(QStringLiteral("Lesson 4")));
        open.window->sidebar()->setCurrentItem(open.window->sidebar()->collectionNode(QStringLiteral("Lesson 4")));
        QTRY_COMPARE(open.shownItems(), 2);
        const QVector<Item> shown = open.window->libraryView()->itemsInViewOrder();
        QCOMPARE(shown.front().id, lesson);
        QCOMPARE(shown.back().id, chord);
    }

    void aCollectionExportsAsAnM3u8Playlist()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        const QString playlist = q(open.media / "unit.m3u8");
        open.window->exportActions()->setFileChooser([playlist](QWidget*, const QString&) { return playlist; });
        QSignalSpy done(open.window->exportActions(), &ExportActions::finished);
        open.window->exportActions()->exportItems(open.window->libraryView()->itemsInViewOrder(), "unit");
        QVERIFY(done.wait(10000));
        QVERIFY(done.front().front().toBool());
        const QStringList lines = readAll(playlist).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QStringLiteral("#EXTM3U"));
        QCOMPARE(lines.size(), 1 + 2 * 5);
        QVERIFY(lines.contains(QStringLiteral("lesson.ogg")));  // relative to the playlist's folder
    }

    void aCollectionExportsAsCsv()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        const QString table = q(open.scratch.path("unit.csv"));
        open.window->exportActions()->setFileChooser([table](QWidget*, const QString&) { return table; });
        QSignalSpy done(open.window->exportActions(), &ExportActions::finished);
        open.window->exportActions()->exportItems(open.window->libraryView()->itemsInViewOrder(), "unit");
        QVERIFY(done.wait(10000));
        const QStringList rows = readAll(table).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 6);
        QVERIFY(rows.front().startsWith(QStringLiteral("title,artist,album")));
        QVERIFY(readAll(table).contains(QStringLiteral("Chord, quiet")));
    }

    void copyingFilesPutsEachInTheFolder()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        const QString folder = q(open.scratch.path("stick"));
        open.window->exportActions()->setFolderChooser([folder](QWidget*) { return folder; });
        QSignalSpy done(open.window->exportActions(), &ExportActions::finished);
        open.window->exportActions()->copyItems(open.window->libraryView()->itemsInViewOrder());
        QVERIFY(done.wait(30000));
        QVERIFY2(done.front().front().toBool(), qPrintable(done.front().at(1).toString()));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);
        QVERIFY(QFile::exists(folder + QStringLiteral("/chord quiet.flac")));
    }

    void theDuplicatesViewGroupsOneRecordingAtThreeLoudnesses()
    {
        OpenLibrary open;
        open.window->duplicatesAction()->trigger();
        QTreeWidget* groups = open.window->duplicatesDialog()->groupsView();
        QTRY_VERIFY_WITH_TIMEOUT(groups->topLevelItemCount() >= 1, kSearchTimeoutMs);
        QStringList members;
        for (int i = 0; i < groups->topLevelItem(0)->childCount(); ++i) members << groups->topLevelItem(0)->child(i)->text(0);
        members.sort();
        QCOMPARE(members, (QStringList{"chord loud.flac", "chord medium.flac", "chord quiet.flac"}));
    }

    void removingTickedDuplicatesLeavesTheLongestCopy()
    {
        OpenLibrary open;
        open.window->duplicatesAction()->trigger();
        DuplicatesDialog* dialog = open.window->duplicatesDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->groupsView()->topLevelItemCount() >= 1, kSearchTimeoutMs);
        QCOMPARE(dialog->tickedItems().size(), 2);
        dialog->removeButton()->click();
        QTRY_COMPARE(open.shownItems(), 3);
        QTRY_COMPARE(dialog->groupsView()->topLevelItemCount(), 0);
    }

    void anEditedTagIsKeptAndFoundByASearch()
    {
        OpenLibrary open;
        const qint64 lesson = open.idOf(QStringLiteral("lesson.ogg"));
        open.window->libraryView()->selectItem(lesson);
        TagEditor* tags = open.window->detailPanel()->tagEditor();
        QTRY_VERIFY(tags->isEnabled());
        tags->field(QStringLiteral("album"))->setText(QStringLiteral("Pronunciation workshop"));
        emit tags->field(QStringLiteral("album"))->textEdited(QStringLiteral("Pronunciation workshop"));
        tags->saveButton()->click();
        QTest::keyClicks(open.window->filterBox(), QStringLiteral("workshop"));
        QTRY_VERIFY_WITH_TIMEOUT(open.shownItems() == 1 && open.window->libraryModel()->items().front().id == lesson,
                                 kSearchTimeoutMs);
        QVERIFY(open.window->libraryModel()->items().front().tagsEdited);
    }

    void settingsAreKeptForTheNextStart()
    {
        OpenLibrary open;
        SettingsDialog dialog(open.service, {}, open.window.get());
        dialog.workersBox()->setValue(1);
        dialog.autoPreviewBox()->setChecked(true);
        dialog.coloursBox()->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(settings::analysisWorkers(), 1);
        QVERIFY(settings::autoPreview());
        QCOMPARE(settings::spectrogramColours(), settings::ColourMap::Grey);
    }

    void aModelsFolderWithoutModelsIsRefused()
    {
        OpenLibrary open;
        SettingsDialog dialog(open.service, {}, open.window.get());
        dialog.modelsBox()->setText(q(open.scratch.path()));
        QSignalSpy checked(&open.service, &LibraryService::modelsChecked);
        dialog.accept();
        QVERIFY(checked.wait(10000));
        QVERIFY(!checked.front().at(1).toString().isEmpty());
        QCOMPARE(settings::modelsFolder(), QString());
    }

    void aWatchedFolderPicksUpANewFile()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        QTRY_COMPARE(open.window->folderWatcher()->roots(), QStringList{q(open.media)});
        QTRY_VERIFY(open.window->folderWatcher()->watchedFolders().contains(q(open.media)));
        open.window->folderWatcher()->setSettleMs(200);
        QSignalSpy imported(&open.service, &LibraryService::importFinished);
        QVERIFY(QFile::copy(q(test::fixtures("speech/english.wav")), q(open.media / "english.wav")));
        QVERIFY(imported.wait(kImportTimeoutMs));
        QTRY_COMPARE(open.shownItems(), 6);
    }

    void aFolderSwitchedOffInTheSettingsIsNoLongerWatched()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.window->folderWatcher()->roots(), QStringList{q(open.media)});
        SettingsDialog dialog(open.service, {ImportedFolder{open.media.string(), true}}, open.window.get());
        dialog.watchedList()->item(0)->setCheckState(Qt::Unchecked);
        dialog.accept();
        QTRY_VERIFY(open.window->folderWatcher()->roots().isEmpty());
    }

    void aRemovedFileStaysMarkedMissing()
    {
        OpenLibrary open;
        QTRY_COMPARE(open.shownItems(), 5);
        QTRY_VERIFY(open.window->folderWatcher()->watchedFolders().contains(q(open.media)));
        open.window->folderWatcher()->setSettleMs(200);
        QSignalSpy imported(&open.service, &LibraryService::importFinished);
        QVERIFY(QFile::remove(q(open.media / "french.ogg")));
        QVERIFY(imported.wait(kImportTimeoutMs));
        QTRY_VERIFY(std::any_of(open.window->libraryModel()->items().begin(), open.window->libraryModel()->items().end(),
                                [](const Item& item) { return item.fileName == "french.ogg" && item.missing; }));
        QCOMPARE(open.shownItems(), 5);
        QTRY_COMPARE(open.window->sidebar()->countOf(open.window->sidebar()->findNode("Problems", "Missing files")), 1);
    }

    void theThumbnailGridShowsTheResultsAndChoosingOneSelectsIt()
    {
        OpenLibrary open("video");
        open.window->thumbnailsAction()->trigger();
        ThumbnailGrid* grid = open.window->thumbnailGrid();
        QTRY_VERIFY(grid->isVisible());
        QTRY_COMPARE(grid->model()->rowCount(), open.shownItems());
        grid->setCurrentIndex(grid->model()->index(1, 0));
        QVERIFY(open.window->libraryView()->currentItem());
        QCOMPARE(open.window->libraryView()->currentItem()->id,
                 grid->model()->index(1, 0).data(ThumbnailModel::ItemIdRole).toLongLong());
    }

    void retryAnalysesTheProblemsAgain()
    {
        OpenLibrary open("bad");
        QTreeWidgetItem* problems = open.window->sidebar()->findNode("Problems", "Could not be analysed");
        QTRY_COMPARE(open.window->sidebar()->countOf(problems), 3);
        QSignalSpy imported(&open.service, &LibraryService::importFinished);
        emit open.window->sidebar()->retryProblemsRequested();
        QVERIFY(imported.wait(kImportTimeoutMs));
        QCOMPARE(imported.front().front().value<ImportSummary>().failed, 3);  // tried, and still broken
    }

    void everyVisibleControlHasAnAccessibleName()
    {
        OpenLibrary open;
        open.window->libraryView()->selectItem(open.idOf(QStringLiteral("lesson.ogg")));
        QTRY_VERIFY(open.window->detailPanel()->spectrogram()->durationSeconds() > 0);
        QStringList unnamed;
        for (QWidget* control : open.window->findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QAbstractButton*>(control) || qobject_cast<QLineEdit*>(control) ||
                                     qobject_cast<QComboBox*>(control) || qobject_cast<QAbstractSpinBox*>(control) ||
                                     qobject_cast<QAbstractSlider*>(control) || qobject_cast<QAbstractItemView*>(control);
            if (!interactive || !control->isVisibleTo(open.window.get()) || qobject_cast<QScrollBar*>(control)) continue;
            if (control->objectName().startsWith(QLatin1String("qt_"))) continue;  // Qt's own parts
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed << QStringLiteral("%1 '%2'").arg(control->metaObject()->className(), control->objectName());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void theKeyboardAloneImportsSearchesAndPlays()
    {
        test::Scratch scratch;
        LibraryService service;
        service.open(scratch.path("lib"));
        MainWindow window(service);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto media = scratch.copyOf("speech");
        window.setFolderChooser([media](QWidget*) { return q(media); });
        QSignalSpy finished(&service, &LibraryService::importFinished);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(finished.wait(kImportTimeoutMs));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.filterBox()->hasFocus());
        QTest::keyClicks(window.filterBox(), QStringLiteral("french"));
        QTRY_COMPARE(window.libraryModel()->itemCount(), 1);
        QTest::keyClick(window.filterBox(), Qt::Key_Tab);
        QVERIFY(window.libraryView()->hasFocus());
        QTest::keyClick(window.libraryView(), Qt::Key_Down);
        QTest::keyClick(window.libraryView(), Qt::Key_Down);
        QTRY_VERIFY(window.libraryView()->currentItem());
        QTest::keyClick(window.libraryView(), Qt::Key_Return);
        QVERIFY(window.player()->player()->source().toLocalFile().endsWith("french.wav"));
    }
};

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTests"));
    QStandardPaths::setTestModeEnabled(true);  // the teacher's own settings stay untouched
    WindowWorkflowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "WindowWorkflowTest.moc"
