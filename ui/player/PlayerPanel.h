// Plays one item: audio through QAudioOutput, video in a QVideoWidget, with
// Previous / Play-Pause / Next result, Play From Match, a position slider,
// the time, and the volume. Keys (in the window): Space pauses, Esc stops,
// Left and Right seek five seconds.
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
    static constexpr double kSeekStepSeconds = 5.0;

    explicit PlayerPanel(QWidget* parent = nullptr);

    void play(const QString& path, bool hasVideo, double startSeconds = 0.0);
    QMediaPlayer* player() const { return player_; }
    QAudioOutput* audioOutput() const { return audio_; }
    QSlider* volumeSlider() const { return volume_; }
    // Where the last play() asked to start, in seconds.
    double requestedStartSeconds() const { return requestedStartSeconds_; }
    QString currentPath() const { return currentPath_; }
    // Whether a search result is chosen, so Play From Match means something.
    void setMatchAvailable(bool available);

public slots:
    void togglePause();
    void stop();
    void seekBy(double seconds);

signals:
    void previousRequested();
    void nextRequested();
    void playFromMatchRequested();
    // The position in seconds while something plays, for the playhead.
    void positionChanged(const QString& path, double seconds);

private:
    void updateTime();

    QMediaPlayer* player_;
    QAudioOutput* audio_;
    QVideoWidget* video_;
    QToolButton* previous_;
    QToolButton* playButton_;
    QToolButton* next_;
    QToolButton* fromMatch_;
    QSlider* position_;
    QLabel* time_;
    QLabel* title_;
    QSlider* volume_;
    QString currentPath_;
    qint64 pendingStartMs_ = 0;
    double requestedStartSeconds_ = 0.0;
};

}  // namespace lectern
