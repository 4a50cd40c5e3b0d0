#include "ui/library/ResultDelegates.h"

#include <QApplication>
#include <QPainter>

#include "ui/library/PictureCache.h"
#include "ui/library/ResultsModel.h"

namespace lectern {
namespace {

}  // namespace

void ScoreBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant fraction = index.data(ResultsModel::ScoreFractionRole);
    if (!fraction.isValid()) return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, option.widget);
    const QRect area = option.rect.adjusted(4, option.rect.height() / 3, -4, -option.rect.height() / 3);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(area, 2, 2);
    QRect filled = area;
    filled.setWidth(static_cast<int>(area.width() * fraction.toDouble()));
    painter->setBrush(option.palette.color(QPalette::Highlight));
    painter->drawRoundedRect(filled, 2, 2);
    painter->restore();
}

OverviewStripDelegate::OverviewStripDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view), strips_(new PictureCache(this))
{
    connect(strips_, &PictureCache::pictureReady, view->viewport(), qOverload<>(&QWidget::update));
}

void OverviewStripDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString file = index.data(ResultsModel::OverviewFileRole).toString();
    if (file.isEmpty()) return;
    const QRect area = option.rect.adjusted(2, 2, -2, -2);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap strip = strips_->picture(file, area.size() * ratio);
    if (strip.isNull()) return;
    strip.setDevicePixelRatio(ratio);
    painter->drawPixmap(area.topLeft(), strip);
}

QSize OverviewStripDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}

}  // namespace lectern
