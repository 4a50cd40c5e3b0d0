#include "ui/library/ThumbnailGrid.h"

#include <QPainter>

#include "platform/LibraryLocation.h"
#include "ui/common/Formatting.h"
#include "ui/library/PictureCache.h"
#include "ui/library/ResultsModel.h"
#include "ui/library/ResultsView.h"

namespace lectern {

ThumbnailModel::ThumbnailModel(std::function<QString(const Item&)> pictureOf, QObject* parent)
    : QAbstractListModel(parent), pictureOf_(std::move(pictureOf)), pictures_(new PictureCache(this))
{
}

void ThumbnailModel::setItems(const QVector<Item>& items, QVector<int> order)
{
    beginResetModel();
    items_ = items;
    order_ = std::move(order);
    pictures_->forgetMissing();
    endResetModel();
}

int ThumbnailModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < order_.size(); ++row) {
        if (items_[order_[row]].id == itemId) return row;
    }
    return -1;
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(order_.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= order_.size()) return {};
    const Item& item = items_[order_[index.row()]];
    switch (role) {
    case Qt::DisplayRole: return toQString(titleOf(item));
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 · %3").arg(toQString(item.path), formatDuration(item.durationSeconds),
                                                  resourceClassLabel(item));
    case Qt::DecorationRole: {
        QPixmap picture = pictures_->picture(pictureOf_(item), ThumbnailGrid::kThumbnailSize, true);
        if (picture.isNull()) {
            picture = QPixmap(ThumbnailGrid::kThumbnailSize);  // a frame until the picture comes
            picture.fill(Qt::transparent);
        }
        return picture;
    }
    case ItemIdRole: return QVariant::fromValue<qint64>(item.id);
    default: return {};
    }
}

ThumbnailGrid::ThumbnailGrid(ResultsView* results, std::function<QString(const Item&)> pictureOf, QWidget* parent)
    : QListView(parent), results_(results), model_(new ThumbnailModel(std::move(pictureOf), this))
{
    setModel(model_);
    setViewMode(QListView::IconMode);
    setIconSize(kThumbnailSize);
    setGridSize(QSize(kThumbnailSize.width() + 24, kThumbnailSize.height() + 44));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Results as thumbnails"));
    // A picture that arrives is drawn at the next paint of what is in view.
    connect(model_->pictures(), &PictureCache::pictureReady, viewport(), qOverload<>(&QWidget::update));
    setToolTip(tr("Enter or double-click plays; the keyframe shown is from the middle of the video"));
    ResultsModel* source = results_->resultsModel();
    connect(source, &QAbstractItemModel::modelReset, this, &ThumbnailGrid::follow);
    connect(source, &QAbstractItemModel::layoutChanged, this, &ThumbnailGrid::follow);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) results_->selectItem(current.data(ThumbnailModel::ItemIdRole).toLongLong());
    });
    connect(this, &QListView::activated, this,
            [this](const QModelIndex& index) { emit itemActivated(index.data(ThumbnailModel::ItemIdRole).toLongLong()); });
}

void ThumbnailGrid::showEvent(QShowEvent* event)
{
    QListView::showEvent(event);
    if (stale_) follow();
}

void ThumbnailGrid::follow()
{
    stale_ = !isVisible();
    if (stale_) return;
    const ResultsModel* source = results_->resultsModel();
    model_->setItems(source->items(), source->positionsInShownOrder());
    if (const Item* current = results_->currentItem()) {
        const int row = model_->rowOf(current->id);
        if (row >= 0) selectionModel()->setCurrentIndex(model_->index(row), QItemSelectionModel::ClearAndSelect);
    }
}

void ThumbnailGrid::reloadPictures()
{
    model_->pictures()->forgetMissing();
    viewport()->update();
}

}  // namespace lectern
