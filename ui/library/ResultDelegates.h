// How three of the results' columns are drawn: the class as a chip, the
// score as a bar within its group, and each item's spectrogram overview as a
// small strip (Mixxx shows a waveform overview in every row for the same
// reason: the shape of a recording is recognised faster than its name).
#pragma once

#include <QAbstractItemView>
#include <QStyledItemDelegate>

namespace lectern {

class ScoreBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// The class as a coloured chip, one hue per class, so a column of results
// sorts itself by eye; a class the teacher chose has a solid edge.
class ClassChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

class PictureCache;

class OverviewStripDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // Strips that arrive later make `view` draw again.
    explicit OverviewStripDelegate(QAbstractItemView* view);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    PictureCache* strips() const { return strips_; }

private:
    PictureCache* strips_;
};

}  // namespace lectern
