// Plays one item: audio through QAudioOutput, video in a QVideoWidget, with
// play/pause, a position slider and the time.
#pragma once

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace lectern {

class PlayerPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlayerPanel(QWidget* parent = nullptr);

    void play(const QString& path, bool hasVideo, double startSeconds = 0.0);
    QMediaPlayer* player() const { return player_; }
    // Where the last play() asked to start, in seconds.
    double requestedStartSeconds() const { return requestedStartSeconds_; }

public slots:
    void togglePause();

private:
    void updateTime();

    QMediaPlayer* player_;
    QAudioOutput* audio_;
    QVideoWidget* video_;
    QToolButton* playButton_;
    QSlider* position_;
    QLabel* time_;
    QLabel* title_;
    qint64 pendingStartMs_ = 0;
    double requestedStartSeconds_ = 0.0;
};

}  // namespace lectern
