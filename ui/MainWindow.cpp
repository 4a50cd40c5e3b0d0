#include "ui/MainWindow.h"

#include <QLocale>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "catalog/ResourceClass.h"
#include "platform/LibraryLocation.h"
#include "search/SearchResult.h"
#include "ui/LibraryService.h"
#include "ui/collections/CollectionActions.h"
#include "ui/collections/ExportActions.h"
#include "ui/common/Formatting.h"
#include "ui/detail/ItemDetailPanel.h"
#include "ui/library/DuplicatesDialog.h"
#include "ui/library/FolderWatcher.h"
#include "ui/library/ImportStatusWidget.h"
#include "ui/library/LibrarySidebar.h"
#include "ui/library/ResultsModel.h"
#include "ui/library/ResultsView.h"
#include "ui/library/SchoolLibraryDialog.h"
#include "ui/library/SchoolStatusLabel.h"
#include "ui/library/ThumbnailGrid.h"
#include "ui/player/PlayerPanel.h"
#include "ui/search/NoteWording.h"
#include "ui/search/SearchBar.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/WelcomePage.h"

namespace lectern {

MainWindow::MainWindow(LibraryService& service, QWidget* parent)
    : QMainWindow(parent),
      service_(service),
      model_(new ResultsModel(this)),
      view_(new ResultsView(model_, this)),
      searchBar_(new SearchBar(this)),
      sidebar_(new LibrarySidebar(this)),
      player_(new PlayerPanel(this)),
      details_(new ItemDetailPanel(this)),
      importStatus_(new ImportStatusWidget(this)),
      schoolStatus_(new SchoolStatusLabel(this)),
      failures_(new QTreeWidget(this)),
      export_(new ExportActions(service, this)),
      collectionActions_(new CollectionActions(service, *view_, *sidebar_, *export_, this)),
      duplicates_(new DuplicatesDialog(this)),
      watcher_(new FolderWatcher(this)),
      welcome_(new WelcomePage(this)),
      grid_(new ThumbnailGrid(
          view_,
          [this](const Item& item) {
              return item.kind == MediaKind::Video ? service_.keyframeFolder(item.id) : service_.overviewFile(item.id);
          },
          this)),
      chooseFolder_([](QWidget* owner) { return QFileDialog::getExistingDirectory(owner, tr("Import Folder")); })
{
    setWindowTitle(tr("Lectern — %1")
                       .arg(service_.isSchoolLibrary() ? service_.libraryTitle()
                                                       : QDir::toNativeSeparators(service_.libraryTitle())));
    setAcceptDrops(true);
    service_.setAnalysisWorkers(settings::analysisWorkers());
    model_->setOverviewLocator([this](qint64 id) { return service_.overviewFile(id); });
    createActions();
    createMenus();
    createCentralArea();
    createFailuresDock();
    statusBar()->addPermanentWidget(schoolStatus_);
    statusBar()->addPermanentWidget(importStatus_);
    connectService();
    connectPlayer();
    sidebar_->setWritable(service_.isWritable());
    details_->setWritable(service_.isWritable());
    duplicates_->setWritable(service_.isWritable());
    sidebar_->setSavedSearches(settings::savedSearches(service_.libraryPath()));
    settings::noteLibraryOpened(service_.libraryPath());
    resize(1360, 820);
    restoreLayout();
    searchBar_->setState({});
    service_.requestCounts();
}

MainWindow::~MainWindow() = default;

QLineEdit* MainWindow::filterBox() const { return searchBar_->wordsBox(); }

void MainWindow::createActions()
{
    const bool writable = service_.isWritable();
    importFolderAction_ = new QAction(tr("Import &Folder…"), this);
    importFolderAction_->setShortcut(QKeySequence(tr("Ctrl+I")));
    importFolderAction_->setEnabled(writable);
    connect(importFolderAction_, &QAction::triggered, this, &MainWindow::importFolder);
    importFilesAction_ = new QAction(tr("Import F&iles…"), this);
    importFilesAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    importFilesAction_->setEnabled(writable);
    connect(importFilesAction_, &QAction::triggered, this, &MainWindow::importFiles);

    findSimilarAction_ = new QAction(tr("Find &Similar"), this);
    findSimilarAction_->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    findSimilarAction_->setToolTip(tr("Find what sounds like the selected item"));
    connect(findSimilarAction_, &QAction::triggered, this, [this] {
        if (const Item* item = view_->currentItem()) findSimilarTo(item->id, 0.0, 0.0);
    });
    playFromMatchAction_ = new QAction(tr("Play From &Match"), this);
    playFromMatchAction_->setShortcut(QKeySequence(tr("Ctrl+Return")));
    connect(playFromMatchAction_, &QAction::triggered, this, [this] {
        if (view_->currentIndex().isValid()) playIndex(view_->currentIndex(), true);
    });
    newCollectionAction_ = new QAction(tr("&New Collection…"), this);
    newCollectionAction_->setShortcut(QKeySequence(tr("Ctrl+N")));
    newCollectionAction_->setEnabled(writable);
    connect(newCollectionAction_, &QAction::triggered, collectionActions_, &CollectionActions::createFromSelection);
    removeAction_ = new QAction(tr("&Remove From Library"), this);
    removeAction_->setShortcut(QKeySequence::Delete);
    removeAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction_->setEnabled(writable);
    connect(removeAction_, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = view_->selectedItemIds();
        if (ids.isEmpty()) return;
        const auto answer = QMessageBox::question(
            this, tr("Remove From Library"),
            tr("Remove %Ln item(s) from the library? The files stay where they are.", nullptr, int(ids.size())));
        if (answer == QMessageBox::Yes) service_.removeItems(ids);
    });
    view_->addAction(removeAction_);
    duplicatesAction_ = new QAction(tr("&Duplicates…"), this);
    duplicatesAction_->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(duplicatesAction_, &QAction::triggered, this, &MainWindow::showDuplicates);
    settingsAction_ = new QAction(tr("&Settings…"), this);
    settingsAction_->setShortcut(QKeySequence::Preferences);
    if (settingsAction_->shortcut().isEmpty()) settingsAction_->setShortcut(QKeySequence(tr("Ctrl+,")));
    settingsAction_->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction_, &QAction::triggered, this, &MainWindow::showSettings);
    exportResultsAction_ = new QAction(tr("&Export Results…"), this);
    exportResultsAction_->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(exportResultsAction_, &QAction::triggered, this, [this] {
        const QVector<Item> selected = view_->selectedItems();
        export_->exportItems(selected.size() > 1 ? selected : view_->itemsInViewOrder(), tr("Lectern results"));
    });
    // The results as rows, or as pictures (for browsing video); kept for next time.
    listAction_ = new QAction(tr("As &List"), this);
    listAction_->setShortcut(QKeySequence(tr("Ctrl+1")));
    thumbnailsAction_ = new QAction(tr("As &Thumbnails"), this);
    thumbnailsAction_->setShortcut(QKeySequence(tr("Ctrl+2")));
    auto* layouts = new QActionGroup(this);
    for (QAction* action : {listAction_, thumbnailsAction_}) {
        action->setCheckable(true);
        layouts->addAction(action);
        connect(action, &QAction::triggered, this, [this] {
            QSettings().setValue(QStringLiteral("results/thumbnails"), thumbnailsAction_->isChecked());
            updateWelcome();
        });
    }
    (QSettings().value(QStringLiteral("results/thumbnails")).toBool() ? thumbnailsAction_ : listAction_)->setChecked(true);
    copyResultsAction_ = new QAction(tr("&Copy Files to Folder…"), this);
    connect(copyResultsAction_, &QAction::triggered, this, [this] {
        const QVector<Item> selected = view_->selectedItems();
        export_->copyItems(selected.size() > 1 ? selected : view_->itemsInViewOrder());
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(importFolderAction_);
    file->addAction(importFilesAction_);
    file->addSeparator();
    file->addAction(tr("&Open Library…"), this, [this] { openLibraryFolder(false); });
    file->addAction(tr("New &Library…"), this, [this] { openLibraryFolder(true); });
    file->addAction(tr("Connect to a &School Library…"), this, &MainWindow::connectToSchoolLibrary);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, [this] {
        recentMenu_->clear();
        for (const QString& library : settings::recentLibraries()) {
            recentMenu_->addAction(QDir::toNativeSeparators(library), this, [library] {
                QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--library"), library});
            });
        }
    });
    file->addSeparator();
    file->addAction(exportResultsAction_);
    file->addAction(copyResultsAction_);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find"), this, [this] {
        searchBar_->wordsBox()->setFocus();
        searchBar_->wordsBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addAction(findSimilarAction_);
    edit->addSeparator();
    edit->addAction(newCollectionAction_);
    edit->addAction(removeAction_);
    edit->addSeparator();
    edit->addAction(settingsAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(listAction_);
    view->addAction(thumbnailsAction_);
    view->addSeparator();
    view->addAction(searchBar_->backAction());
    view->addAction(searchBar_->forwardAction());
    view->addSeparator();
    view->addAction(tr("&All Items"), this, [this] { searchBar_->setState({}); })->setShortcut(QKeySequence(tr("Ctrl+L")));
    view->addAction(duplicatesAction_);
    view->addAction(tr("&Save Search…"), this, &MainWindow::saveCurrentSearch);

    QMenu* play = menuBar()->addMenu(tr("&Play"));
    play->addAction(tr("Play/&Pause"), player_, &PlayerPanel::togglePause);
    play->addAction(playFromMatchAction_);
    play->addAction(tr("&Next Result"), this, [this] { playNeighbour(1); })->setShortcut(QKeySequence(tr("Ctrl+Right")));
    play->addAction(tr("P&revious Result"), this, [this] { playNeighbour(-1); })
        ->setShortcut(QKeySequence(tr("Ctrl+Left")));
    play->addAction(tr("&Stop"), player_, &PlayerPanel::stop);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lectern"), this, [this] {
        QMessageBox::about(this, tr("About Lectern"),
                           tr("<b>Lectern</b> %1<br>A media librarian for teachers.<br>Library: %2")
                               .arg(QCoreApplication::applicationVersion(), service_.libraryPath()));
    });
}

void MainWindow::createCentralArea()
{
    view_->rememberHeaderAs(QStringLiteral("results/header"));
    connect(view_, &ResultsView::itemActivated, this, [this](const QModelIndex& index) { playIndex(index, true); });
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, &MainWindow::showItemMenu);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentItem);

    // Keys of a player, where the teacher's hands are: the results and the player.
    for (QWidget* target : {static_cast<QWidget*>(view_), static_cast<QWidget*>(player_)}) {
        const auto key = [this, target](const QKeySequence& sequence, auto slot) {
            auto* shortcut = new QShortcut(sequence, target);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, slot);
        };
        key(QKeySequence(Qt::Key_Space), [this] { player_->togglePause(); });
        key(QKeySequence(Qt::Key_Escape), [this] { player_->stop(); });
        key(QKeySequence(Qt::Key_Left), [this] { player_->seekBy(-PlayerPanel::kSeekStepSeconds); });
        key(QKeySequence(Qt::Key_Right), [this] { player_->seekBy(PlayerPanel::kSeekStepSeconds); });
    }

    connect(searchBar_, &SearchBar::searchRequested, this, &MainWindow::runSearch);
    connect(searchBar_, &SearchBar::examplePictureWanted, this, [this](const ExampleClip& example) {
        SpectrogramRequest request;
        request.itemId = example.itemId;
        request.file = example.file;
        request.startSeconds = example.startSeconds;
        request.endSeconds = example.endSeconds;
        request.width = 900;
        request.height = 96;
        const quint64 ticket = service_.requestSpectrogram(request);
        auto* once = new QMetaObject::Connection;
        *once = connect(&service_, &LibraryService::spectrogramReady, this,
                        [this, ticket, once](quint64 answered, const QImage& picture) {
                            if (answered != ticket) return;
                            searchBar_->showExamplePicture(settings::recoloured(picture, settings::spectrogramColours()));
                            disconnect(*once);
                            delete once;
                        });
    });
    connect(searchBar_, &SearchBar::saveSearchRequested, this, [this] { saveCurrentSearch(); });

    connect(sidebar_, &LibrarySidebar::filterChosen, this, [this](const SearchFilter& filter) {
        searchBar_->setScopeFilter(filter, LibrarySidebar::scopeKeys());
    });
    connect(sidebar_, &LibrarySidebar::savedSearchChosen, searchBar_, &SearchBar::setState);
    connect(sidebar_, &LibrarySidebar::deleteSavedSearchRequested, this, [this](const QString& name) {
        settings::deleteSavedSearch(service_.libraryPath(), name);
        sidebar_->setSavedSearches(settings::savedSearches(service_.libraryPath()));
    });
    connect(sidebar_, &LibrarySidebar::retryProblemsRequested, &service_, &LibraryService::retryFailed);

    connect(details_, &ItemDetailPanel::seekRequested, this, &MainWindow::playSelectedFrom);
    connect(details_, &ItemDetailPanel::findSimilarRequested, this,
            [this](qint64 itemId, const TimeRange& range) { findSimilarTo(itemId, range.startSeconds, range.endSeconds); });
    connect(details_, &ItemDetailPanel::whereElseRequested, this,
            [this](qint64 itemId, const TimeRange& range) { findSimilarTo(itemId, range.startSeconds, range.endSeconds); });
    connect(details_, &ItemDetailPanel::tagsEdited, &service_, &LibraryService::setItemTags);
    connect(details_, &ItemDetailPanel::classChosen, &service_, &LibraryService::setItemClass);
    connect(details_, &ItemDetailPanel::duplicateChosen, this, [this](qint64 itemId) {
        view_->selectItem(itemId);
        if (!view_->currentItem() || view_->currentItem()->id != itemId) {
            statusBar()->showMessage(tr("That copy is not among the results shown: choose All in the sidebar."));
        }
    });
    connect(details_, &ItemDetailPanel::renderWanted, this,
            [this](qint64 itemId, const TimeRange& range, int width, int height) {
                SpectrogramRequest request{itemId, {}, range.startSeconds, range.endSeconds, width, height};
                const quint64 ticket = service_.requestSpectrogram(request);
                details_->setProperty("renderTicket", ticket);
                details_->setProperty("renderStart", range.startSeconds);
                details_->setProperty("renderEnd", range.endSeconds);
            });
    connect(&service_, &LibraryService::spectrogramReady, this, [this](quint64 ticket, const QImage& picture) {
        if (details_->property("renderTicket").toULongLong() != ticket) return;
        details_->spectrogram()->showRender(settings::recoloured(picture, settings::spectrogramColours()),
                                            {details_->property("renderStart").toDouble(),
                                             details_->property("renderEnd").toDouble()});
    });

    connect(welcome_, &WelcomePage::importRequested, this, &MainWindow::importPaths);
    connect(welcome_, &WelcomePage::importFolderChosen, this, &MainWindow::importFolder);
    connect(welcome_, &WelcomePage::openLibraryRequested, this, [this] { openLibraryFolder(false); });
    connect(welcome_, &WelcomePage::createLibraryRequested, this, [this] { openLibraryFolder(true); });

    resultsStack_ = new QStackedWidget(this);
    resultsStack_->addWidget(view_);
    resultsStack_->addWidget(grid_);
    resultsStack_->addWidget(welcome_);
    connect(grid_, &ThumbnailGrid::itemActivated, this, [this](qint64 itemId) {
        view_->selectItem(itemId);
        playIndex(view_->currentIndex(), true);
    });
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(searchBar_);
    centre_ = new QSplitter(Qt::Vertical, this);
    centre_->addWidget(resultsStack_);
    centre_->addWidget(player_);
    centre_->setStretchFactor(0, 4);
    centre_->setStretchFactor(1, 1);
    centre_->setChildrenCollapsible(false);
    centreLayout->addWidget(centre_, 1);

    columns_ = new QSplitter(Qt::Horizontal, this);
    columns_->addWidget(sidebar_);
    columns_->addWidget(centre);
    columns_->addWidget(details_);
    columns_->setStretchFactor(0, 0);
    columns_->setStretchFactor(1, 3);
    columns_->setStretchFactor(2, 2);
    columns_->setSizes({220, 800, 380});
    setCentralWidget(columns_);
    setTabOrder(searchBar_->wordsBox(), view_);
    setTabOrder(view_, sidebar_);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (const QByteArray state = settings.value(QStringLiteral("window/columns")).toByteArray(); !state.isEmpty()) {
        columns_->restoreState(state);
    }
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/columns"), columns_->saveState());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::createFailuresDock()
{
    failures_->setColumnCount(2);
    failures_->setHeaderLabels({tr("File"), tr("Why it was not imported")});
    failures_->setRootIsDecorated(false);
    failures_->setAccessibleName(tr("Import problems"));
    failuresDock_ = new QDockWidget(tr("Import problems"), this);
    failuresDock_->setObjectName(QStringLiteral("importProblems"));
    failuresDock_->setWidget(failures_);
    addDockWidget(Qt::BottomDockWidgetArea, failuresDock_);
    failuresDock_->hide();
}

void MainWindow::connectService()
{
    connect(&service_, &LibraryService::itemsReady, this, &MainWindow::showItems);
    connect(&service_, &LibraryService::detailsReady, details_, &ItemDetailPanel::showDetails);
    connect(&service_, &LibraryService::detailsReady, this, [this](const ItemDetails&) {
        if (duplicatesKnown_) details_->showDuplicates(duplicateGroups_);
    });
    connect(&service_, &LibraryService::countsReady, this, [this](const LibraryCounts& counts) {
        collectionActions_->setCollections(counts.collections);
        // The imported folders (by this window or lectern-cli) that are watched.
        importedFolders_ = counts.folders;
        QStringList watched;
        for (const ImportedFolder& folder : counts.folders) {
            if (folder.watched) watched << toQString(folder.path);
        }
        if (watched != watcher_->roots()) watcher_->watch(watched);
        sidebar_->showCounts(counts);
        sidebar_->followFilters(searchBar_->state().filters);
        updateWelcome();
    });
    connect(&service_, &LibraryService::duplicatesReady, this, [this](const QVector<DuplicateSet>& groups) {
        duplicateGroups_ = groups;
        duplicatesKnown_ = true;
        duplicates_->showGroups(groups);
        details_->showDuplicates(groups);
    });
    connect(&service_, &LibraryService::itemsFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(&service_, &LibraryService::catalogEdited, this, [this] {
        duplicatesKnown_ = false;
        refresh();
        service_.requestCounts();
        if (duplicates_->isVisible()) service_.requestDuplicates();
    });
    connect(&service_, &LibraryService::editFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Lectern"), message); });
    connect(&service_, &LibraryService::itemClassChanged, this, [this] {
        refresh();
        service_.requestCounts();
    });
    connect(&service_, &LibraryService::itemClassFailed, this,
            [this](const QString& message) { statusBar()->showMessage(tr("Class not changed: %1").arg(message)); });
    connect(&service_, &LibraryService::schoolProgress, schoolStatus_, &SchoolStatusLabel::showProgress);
    connect(&service_, &LibraryService::localPicturesDrawn, this, [this] {
        view_->reloadPictures();
        grid_->reloadPictures();
    });
    connect(&service_, &LibraryService::importStarted, importStatus_, &ImportStatusWidget::showStarted);
    connect(&service_, &LibraryService::importProgress, importStatus_, &ImportStatusWidget::showProgress);
    connect(&service_, &LibraryService::importFinished, this, &MainWindow::showImportResult);
    connect(&service_, &LibraryService::importFailed, this, [this](const QString& message) {
        // Not a modal box: the window stays usable and the reason stays visible.
        importStatus_->showFinished();
        statusBar()->showMessage(tr("Import failed: %1").arg(message));
        new QTreeWidgetItem(failures_, {tr("(the import)"), message});
        failuresDock_->show();
    });
    connect(importStatus_, &ImportStatusWidget::cancelRequested, &service_, &LibraryService::cancelImport);
    connect(export_, &ExportActions::finished, this, [this](bool ok, const QString& message) {
        if (ok) statusBar()->showMessage(message, 8000);
        else QMessageBox::warning(this, tr("Export"), message);
    });
    connect(duplicates_, &DuplicatesDialog::removeRequested, this, [this](const QVector<qint64>& ids) {
        service_.removeItems(ids);
        duplicates_->showSearching();
    });
    connect(duplicates_, &DuplicatesDialog::itemChosen, view_, &ResultsView::selectItem);
    connect(watcher_, &FolderWatcher::foldersChanged, this, [this](const QStringList& roots) {
        if (!service_.isImporting()) service_.importPaths(roots);  // else the running import's end picks it up
    });
}

void MainWindow::connectPlayer()
{
    connect(player_, &PlayerPanel::previousRequested, this, [this] { playNeighbour(-1); });
    connect(player_, &PlayerPanel::nextRequested, this, [this] { playNeighbour(1); });
    connect(player_, &PlayerPanel::playFromMatchRequested, playFromMatchAction_, &QAction::trigger);
    connect(player_, &PlayerPanel::positionChanged, this, [this](const QString& path, double seconds) {
        const auto& item = details_->item();
        if (item && toQString(item->path) == path) details_->spectrogram()->setPlayhead(seconds);
    });
}

void MainWindow::runSearch(const SearchState& state)
{
    sidebar_->followFilters(state.filters);
    if (state.example) {
        statusBar()->showMessage(tr("Searching for what sounds like %1…").arg(state.example->label));
    }
    service_.search(state);
}

void MainWindow::refresh() { service_.search(searchBar_->state()); }

void MainWindow::importFolder()
{
    const QString folder = chooseFolder_(this);
    if (!folder.isEmpty()) importPaths({folder});
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;All files (*)"));
    if (!files.isEmpty()) importPaths(files);
}

void MainWindow::importPaths(const QStringList& paths) { service_.importPaths(paths); }

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && service_.isWritable() &&
        !event->mimeData()->hasFormat(ResultsModel::itemIdsMimeType())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) paths << url.toLocalFile();
    }
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::showItems(const ResultList& list)
{
    // A reload (an import finished, a class changed) keeps the teacher's
    // selection, and shows its details again: they may have just been made.
    const Item* selected = view_->currentItem();
    const std::optional<int64_t> selectedId = selected ? std::optional<int64_t>(selected->id) : std::nullopt;
    const bool results = list.isSearchAnswer();
    view_->showSearchColumns(results);
    model_->setItems(list.items, list.matches, list.inTitleOrder);
    if (!list.inTitleOrder) {
        view_->header()->setSortIndicator(-1, Qt::AscendingOrder);  // best match, or the teacher's order, first
    } else if (model_->sortColumn() < 0) {
        view_->sortByColumn(ResultsModel::Title, Qt::AscendingOrder);
    }
    if (selectedId) view_->selectItem(*selectedId);
    if (!view_->currentItem()) details_->clear();
    const auto shown = static_cast<int>(list.items.size());
    QString message = results ? tr("%Ln result(s)", nullptr, shown) : tr("%Ln item(s)", nullptr, shown);
    QStringList groups;
    for (const auto& [key, count] : model_->groups()) groups << QStringLiteral("%1 %2").arg(searchGroupName(key), QLocale().toString(count));
    if (model_->groups().size() > 1) message += QStringLiteral(": ") + groups.join(QStringLiteral(", "));
    const QString notes = plainNotes(list.notes);
    if (!notes.isEmpty()) message += QStringLiteral(" — ") + notes;
    statusBar()->showMessage(message);
    searchBar_->showNotes(searchBar_->state().example || !searchBar_->state().words.isEmpty() ? notes : QString());
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    // The welcome page stands in for an empty library, never for an empty search.
    const bool empty = model_->itemCount() == 0 && searchBar_->state().isEmpty() && !service_.isImporting();
    QWidget* results = thumbnailsAction_->isChecked() ? static_cast<QWidget*>(grid_) : static_cast<QWidget*>(view_);
    resultsStack_->setCurrentWidget(empty && service_.isWritable() ? static_cast<QWidget*>(welcome_) : results);
}

void MainWindow::playIndex(const QModelIndex& proxyIndex, bool fromMatch)
{
    const Item* item = view_->itemAt(proxyIndex);
    if (!item) return;
    if (item->status == ItemStatus::Failed) {
        statusBar()->showMessage(tr("Cannot play %1: %2").arg(toQString(item->fileName), toQString(item->error)));
        return;
    }
    if (item->missing) {
        statusBar()->showMessage(tr("Cannot play %1: the file is missing").arg(toQString(item->path)));
        return;
    }
    // A search result plays from the moment that matched.
    const double start = fromMatch ? proxyIndex.siblingAtColumn(0).data(ResultsModel::StartRole).toDouble() : 0.0;
    player_->play(toQString(item->path), item->kind == MediaKind::Video, start);
}

void MainWindow::playNeighbour(int step)
{
    const QModelIndex next = view_->neighbourOfCurrent(step);
    if (!next.isValid()) return;
    view_->setCurrentIndex(next);
    view_->scrollTo(next);
    playIndex(next, true);
}

void MainWindow::showImportResult(const ImportSummary& summary)
{
    importStatus_->showFinished();
    QString message = tr("Import %1: %2 added, %3 updated, %4 unchanged, %5 failed")
                          .arg(summary.cancelled ? tr("cancelled") : tr("finished"))
                          .arg(summary.added)
                          .arg(summary.updated)
                          .arg(summary.unchanged)
                          .arg(summary.failed);
    if (summary.missing > 0) message += tr(", %Ln missing (kept, marked missing)", nullptr, summary.missing);
    statusBar()->showMessage(message);
    failures_->clear();
    for (const FailedFile& failure : summary.failures) {
        new QTreeWidgetItem(failures_, {toQString(failure.path), toQString(failure.reason)});
    }
    for (const ScanProblem& problem : summary.problems) {
        new QTreeWidgetItem(failures_, {toQString(problem.path), toQString(problem.reason)});
    }
    failuresDock_->setVisible(failures_->topLevelItemCount() > 0);
    duplicatesKnown_ = false;
    refresh();
    service_.requestCounts();
}

void MainWindow::showCurrentItem()
{
    const Item* item = view_->currentItem();
    if (!item) {
        player_->setMatchAvailable(false);
        return details_->clear();
    }
    const QModelIndex current = view_->currentIndex().siblingAtColumn(0);
    const SearchMatch* match = model_->matchAt(current);
    std::optional<TimeRange> matched;
    const bool byExample = match && (match->group == QLatin1String(kSameRecordingGroup) ||
                                     match->group == QLatin1String(kSoundsSimilarGroup));
    if (byExample) {
        const auto& example = searchBar_->state().example;
        const double length = example && example->endSeconds > example->startSeconds
                                  ? example->endSeconds - example->startSeconds
                                  : 10.0;  // a segment (design §5)
        matched = TimeRange{match->startSeconds, std::min(item->durationSeconds, match->startSeconds + length)};
    } else if (match && match->startSeconds > 0) {
        matched = TimeRange{match->startSeconds, std::min(item->durationSeconds, match->startSeconds + 10.0)};
    }
    player_->setMatchAvailable(match != nullptr);
    details_->showItem(*item, matched);
    if (item->status == ItemStatus::Analyzed) service_.requestDetails(item->id);
    if (!duplicatesKnown_ && item->status == ItemStatus::Analyzed) {
        duplicatesKnown_ = true;  // asked; the answer fills every item's tab
        service_.requestDuplicates();
    } else {
        details_->showDuplicates(duplicateGroups_);
    }
    if (settings::autoPreview() && !item->missing && item->status == ItemStatus::Analyzed) {
        playIndex(view_->currentIndex(), true);
    }
}

void MainWindow::playSelectedFrom(double seconds)
{
    const auto& item = details_->item();
    if (!item) return;
    player_->play(toQString(item->path), item->kind == MediaKind::Video, seconds);
}

void MainWindow::findSimilarTo(qint64 itemId, double startSeconds, double endSeconds)
{
    const Item* shown = nullptr;
    for (const Item& item : model_->items()) {
        if (item.id == itemId) shown = &item;
    }
    ExampleClip clip;
    clip.itemId = itemId;
    clip.startSeconds = startSeconds;
    clip.endSeconds = endSeconds;
    const QString name = shown ? toQString(titleOf(*shown))
                               : tr("item %1").arg(itemId);
    clip.label = endSeconds > startSeconds
                     ? tr("%1 (%2–%3)").arg(name, formatDuration(startSeconds), formatDuration(endSeconds))
                     : name;
    searchBar_->setExample(clip);
}

void MainWindow::saveCurrentSearch()
{
    const SearchState state = searchBar_->state();
    if (state.isEmpty()) {
        statusBar()->showMessage(tr("Type words, choose filters or an example first; then save the search."));
        return;
    }
    const QString name =
        collectionActions_->askName(tr("Save Search"), state.example ? state.example->label : state.queryText());
    if (name.trimmed().isEmpty()) return;
    settings::saveSearch(service_.libraryPath(), name.trimmed(), state);
    sidebar_->setSavedSearches(settings::savedSearches(service_.libraryPath()));
}

void MainWindow::showItemMenu(const QPoint& position)
{
    const QModelIndex index = view_->indexAt(position);
    const Item* item = view_->itemAt(index);
    if (!item) return;
    const bool writable = service_.isWritable();
    QMenu menu(this);
    menu.addAction(tr("&Play"), this, [this, index] { playIndex(index, false); });
    if (model_->showsSearchResults()) menu.addAction(playFromMatchAction_);
    menu.addAction(findSimilarAction_);
    menu.addSeparator();
    QMenu* add = menu.addMenu(tr("Add to &Collection"));
    add->setEnabled(writable);
    collectionActions_->fillAddMenu(add);
    collectionActions_->addRemoveEntry(&menu, searchBar_->state().filterValue(QStringLiteral("collection")));
    QMenu* classes = menu.addMenu(tr("Set C&lass"));
    classes->setEnabled(writable);
    for (std::string_view id : kResourceClasses) {
        QAction* action = classes->addAction(resourceClassName(std::string(id)));
        action->setCheckable(true);
        action->setChecked(item->classSource == ClassSource::Manual && item->resourceClass == id);
        connect(action, &QAction::triggered, this, [this, id] {
            for (const qint64 chosen : view_->selectedItemIds()) {
                service_.setItemClass(chosen, QString::fromUtf8(id.data(), int(id.size())));
            }
        });
    }
    classes->addSeparator();
    QAction* automatic = classes->addAction(tr("&Automatic (as analysed)"));
    automatic->setCheckable(true);
    automatic->setChecked(item->classSource == ClassSource::Auto);
    connect(automatic, &QAction::triggered, this, [this] {
        for (const qint64 chosen : view_->selectedItemIds()) service_.setItemClass(chosen, QStringLiteral("auto"));
    });
    menu.addSeparator();
    const QString folder = toQString(item->folder);
    const QString path = toQString(item->path);
    menu.addAction(tr("Open Containing &Folder"), this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    menu.addAction(tr("Copy &Path"), this, [path] { QApplication::clipboard()->setText(path); });
    menu.addAction(tr("&Export Selection…"), this, [this] { export_->exportItems(view_->selectedItems(), tr("Selection")); });
    menu.addAction(tr("Copy Files to Fol&der…"), this, [this] { export_->copyItems(view_->selectedItems()); });
    menu.addSeparator();
    menu.addAction(removeAction_);
    menu.exec(view_->viewport()->mapToGlobal(position));
}

void MainWindow::showDuplicates()
{
    duplicates_->show();
    duplicates_->raise();
    duplicates_->showSearching();
    service_.requestDuplicates();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(service_, importedFolders_, this);
    connect(&dialog, &SettingsDialog::openLibraryRequested, this, [this, &dialog](const QString& folder) {
        dialog.reject();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--library"), folder});
    });
    connect(&dialog, &SettingsDialog::chooseLibraryRequested, this, [this, &dialog] {
        dialog.reject();
        openLibraryFolder(false);
    });
    connect(&dialog, &SettingsDialog::createLibraryRequested, this, [this, &dialog] {
        dialog.reject();
        openLibraryFolder(true);
    });
    connect(&dialog, &SettingsDialog::settingsSaved, this, [this] {
        service_.setAnalysisWorkers(settings::analysisWorkers());
        showCurrentItem();  // the spectrogram in its new colours
    });
    dialog.exec();
}

void MainWindow::openLibraryFolder(bool create)
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, create ? tr("New Library: Choose an Empty Folder") : tr("Open Library"));
    if (folder.isEmpty()) return;
    if (!create && !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("catalog.sqlite")))) {
        QMessageBox::warning(this, tr("Open Library"),
                             tr("%1 holds no Lectern library. Choose New Library to make one there.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    // A library is a window: each opens in its own, and this one stays as it is.
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--library"), folder});
}

void MainWindow::connectToSchoolLibrary()
{
    SchoolLibraryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    // Like any library, in a window of its own; a password typed goes to
    // that Lectern alone, as libpq's PGPASSWORD, and is not saved.
    QProcess lectern;
    lectern.setProgram(QCoreApplication::applicationFilePath());
    lectern.setArguments({QStringLiteral("--library"), dialog.location()});
    if (!dialog.password().isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
        lectern.setProcessEnvironment(environment);
    }
    lectern.startDetached();
}

}  // namespace lectern
