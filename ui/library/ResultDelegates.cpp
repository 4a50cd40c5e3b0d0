#include "ui/library/ResultDelegates.h"

#include <QApplication>
#include <QPainter>

#include "ui/library/PictureCache.h"
#include "ui/library/ResultsModel.h"

namespace lectern {
namespace {

}  // namespace

void ClassChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString resourceClass = index.data(ResultsModel::ClassIdRole).toString();
    if (resourceClass.isEmpty()) return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    const QString text = plain.text;
    plain.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, option.widget);
    static const QStringList order = {QStringLiteral("music"), QStringLiteral("language"), QStringLiteral("lecture"),
                                      QStringLiteral("drama"), QStringLiteral("audiobook")};
    const auto place = order.indexOf(resourceClass);
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    // Five hues far apart; unclassified stays grey.
    QColor fill = place < 0 ? option.palette.color(QPalette::Mid)
                            : QColor::fromHsv(static_cast<int>(place) * 72 + 20, dark ? 120 : 60, dark ? 110 : 245);
    const QFontMetrics metrics(option.font);
    const int width = std::min(option.rect.width() - 6, metrics.horizontalAdvance(text) + 14);
    const QRect chip(option.rect.left() + 3, option.rect.top() + 2, width, option.rect.height() - 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(index.data(ResultsModel::ClassChosenRole).toBool() ? QPen(option.palette.color(QPalette::Text), 1)
                                                                      : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(chip.adjusted(7, 0, -7, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, chip.width() - 14));
    painter->restore();
}

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
    const bool selected = option.state & QStyle::State_Selected;
    painter->setBrush(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
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
