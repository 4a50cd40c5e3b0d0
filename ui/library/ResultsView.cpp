#include "ui/library/ResultsView.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

#include "ui/library/PictureCache.h"
#include "ui/library/ResultDelegates.h"
#include "ui/library/ResultsModel.h"

namespace lectern {

ResultsView::ResultsView(ResultsModel* model, QWidget* parent)
    : QTreeView(parent), model_(model)
{
    setModel(model_);
    setSortingEnabled(true);
    sortByColumn(ResultsModel::Title, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setItemDelegateForColumn(ResultsModel::Score, new ScoreBarDelegate(this));
    setItemDelegateForColumn(ResultsModel::Class, new ClassChipDelegate(this));
    overviews_ = new OverviewStripDelegate(this);
    auto* overviews = overviews_;
    setItemDelegateForColumn(ResultsModel::Overview, overviews);
    connect(model_, &QAbstractItemModel::modelReset, overviews->strips(), &PictureCache::forgetMissing);
    setAccessibleName(tr("Results"));

    header()->setAccessibleName(tr("Columns: click to sort, right-click to show or hide"));
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
    header()->resizeSection(ResultsModel::Title, 280);
    header()->resizeSection(ResultsModel::Class, 150);
    header()->resizeSection(ResultsModel::Kind, 60);
    header()->resizeSection(ResultsModel::Duration, 70);
    header()->resizeSection(ResultsModel::Overview, 140);
    header()->resizeSection(ResultsModel::Score, 80);
    header()->resizeSection(ResultsModel::FoundBecause, 260);
    header()->resizeSection(ResultsModel::Folder, 260);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QWidget::customContextMenuRequested, this, &ResultsView::showHeaderMenu);
    connect(header(), &QHeaderView::sectionResized, this, &ResultsView::saveHeader);
    connect(header(), &QHeaderView::sectionMoved, this, &ResultsView::saveHeader);
    connect(header(), &QHeaderView::sortIndicatorChanged, this, &ResultsView::saveHeader);

    connect(model_, &QAbstractItemModel::modelReset, this, &ResultsView::arrangeRows);
    connect(model_, &QAbstractItemModel::layoutChanged, this, &ResultsView::arrangeRows);
    connect(this, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (itemAt(index)) emit itemActivated(index);
    });
}

void ResultsView::arrangeRows()
{
    const bool grouped = model_->showsSearchResults();
    setRootIsDecorated(false);
    setItemsExpandable(grouped);
    if (!grouped) return;
    for (int row = 0; row < model_->rowCount(); ++row) setFirstColumnSpanned(row, QModelIndex(), true);
    expandAll();
}

const Item* ResultsView::itemAt(const QModelIndex& index) const { return model_->itemAt(index); }

const Item* ResultsView::currentItem() const
{
    return selectionModel() ? itemAt(selectionModel()->currentIndex()) : nullptr;
}

QVector<qint64> ResultsView::selectedItemIds() const
{
    QVector<qint64> ids;
    for (const Item& item : selectedItems()) ids << item.id;
    return ids;
}

QVector<Item> ResultsView::selectedItems() const
{
    QVector<Item> items;
    for (const QModelIndex& index : selectionModel()->selectedRows()) {
        if (const Item* item = itemAt(index)) items << *item;
    }
    return items;
}

QVector<Item> ResultsView::itemsInViewOrder() const
{
    QVector<Item> items;
    const auto collect = [&](const QModelIndex& parent, const auto& self) -> void {
        for (int row = 0; row < model_->rowCount(parent); ++row) {
            const QModelIndex index = model_->index(row, 0, parent);
            if (const Item* item = itemAt(index)) items << *item;
            else self(index, self);
        }
    };
    collect(QModelIndex(), collect);
    return items;
}

void ResultsView::selectItem(qint64 itemId)
{
    const QModelIndex index = model_->indexOfItem(itemId);
    if (!index.isValid()) return;
    setCurrentIndex(index);
    scrollTo(index);
}

QModelIndex ResultsView::neighbourOfCurrent(int step) const
{
    QModelIndex index = currentIndex();
    if (!index.isValid()) return {};
    do {
        index = step > 0 ? indexBelow(index) : indexAbove(index);
    } while (index.isValid() && !itemAt(index));
    return index.isValid() ? index.siblingAtColumn(0) : QModelIndex();
}

QString ResultsView::headerKey() const
{
    return settingsKey_ + (searchColumns_ ? QStringLiteral("/search") : QStringLiteral("/listing"));
}

void ResultsView::rememberHeaderAs(const QString& settingsKey)
{
    settingsKey_ = settingsKey;
    restoreHeader();
}

void ResultsView::showSearchColumns(bool search)
{
    if (search == searchColumns_) return;
    searchColumns_ = search;
    restoreHeader();
}

void ResultsView::restoreHeader()
{
    restoring_ = true;
    const QByteArray state = settingsKey_.isEmpty() ? QByteArray() : QSettings().value(headerKey()).toByteArray();
    if (state.isEmpty() || !header()->restoreState(state)) {
        for (int column = 0; column < ResultsModel::ColumnCount; ++column) header()->setSectionHidden(column, false);
        header()->setSectionHidden(ResultsModel::Status, true);
        header()->setSectionHidden(ResultsModel::Score, !searchColumns_);
        header()->setSectionHidden(ResultsModel::From, !searchColumns_);
        header()->setSectionHidden(ResultsModel::FoundBecause, !searchColumns_);
        header()->setSectionHidden(ResultsModel::Folder, searchColumns_);
        header()->setSectionHidden(ResultsModel::Kind, searchColumns_);
    }
    restoring_ = false;
}

void ResultsView::saveHeader()
{
    if (!settingsKey_.isEmpty() && !restoring_) QSettings().setValue(headerKey(), header()->saveState());
}

void ResultsView::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; column < ResultsModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header()->isSectionHidden(column));
        action->setEnabled(column != ResultsModel::Title);  // a row needs its name
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            header()->setSectionHidden(column, !shown);
            saveHeader();
        });
    }
    menu.exec(header()->mapToGlobal(position));
}

void ResultsView::reloadPictures()
{
    overviews_->strips()->forgetMissing();
    viewport()->update();
}

}  // namespace lectern
