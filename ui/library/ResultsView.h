// The results as a tree of groups, or a flat list, sortable by any column
// within each group; columns are shown or hidden from the header's menu and
// the choice is remembered. Rows drag out as file URLs.
#pragma once

#include <QTreeView>

#include "catalog/Item.h"

namespace lectern {

class OverviewStripDelegate;
class ResultsModel;

class ResultsView : public QTreeView {
    Q_OBJECT

public:
    ResultsView(ResultsModel* model, QWidget* parent = nullptr);

    ResultsModel* resultsModel() const { return model_; }
    // The item of an index, or null for a header.
    const Item* itemAt(const QModelIndex& index) const;
    const Item* currentItem() const;
    QVector<qint64> selectedItemIds() const;
    QVector<Item> selectedItems() const;
    // Every item in the order shown.
    QVector<Item> itemsInViewOrder() const;
    void selectItem(qint64 itemId);
    // The row after (or before) the current one, skipping headers; invalid at the end.
    QModelIndex neighbourOfCurrent(int step) const;
    // Restores the header (visible columns, widths, sort) saved under this
    // key; a listing and search results each have their own.
    void rememberHeaderAs(const QString& settingsKey);
    // Shows the columns of a listing or of search results.
    void showSearchColumns(bool search);

signals:
    void itemActivated(const QModelIndex& index);

public:
    // Pictures that were missing may exist now: the overview strips are looked for again.
    void reloadPictures();

private:
    void arrangeRows();
    void showHeaderMenu(const QPoint& position);
    void saveHeader();
    void restoreHeader();
    QString headerKey() const;

    ResultsModel* model_;
    OverviewStripDelegate* overviews_ = nullptr;
    QString settingsKey_;
    bool searchColumns_ = false;
    bool restoring_ = false;
};

}  // namespace lectern
