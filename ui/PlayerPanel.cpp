#include "ui/PlayerPanel.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include "ui/LibraryTableModel.h"

namespace lectern {

PlayerPanel::PlayerPanel(QWidget* parent)
    : QWidget(parent),
      player_(new QMediaPlayer(this)),
      audio_(new QAudioOutput(this)),
      video_(new QVideoWidget(this)),
      playButton_(new QToolButton(this)),
      position_(new QSlider(Qt::Horizontal, this)),
      time_(new QLabel(this)),
      title_(new QLabel(this))
{
    player_->setAudioOutput(audio_);
    player_->setVideoOutput(video_);
    video_->setMinimumHeight(160);
    video_->hide();

    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    playButton_->setToolTip(tr("Play or pause (Space)"));
    playButton_->setEnabled(false);
    position_->setEnabled(false);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(playButton_);
    controls->addWidget(position_, 1);
    controls->addWidget(time_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(video_, 1);
    layout->addWidget(title_);
    layout->addLayout(controls);

    connect(playButton_, &QToolButton::clicked, this, &PlayerPanel::togglePause);
    connect(position_, &QSlider::sliderMoved, player_, [this](int ms) { player_->setPosition(ms); });
    connect(player_, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        position_->setRange(0, static_cast<int>(ms));
        updateTime();
    });
    connect(player_, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!position_->isSliderDown()) position_->setValue(static_cast<int>(ms));
        updateTime();
    });
    connect(player_, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        playButton_->setIcon(style()->standardIcon(state == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause
                                                                                       : QStyle::SP_MediaPlay));
    });
    connect(player_, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (pendingStartMs_ > 0 && (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)) {
            player_->setPosition(pendingStartMs_);
            pendingStartMs_ = 0;
        }
    });
    connect(player_, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& message) {
        title_->setText(tr("Cannot play: %1").arg(message));
    });
}

void PlayerPanel::play(const QString& path, bool hasVideo, double startSeconds)
{
    const QUrl source = QUrl::fromLocalFile(path);
    requestedStartSeconds_ = startSeconds;
    const auto startMs = static_cast<qint64>(startSeconds * 1000);
    if (player_->source() == source && player_->mediaStatus() != QMediaPlayer::NoMedia &&
        player_->mediaStatus() != QMediaPlayer::LoadingMedia) {
        player_->setPosition(startMs);
    } else {
        video_->setVisible(hasVideo);
        title_->setText(QFileInfo(path).fileName());
        pendingStartMs_ = startMs;  // a position set before the media loads is ignored
        player_->setSource(source);
    }
    player_->play();
    playButton_->setEnabled(true);
    position_->setEnabled(true);
}

void PlayerPanel::togglePause()
{
    if (player_->source().isEmpty()) return;
    if (player_->playbackState() == QMediaPlayer::PlayingState) {
        player_->pause();
    } else {
        player_->play();
    }
}

void PlayerPanel::updateTime()
{
    time_->setText(QStringLiteral("%1 / %2")
                       .arg(formatDuration(static_cast<double>(player_->position()) / 1000.0),
                            formatDuration(static_cast<double>(player_->duration()) / 1000.0)));
}

}  // namespace lectern
