#include "ui/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
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
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

#include "platform/LibraryLocation.h"
#include "ui/ImportStatusWidget.h"
#include "ui/ItemDetailPanel.h"
#include "catalog/ResourceClass.h"
#include "ui/LibraryService.h"
#include "ui/LibraryTableModel.h"
#include "ui/PlayerPanel.h"

namespace lectern {

MainWindow::MainWindow(LibraryService& service, QWidget* parent)
    : QMainWindow(parent),
      service_(service),
      model_(new LibraryTableModel(this)),
      sorted_(new QSortFilterProxyModel(this)),
      view_(new QTableView(this)),
      filter_(new QLineEdit(this)),
      filterDelay_(new QTimer(this)),
      player_(new PlayerPanel(this)),
      details_(new ItemDetailPanel(this)),
      importStatus_(new ImportStatusWidget(this)),
      failures_(new QTreeWidget(this)),
      chooseFolder_([](QWidget* owner) {
          return QFileDialog::getExistingDirectory(owner, tr("Import Folder"));
      })
{
    setWindowTitle(tr("Lectern — %1").arg(service_.libraryPath()));
    setAcceptDrops(true);
    createMenus();
    createCentralArea();
    createFailuresDock();
    statusBar()->addPermanentWidget(importStatus_);
    connectService();
    resize(1100, 700);
    refresh();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    importFolderAction_ = file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    importFolderAction_->setShortcut(QKeySequence(tr("Ctrl+I")));
    importFilesAction_ = file->addAction(tr("Import F&iles…"), this, &MainWindow::importFiles);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    const bool writable = service_.isWritable();
    importFolderAction_->setEnabled(writable);
    importFilesAction_->setEnabled(writable);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lectern"), this, [this] {
        QMessageBox::about(this, tr("About Lectern"),
                           tr("<b>Lectern</b> %1<br>A media librarian for teachers.<br>Library: %2")
                               .arg(QCoreApplication::applicationVersion(), service_.libraryPath()));
    });
}

void MainWindow::createCentralArea()
{
    filter_->setPlaceholderText(
        tr("Search words, \"phrases\", class:music, duration:<5m, folder:… — or drop a clip here to find what sounds like it"));
    filter_->installEventFilter(this);
    filter_->setClearButtonEnabled(true);
    QToolBar* toolbar = addToolBar(tr("Search"));
    toolbar->setMovable(false);
    toolbar->addWidget(filter_);
    filterDelay_->setSingleShot(true);
    filterDelay_->setInterval(150);  // search as the user types, not per keystroke
    connect(filter_, &QLineEdit::textChanged, filterDelay_, qOverload<>(&QTimer::start));
    connect(filterDelay_, &QTimer::timeout, this, &MainWindow::refresh);

    sorted_->setSourceModel(model_);
    sorted_->setSortRole(LibraryTableModel::SortRole);
    view_->setModel(sorted_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(LibraryTableModel::Title, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setSectionResizeMode(LibraryTableModel::Title, QHeaderView::Stretch);
    view_->horizontalHeader()->setSectionResizeMode(LibraryTableModel::Folder, QHeaderView::Stretch);
    view_->horizontalHeader()->setSectionResizeMode(LibraryTableModel::FoundBecause, QHeaderView::Stretch);
    view_->setColumnHidden(LibraryTableModel::FoundBecause, true);
    connect(view_, &QTableView::activated, this, &MainWindow::playRow);  // double-click and Enter
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, &MainWindow::showItemMenu);

    for (QWidget* target : {static_cast<QWidget*>(view_), static_cast<QWidget*>(player_)}) {
        auto* pause = new QShortcut(QKeySequence(Qt::Key_Space), target);
        pause->setContext(Qt::WidgetWithChildrenShortcut);
        connect(pause, &QShortcut::activated, player_, &PlayerPanel::togglePause);
    }

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(view_);
    splitter->addWidget(details_);
    splitter->addWidget(player_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(2, 1);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedItemDetails);
    connect(details_, &ItemDetailPanel::seekRequested, this, &MainWindow::playSelectedFrom);
    setCentralWidget(splitter);
}

void MainWindow::showItemMenu(const QPoint& position)
{
    const QModelIndex index = view_->indexAt(position);
    if (!index.isValid()) return;
    const qint64 itemId = index.data(LibraryTableModel::ItemIdRole).toLongLong();
    const Item* item = model_->itemAt(sorted_->mapToSource(index).row());
    if (!item) return;
    QMenu menu(this);
    QMenu* classes = menu.addMenu(tr("Set &Class"));
    classes->setEnabled(service_.isWritable());
    for (std::string_view id : kResourceClasses) {
        QAction* action = classes->addAction(resourceClassName(std::string(id)));
        action->setCheckable(true);
        action->setChecked(item->classSource == ClassSource::Manual && item->resourceClass == id);
        connect(action, &QAction::triggered, this,
                [this, itemId, id] { service_.setItemClass(itemId, QString::fromUtf8(id.data(), int(id.size()))); });
    }
    classes->addSeparator();
    QAction* automatic = classes->addAction(tr("&Automatic (as analysed)"));
    automatic->setCheckable(true);
    automatic->setChecked(item->classSource == ClassSource::Auto);
    connect(automatic, &QAction::triggered, this, [this, itemId] { service_.setItemClass(itemId, QStringLiteral("auto")); });
    menu.exec(view_->viewport()->mapToGlobal(position));
}

void MainWindow::createFailuresDock()
{
    failures_->setColumnCount(2);
    failures_->setHeaderLabels({tr("File"), tr("Why it was not imported")});
    failures_->setRootIsDecorated(false);
    failuresDock_ = new QDockWidget(tr("Import problems"), this);
    failuresDock_->setObjectName(QStringLiteral("importProblems"));
    failuresDock_->setWidget(failures_);
    addDockWidget(Qt::BottomDockWidgetArea, failuresDock_);
    failuresDock_->hide();
}

void MainWindow::connectService()
{
    connect(&service_, &LibraryService::itemsReady, this, &MainWindow::showItems);
    connect(&service_, &LibraryService::detailsReady, this,
            [this](qint64 itemId, const QString& spectrogram, const QVector<KeyframeThumbnail>& keyframes) {
                const Item* item = selectedItem();
                if (item && item->id == itemId) details_->showItem(spectrogram, item->durationSeconds, keyframes);
            });
    connect(&service_, &LibraryService::itemsFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(&service_, &LibraryService::itemClassChanged, this, &MainWindow::refresh);
    connect(&service_, &LibraryService::itemClassFailed, this,
            [this](const QString& message) { statusBar()->showMessage(tr("Class not changed: %1").arg(message)); });
    connect(&service_, &LibraryService::importStarted, importStatus_, &ImportStatusWidget::showStarted);
    connect(&service_, &LibraryService::importProgress, this, [this](const ImportProgress& progress) {
        importStatus_->showProgress(progress);
    });
    connect(&service_, &LibraryService::importFinished, this, &MainWindow::showImportResult);
    connect(&service_, &LibraryService::importFailed, this, [this](const QString& message) {
        // Not a modal box: the window stays usable and the reason stays visible.
        importStatus_->showFinished();
        statusBar()->showMessage(tr("Import failed: %1").arg(message));
        new QTreeWidgetItem(failures_, {tr("(the import)"), message});
        failuresDock_->show();
    });
    connect(importStatus_, &ImportStatusWidget::cancelRequested, &service_, &LibraryService::cancelImport);
}

void MainWindow::importFolder()
{
    const QString folder = chooseFolder_(this);
    if (!folder.isEmpty()) service_.importPaths({folder});
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("Audio and video (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mkv *.webm *.avi *.mov);;All files (*)"));
    if (!files.isEmpty()) service_.importPaths(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && service_.isWritable()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) paths << url.toLocalFile();
    }
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    service_.importPaths(paths);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != filter_ || (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop)) {
        return QMainWindow::eventFilter(watched, event);
    }
    auto* drop = static_cast<QDropEvent*>(event);
    const QList<QUrl> urls = drop->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile() || QFileInfo(urls.front().toLocalFile()).isDir()) {
        return false;  // text, or folders to import: the usual handling
    }
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop) {
        const QString file = urls.front().toLocalFile();
        filter_->blockSignals(true);
        filter_->clear();
        filter_->blockSignals(false);
        statusBar()->showMessage(tr("Searching for what sounds like %1…").arg(QFileInfo(file).fileName()));
        service_.requestExampleSearch(file);
    }
    return true;
}

void MainWindow::showItems(const QVector<Item>& items, const QVector<SearchMatch>& matches, const QString& notes)
{
    // A reload (an import finished, a class changed) keeps the teacher's
    // selection, and shows its details again: they may have just been made.
    const Item* selected = selectedItem();
    const std::optional<int64_t> selectedId = selected ? std::optional<int64_t>(selected->id) : std::nullopt;
    model_->setItems(items, matches);
    if (const int row = selectedId ? model_->rowOfItem(*selectedId) : -1; row >= 0) {
        view_->setCurrentIndex(sorted_->mapFromSource(model_->index(row, 0)));
    }
    const bool results = model_->showsSearchResults();
    view_->setColumnHidden(LibraryTableModel::FoundBecause, !results);
    if (results) {
        view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // best match first
    } else if (sorted_->sortColumn() < 0) {
        view_->sortByColumn(LibraryTableModel::Title, Qt::AscendingOrder);
    }
    QString message = results ? tr("%n result(s)", nullptr, static_cast<int>(items.size()))
                              : tr("%n item(s)", nullptr, static_cast<int>(items.size()));
    if (!notes.isEmpty()) message += QStringLiteral(" — ") + notes;
    statusBar()->showMessage(message);
}

void MainWindow::playRow(const QModelIndex& proxyIndex)
{
    const Item* item = model_->itemAt(sorted_->mapToSource(proxyIndex).row());
    if (!item) return;
    if (item->status == ItemStatus::Failed) {
        statusBar()->showMessage(tr("Cannot play %1: %2").arg(toQString(item->fileName), toQString(item->error)));
        return;
    }
    // A search result plays from the moment that matched.
    player_->play(toQString(item->path), item->kind == MediaKind::Video,
                  proxyIndex.data(LibraryTableModel::StartRole).toDouble());
}

void MainWindow::showImportResult(const ImportSummary& summary)
{
    importStatus_->showFinished();
    statusBar()->showMessage(tr("Import %1: %2 added, %3 updated, %4 unchanged, %5 failed")
                                 .arg(summary.cancelled ? tr("cancelled") : tr("finished"))
                                 .arg(summary.added)
                                 .arg(summary.updated)
                                 .arg(summary.unchanged)
                                 .arg(summary.failed));
    failures_->clear();
    for (const FailedFile& failure : summary.failures) {
        new QTreeWidgetItem(failures_, {toQString(failure.path), toQString(failure.reason)});
    }
    for (const ScanProblem& problem : summary.problems) {
        new QTreeWidgetItem(failures_, {toQString(problem.path), toQString(problem.reason)});
    }
    failuresDock_->setVisible(failures_->topLevelItemCount() > 0);
    refresh();
}

void MainWindow::refresh() { service_.requestItems(filter_->text()); }

const Item* MainWindow::selectedItem() const
{
    const QModelIndex current = view_->selectionModel()->currentIndex();
    return current.isValid() ? model_->itemAt(sorted_->mapToSource(current).row()) : nullptr;
}

void MainWindow::showSelectedItemDetails()
{
    const Item* item = selectedItem();
    details_->clear();
    if (item && item->status == ItemStatus::Analyzed) service_.requestDetails(item->id);
}

void MainWindow::playSelectedFrom(double seconds)
{
    const Item* item = selectedItem();
    if (!item) return;
    player_->play(toQString(item->path), item->kind == MediaKind::Video, seconds);
}

}  // namespace lectern
