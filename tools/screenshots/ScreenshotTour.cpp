// Takes the README's pictures of the window: drives the real window on a
// copy of the demo library through the main states and saves each as a PNG.
// Run by take.sh under Xvfb. Usage:
//   lectern-screenshot-tour LIBRARY OUT_DIR [--welcome EMPTY_LIBRARY] [--dark] [--language CODE]
// With --language, the window in that language: library-by-class-CODE.png and
// example-with-modifier-CODE.png.
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>

#include "platform/LibraryLocation.h"
#include "platform/ModelLocation.h"
#include "ui/LibraryService.h"
#include "ui/MainWindow.h"
#include "ui/collections/CollectionActions.h"
#include "ui/detail/ItemDetailPanel.h"
#include "ui/library/DuplicatesDialog.h"
#include "ui/library/LibrarySidebar.h"
#include "ui/library/ResultsModel.h"
#include "ui/library/ResultsView.h"
#include "ui/search/SearchBar.h"
#include "ui/settings/SystemTheme.h"
#include "ui/settings/UiLanguage.h"
#include "ui/common/Formatting.h"
#include "ui/search/ModifierPhrases.h"

using namespace lectern;

namespace {

constexpr int kWaitMs = 60000;

void require(bool condition, const char* what)
{
    if (condition) return;
    std::fprintf(stderr, "lectern-screenshot-tour: %s\n", what);
    std::exit(2);
}

void save(QWidget& widget, const QString& folder, const QString& name)
{
    QTest::qWait(400);  // the last pictures and strips arrive
    require(widget.grab().save(QDir(folder).filePath(name)), "cannot save a picture");
    std::printf("%s\n", qPrintable(QDir(folder).filePath(name)));
}

qint64 idOfTitle(const MainWindow& window, const QString& title)
{
    for (const Item& item : window.libraryModel()->items()) {
        if (toQString(item.tags.title) == title) return item.id;
    }
    return 0;
}

// The detail pane's tab of this title (by title: tabs are added over time).
void showDetailTab(MainWindow& window, const QString& title)
{
    QTabWidget* tabs = window.detailPanel()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == title) tabs->setCurrentIndex(i);
    }
}

void waitForListing(MainWindow& window)
{
    require(QTest::qWaitFor([&window] { return window.libraryModel()->itemCount() > 0; }, kWaitMs), "nothing listed");
}

void choose(MainWindow& window, const QString& section, const QString& node)
{
    QTreeWidgetItem* found = window.sidebar()->findNode(section, node);
    require(found, "no such sidebar node");
    window.sidebar()->setCurrentItem(found);
}

void select(MainWindow& window, const QString& title)
{
    require(QTest::qWaitFor([&] { return idOfTitle(window, title) > 0; }, kWaitMs), "no such item");
    window.libraryView()->selectItem(idOfTitle(window, title));
    require(QTest::qWaitFor([&] { return window.detailPanel()->spectrogram()->durationSeconds() > 0; }, kWaitMs),
            "no spectrogram");
}

void exampleWithModifier(MainWindow& window, const QString& title, const QString& modifier)
{
    select(window, "Sonatina in C");
    window.findSimilarTo(idOfTitle(window, title), 0, 0);
    require(QTest::qWaitFor([&] { return !window.libraryModel()->groups().isEmpty(); }, kWaitMs), "no results");
    window.searchBar()->modifierBox()->setText(modifier);
    emit window.searchBar()->modifierBox()->returnPressed();
    require(QTest::qWaitFor([&] { return window.searchBar()->state().modifier == modifier; }, kWaitMs), "no modifier");
    QTest::qWait(1500);
    QModelIndex group = window.libraryView()->model()->index(0, 0);
    window.libraryView()->setCurrentIndex(window.libraryView()->model()->index(0, 0, group));
}

// The two pictures of the window in another language.
int languageTour(MainWindow& window, const QString& out, const QString& code)
{
    waitForListing(window);
    choose(window, QCoreApplication::translate("lectern::LibrarySidebar", "Library"), resourceClassName("music"));
    select(window, "Sonatina in C");
    showDetailTab(window, QCoreApplication::translate("lectern::ItemDetailPanel", "Class"));
    save(window, out, QStringLiteral("library-by-class-%1.png").arg(code));
    choose(window, QCoreApplication::translate("lectern::LibrarySidebar", "Library"),
           QCoreApplication::translate("lectern::LibrarySidebar", "All"));
    exampleWithModifier(window, "Sonatina in C", modifierSuggestions().value(0));
    save(window, out, QStringLiteral("example-with-modifier-%1.png").arg(code));
    return 0;
}

int tour(MainWindow& window, LibraryService& service, const QString& out, bool dark)
{
    waitForListing(window);
    if (dark) {
        exampleWithModifier(window, "Sonatina in C", "quieter");
        save(window, out, "dark-theme.png");
        return 0;
    }
    choose(window, "Library", "Music");
    select(window, "Sonatina in C");
    showDetailTab(window, QStringLiteral("Class"));
    save(window, out, "library-by-class.png");

    choose(window, "Library", "All");
    exampleWithModifier(window, "Sonatina in C", "quieter");
    save(window, out, "example-with-modifier.png");

    window.searchBar()->setState({});
    waitForListing(window);
    select(window, "The water cycle");
    SpectrogramView* spectrogram = window.detailPanel()->spectrogram();
    spectrogram->zoomTo({6.0, 12.0});
    spectrogram->setSelection(TimeRange{7.5, 10.0});
    spectrogram->setPlayhead(8.2);
    showDetailTab(window, QStringLiteral("File"));
    save(window, out, "detail-zoomed-selection.png");

    window.collectionActions()->setNameAsker([](QWidget*, const QString&, const QString&) { return QStringLiteral("Year 7 – week 3"); });
    window.libraryView()->clearSelection();
    for (const char* title : {"The water cycle", "Greetings – repeat after me", "Scene 1 – the library"}) {
        const QModelIndex index = window.libraryModel()->indexOfItem(idOfTitle(window, title));
        window.libraryView()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    window.newCollectionAction()->trigger();
    require(QTest::qWaitFor([&] { return window.sidebar()->collectionNode("Year 7 – week 3"); }, kWaitMs),
            "no collection");
    service.createCollection(QStringLiteral("Listening practice"));
    require(QTest::qWaitFor([&] { return window.sidebar()->collectionNode("Listening practice"); }, kWaitMs),
            "no second collection");
    window.sidebar()->setCurrentItem(window.sidebar()->collectionNode("Year 7 – week 3"));
    require(QTest::qWaitFor([&] { return window.libraryModel()->itemCount() == 3; }, kWaitMs), "collection not shown");
    select(window, "The water cycle");
    showDetailTab(window, QStringLiteral("Collections"));
    save(window, out, "collections.png");

    window.duplicatesAction()->trigger();
    DuplicatesDialog* duplicates = window.duplicatesDialog();
    require(QTest::qWaitFor([&] { return duplicates->groupsView()->topLevelItemCount() > 0; }, kWaitMs),
            "no duplicates");
    save(*duplicates, out, "duplicates.png");
    duplicates->close();
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    setApplicationIdentity();
    QCoreApplication::setOrganizationName(QStringLiteral("LecternScreenshots"));
    useBundledModels();
    followSystemTheme(application);
    const QStringList arguments = QApplication::arguments();
    require(arguments.size() >= 3, "usage: lectern-screenshot-tour LIBRARY OUT_DIR [--welcome EMPTY] [--dark]");
    const QString out = arguments[2];
    QDir().mkpath(out);
    const bool dark = arguments.contains(QStringLiteral("--dark"));
    const auto languageAt = arguments.indexOf(QStringLiteral("--language"));
    const QString language = languageAt > 0 ? arguments.value(languageAt + 1) : QString();
    if (!language.isEmpty()) require(installUiLanguage(application, language) == language, "no such language");
    if (const auto welcome = arguments.indexOf(QStringLiteral("--welcome")); welcome > 0) {
        LibraryService empty;
        empty.open(toPath(arguments.value(welcome + 1)));
        MainWindow window(empty);
        window.resize(1400, 860);
        window.show();
        QTest::qWait(1500);
        save(window, out, "welcome.png");
    }
    LibraryService service;
    require(service.open(toPath(arguments[1])).isEmpty(), "cannot open the library for writing");
    MainWindow window(service);
    window.resize(1400, 860);
    window.show();
    return language.isEmpty() ? tour(window, service, out, dark) : languageTour(window, out, language);
}
