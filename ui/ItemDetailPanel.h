// The selected item's pictures: its spectrogram overview and, for video, a
// strip of keyframes. Clicking a keyframe (or a point of the spectrogram)
// asks to play from that moment.
#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;

namespace lectern {

struct KeyframeThumbnail {
    double timeSeconds = 0.0;
    QString path;
};

class ItemDetailPanel : public QWidget {
    Q_OBJECT

public:
    explicit ItemDetailPanel(QWidget* parent = nullptr);

    void showItem(const QString& spectrogramPath, double durationSeconds, const QVector<KeyframeThumbnail>& keyframes);
    void clear();
    QListWidget* keyframeStrip() const { return keyframes_; }

signals:
    void seekRequested(double seconds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* spectrogram_;
    QScrollArea* spectrogramScroll_;
    QListWidget* keyframes_;
    double durationSeconds_ = 0.0;
};

}  // namespace lectern
