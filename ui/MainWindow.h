// The main window puts the areas together and routes between them and the
// engine's facade: the sidebar (left), the search bar over the results and
// the player (centre), the selected item's details (right), import progress
// and messages in the status bar. Each area lives in its own folder of ui/;
// this class only wires them.
#pragma once

#include <QMainWindow>

#include <functional>

#include "catalog/Item.h"
#include "pipeline/ImportProgress.h"
#include "ui/LibraryTypes.h"
#include "ui/search/SearchState.h"

class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeWidget;

namespace lectern {

class CollectionActions;
class DuplicatesDialog;
class SchoolStatusLabel;
class ExportActions;
class FolderWatcher;
class ImportStatusWidget;
class ItemDetailPanel;
class LibrarySidebar;
class LibraryService;
class PlayerPanel;
class ResultsModel;
class ResultsView;
class SearchBar;
class ThumbnailGrid;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(LibraryService& service, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Asks the user for a folder; replaceable so that tests need no dialog.
    using FolderChooser = std::function<QString(QWidget*)>;
    void setFolderChooser(FolderChooser chooser) { chooseFolder_ = std::move(chooser); }
    // Asks for a name (collections, saved searches); "" when cancelled.
    CollectionActions* collectionActions() const { return collectionActions_; }

    QAction* importFolderAction() const { return importFolderAction_; }
    QAction* findSimilarAction() const { return findSimilarAction_; }
    QAction* playFromMatchAction() const { return playFromMatchAction_; }
    QAction* newCollectionAction() const { return newCollectionAction_; }
    QAction* duplicatesAction() const { return duplicatesAction_; }
    QAction* settingsAction() const { return settingsAction_; }
    ResultsView* libraryView() const { return view_; }
    ResultsModel* libraryModel() const { return model_; }
    QLineEdit* filterBox() const;
    SearchBar* searchBar() const { return searchBar_; }
    LibrarySidebar* sidebar() const { return sidebar_; }
    QTreeWidget* failedFilesView() const { return failures_; }
    PlayerPanel* player() const { return player_; }
    ItemDetailPanel* detailPanel() const { return details_; }
    ExportActions* exportActions() const { return export_; }
    DuplicatesDialog* duplicatesDialog() const { return duplicates_; }
    FolderWatcher* folderWatcher() const { return watcher_; }
    WelcomePage* welcomePage() const { return welcome_; }
    ThumbnailGrid* thumbnailGrid() const { return grid_; }
    QAction* thumbnailsAction() const { return thumbnailsAction_; }

    // Searches by a range of an item, as the spectrogram's Find Similar does.
    void findSimilarTo(qint64 itemId, double startSeconds, double endSeconds);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createFailuresDock();
    void connectService();
    void connectPlayer();
    void importFolder();
    void importFiles();
    void importPaths(const QStringList& paths);
    void playIndex(const QModelIndex& proxyIndex, bool fromMatch);
    void playNeighbour(int step);
    void showImportResult(const ImportSummary& summary);
    void showItems(const ResultList& list);
    void runSearch(const SearchState& state);
    void refresh();
    void showCurrentItem();
    void playSelectedFrom(double seconds);
    void showItemMenu(const QPoint& position);
    void saveCurrentSearch();
    void showDuplicates();
    void showSettings();
    void openLibraryFolder(bool create);
    // Asks for a school library's server and opens it in a window of its own.
    void connectToSchoolLibrary();
    void updateWelcome();
    void restoreLayout();

    LibraryService& service_;
    ResultsModel* model_;
    ResultsView* view_;
    SearchBar* searchBar_;
    LibrarySidebar* sidebar_;
    PlayerPanel* player_;
    ItemDetailPanel* details_;
    ImportStatusWidget* importStatus_;
    SchoolStatusLabel* schoolStatus_;
    QTreeWidget* failures_;
    QDockWidget* failuresDock_ = nullptr;
    ExportActions* export_;
    CollectionActions* collectionActions_;
    DuplicatesDialog* duplicates_;
    FolderWatcher* watcher_;
    WelcomePage* welcome_;
    ThumbnailGrid* grid_;
    QStackedWidget* resultsStack_ = nullptr;
    QSplitter* columns_ = nullptr;
    QSplitter* centre_ = nullptr;
    QAction* importFolderAction_ = nullptr;
    QAction* importFilesAction_ = nullptr;
    QAction* findSimilarAction_ = nullptr;
    QAction* playFromMatchAction_ = nullptr;
    QAction* newCollectionAction_ = nullptr;
    QAction* removeAction_ = nullptr;
    QAction* duplicatesAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* exportResultsAction_ = nullptr;
    QAction* copyResultsAction_ = nullptr;
    QAction* listAction_ = nullptr;
    QAction* thumbnailsAction_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QVector<DuplicateSet> duplicateGroups_;
    QVector<ImportedFolder> importedFolders_;
    bool duplicatesKnown_ = false;
    FolderChooser chooseFolder_;
};

}  // namespace lectern
