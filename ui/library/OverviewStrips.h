// The small spectrogram strips of the results' Overview column, decoded and
// scaled on a worker thread and kept in memory, so that scrolling never
// waits for a PNG: a row whose strip is not ready yet draws empty and is
// redrawn when it arrives.
#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace lectern {

class OverviewStrips : public QObject {
    Q_OBJECT

public:
    explicit OverviewStrips(QObject* parent = nullptr);
    ~OverviewStrips() override;

    // The strip of this picture at this size, or null while it is being made.
    QPixmap strip(const QString& file, const QSize& size);
    // Pictures that were missing may exist now (an import finished).
    void forgetMissing() { missing_.clear(); }

signals:
    void stripReady();

private:
    QCache<QString, QPixmap> strips_;  // cost: kilobytes
    QSet<QString> pending_;
    QSet<QString> missing_;  // no picture (yet): asked again after the next import
    QThreadPool loader_;
};

}  // namespace lectern
