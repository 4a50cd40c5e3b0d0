#include "ui/ItemDetailPanel.h"

#include <QListWidget>
#include <QLabel>
#include <QMouseEvent>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/LibraryTableModel.h"

namespace lectern {

namespace {
constexpr int kTimeRole = Qt::UserRole + 1;
}

ItemDetailPanel::ItemDetailPanel(QWidget* parent)
    : QWidget(parent), spectrogram_(new QLabel(this)), spectrogramScroll_(new QScrollArea(this)), keyframes_(new QListWidget(this))
{
    spectrogram_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    spectrogram_->setToolTip(tr("Click to play from this moment"));
    spectrogram_->installEventFilter(this);
    spectrogramScroll_->setWidget(spectrogram_);
    spectrogramScroll_->setWidgetResizable(false);
    spectrogramScroll_->setFixedHeight(180);
    spectrogramScroll_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    keyframes_->setViewMode(QListView::IconMode);
    keyframes_->setFlow(QListView::LeftToRight);
    keyframes_->setWrapping(false);
    keyframes_->setIconSize(QSize(128, 72));
    keyframes_->setFixedHeight(112);
    keyframes_->setMovement(QListView::Static);
    connect(keyframes_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit seekRequested(item->data(kTimeRole).toDouble()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(spectrogramScroll_);
    layout->addWidget(keyframes_);
    clear();
}

void ItemDetailPanel::showItem(const QString& spectrogramPath, double durationSeconds,
                               const QVector<KeyframeThumbnail>& keyframes)
{
    durationSeconds_ = durationSeconds;
    const QPixmap picture(spectrogramPath);
    spectrogram_->setPixmap(picture);
    spectrogram_->resize(picture.size());
    spectrogramScroll_->setVisible(!picture.isNull());
    keyframes_->clear();
    for (const KeyframeThumbnail& keyframe : keyframes) {
        auto* entry = new QListWidgetItem(QIcon(keyframe.path), formatDuration(keyframe.timeSeconds), keyframes_);
        entry->setData(kTimeRole, keyframe.timeSeconds);
        entry->setToolTip(tr("Play from %1").arg(formatDuration(keyframe.timeSeconds)));
    }
    keyframes_->setVisible(!keyframes.isEmpty());
}

void ItemDetailPanel::clear()
{
    spectrogram_->clear();
    spectrogramScroll_->hide();
    keyframes_->clear();
    keyframes_->hide();
}

bool ItemDetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == spectrogram_ && event->type() == QEvent::MouseButtonRelease) {
        const int width = spectrogram_->pixmap().width();
        if (width > 0 && durationSeconds_ > 0) {
            const double x = static_cast<QMouseEvent*>(event)->position().x();
            emit seekRequested(durationSeconds_ * x / width);
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace lectern
