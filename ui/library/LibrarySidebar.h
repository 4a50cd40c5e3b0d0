// The left sidebar, as digiKam and Mixxx have one: Library (all, each class,
// unclassified, audio, video) with live counts; the imported folders as a
// tree; the teacher's collections; saved searches; and Problems, the items
// that could not be analysed. Choosing a node sets one filter of the search.
#pragma once

#include <QTreeWidget>

#include "ui/LibraryTypes.h"
#include "ui/search/SearchState.h"

namespace lectern {

class LibrarySidebar : public QTreeWidget {
    Q_OBJECT

public:
    // The keys of the filters a node sets; choosing a node clears the others.
    static const QStringList& scopeKeys();

    explicit LibrarySidebar(QWidget* parent = nullptr);

    void showCounts(const LibraryCounts& counts);
    void setSavedSearches(const QList<QPair<QString, SearchState>>& searches);
    // Marks the node that matches these filters, without asking to search.
    void followFilters(const QList<SearchFilter>& filters);
    void setWritable(bool writable) { writable_ = writable; }
    // The node of a section's entry by its text, for tests and keyboard use.
    QTreeWidgetItem* findNode(const QString& section, const QString& text) const;
    QTreeWidgetItem* collectionNode(const QString& name) const;
    int countOf(const QTreeWidgetItem* node) const;

signals:
    // A node chose this filter (an empty key: the whole library).
    void filterChosen(const lectern::SearchFilter& filter);
    void savedSearchChosen(const lectern::SearchState& state);
    void deleteSavedSearchRequested(const QString& name);
    void createCollectionRequested();
    void renameCollectionRequested(qint64 collectionId, const QString& currentName);
    void deleteCollectionRequested(qint64 collectionId, const QString& name);
    void exportCollectionRequested(const QString& name);
    void itemsDroppedOnCollection(qint64 collectionId, const QVector<qint64>& itemIds);
    void retryProblemsRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QTreeWidgetItem* section(const QString& title);
    QTreeWidgetItem* addNode(QTreeWidgetItem* parent, const QString& text, const SearchFilter& filter,
                             qint64 count, const QString& tooltip = {});
    void showFolders(const LibraryCounts& counts);
    void chooseNode(QTreeWidgetItem* node);
    void showMenu(const QPoint& position);
    qint64 collectionIdAt(const QPoint& position) const;

    QTreeWidgetItem* library_;
    QTreeWidgetItem* folders_;
    QTreeWidgetItem* collections_;
    QTreeWidgetItem* saved_;
    QTreeWidgetItem* problems_;
    bool writable_ = true;
    bool following_ = false;
};

}  // namespace lectern
