// Small pictures for the results — the Overview column's spectrogram strips
// and the grid's video thumbnails — decoded and scaled on a worker thread and
// kept in memory, so that scrolling never waits for a file: a picture not
// ready yet draws empty, and pictureReady asks for a redraw when it comes.
#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace lectern {

class PictureCache : public QObject {
    Q_OBJECT

public:
    explicit PictureCache(QObject* parent = nullptr);
    ~PictureCache() override;

    // The picture in `file` (for a folder: the middle picture in it, as for
    // a video's keyframes) at this size, or null while it is being made.
    // `keepAspect` fits it inside the size; otherwise it is stretched to it.
    QPixmap picture(const QString& file, const QSize& size, bool keepAspect = false);
    // Pictures that were missing may exist now (an import finished).
    void forgetMissing() { missing_.clear(); }

signals:
    void pictureReady();

private:
    QCache<QString, QPixmap> pictures_;  // cost: kilobytes
    QSet<QString> pending_;
    QSet<QString> missing_;
    QThreadPool loader_;
};

}  // namespace lectern
