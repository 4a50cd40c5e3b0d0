// The main window: the library table with its filter box, the player, and
// importing by menu or by dropping folders and files on the window.
#pragma once

#include <QMainWindow>

#include <functional>

#include "catalog/Item.h"
#include "ui/LibraryTableModel.h"
#include "pipeline/ImportProgress.h"

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeWidget;

namespace lectern {

class ImportStatusWidget;
class ItemDetailPanel;
class LibraryService;
class PlayerPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(LibraryService& service, QWidget* parent = nullptr);

    // Asks the user for a folder; replaceable so that tests need no dialog.
    using FolderChooser = std::function<QString(QWidget*)>;
    void setFolderChooser(FolderChooser chooser) { chooseFolder_ = std::move(chooser); }

    QAction* importFolderAction() const { return importFolderAction_; }
    QTableView* libraryView() const { return view_; }
    LibraryTableModel* libraryModel() const { return model_; }
    QLineEdit* filterBox() const { return filter_; }
    QTreeWidget* failedFilesView() const { return failures_; }
    PlayerPanel* player() const { return player_; }
    ItemDetailPanel* detailPanel() const { return details_; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // A file dropped on the search box searches by example.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void createCentralArea();
    void createFailuresDock();
    void connectService();
    void importFolder();
    void importFiles();
    void playRow(const QModelIndex& proxyIndex);
    void showImportResult(const ImportSummary& summary);
    void showItems(const QVector<Item>& items, const QVector<SearchMatch>& matches, const QString& notes);
    void refresh();
    void showSelectedItemDetails();
    void playSelectedFrom(double seconds);
    void showItemMenu(const QPoint& position);
    const Item* selectedItem() const;

    LibraryService& service_;
    LibraryTableModel* model_;
    QSortFilterProxyModel* sorted_;
    QTableView* view_;
    QLineEdit* filter_;
    QTimer* filterDelay_;
    PlayerPanel* player_;
    ItemDetailPanel* details_;
    ImportStatusWidget* importStatus_;
    QTreeWidget* failures_;
    QDockWidget* failuresDock_ = nullptr;
    QAction* importFolderAction_ = nullptr;
    QAction* importFilesAction_ = nullptr;
    FolderChooser chooseFolder_;
};

}  // namespace lectern
