#include "ui/player/PlayerPanel.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSettings>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <algorithm>

#include "ui/common/Formatting.h"

namespace lectern {
namespace {

QToolButton* playerButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& name, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAccessibleName(name);
    button->setAutoRaise(true);
    return button;
}

}  // namespace

PlayerPanel::PlayerPanel(QWidget* parent)
    : QWidget(parent),
      player_(new QMediaPlayer(this)),
      audio_(new QAudioOutput(this)),
      video_(new QVideoWidget(this)),
      previous_(playerButton(this, QStyle::SP_MediaSkipBackward, tr("Previous result"), tr("Play the previous result"))),
      playButton_(playerButton(this, QStyle::SP_MediaPlay, tr("Play or pause"), tr("Play or pause (Space)"))),
      next_(playerButton(this, QStyle::SP_MediaSkipForward, tr("Next result"), tr("Play the next result"))),
      fromMatch_(new QToolButton(this)),
      position_(new QSlider(Qt::Horizontal, this)),
      time_(new QLabel(this)),
      title_(new QLabel(this)),
      volume_(new QSlider(Qt::Horizontal, this))
{
    player_->setAudioOutput(audio_);
    player_->setVideoOutput(video_);
    video_->setMinimumHeight(160);
    video_->hide();

    playButton_->setEnabled(false);
    position_->setEnabled(false);
    position_->setAccessibleName(tr("Position"));
    position_->setToolTip(tr("Drag to move through the recording (Left and Right keys seek 5 s)"));
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fromMatch_->setText(tr("Play From Match"));
    fromMatch_->setToolTip(tr("Play the chosen result from the moment that matched"));
    fromMatch_->setAccessibleName(tr("Play from match"));
    fromMatch_->setEnabled(false);
    volume_->setRange(0, 100);
    volume_->setValue(QSettings().value(QStringLiteral("player/volume"), 80).toInt());
    volume_->setMaximumWidth(120);
    volume_->setAccessibleName(tr("Volume"));
    volume_->setToolTip(tr("Volume"));
    audio_->setVolume(static_cast<float>(volume_->value()) / 100.0f);
    connect(volume_, &QSlider::valueChanged, this, [this](int value) {
        audio_->setVolume(static_cast<float>(value) / 100.0f);
        QSettings().setValue(QStringLiteral("player/volume"), value);
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(previous_);
    controls->addWidget(playButton_);
    controls->addWidget(next_);
    controls->addWidget(fromMatch_);
    controls->addWidget(position_, 1);
    controls->addWidget(time_);
    auto* speaker = new QLabel(this);
    speaker->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(16, 16));
    controls->addWidget(speaker);
    controls->addWidget(volume_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(video_, 1);
    layout->addWidget(title_);
    layout->addLayout(controls);

    connect(previous_, &QToolButton::clicked, this, &PlayerPanel::previousRequested);
    connect(next_, &QToolButton::clicked, this, &PlayerPanel::nextRequested);
    connect(fromMatch_, &QToolButton::clicked, this, &PlayerPanel::playFromMatchRequested);
    connect(playButton_, &QToolButton::clicked, this, &PlayerPanel::togglePause);
    connect(position_, &QSlider::sliderMoved, player_, [this](int ms) { player_->setPosition(ms); });
    connect(player_, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        position_->setRange(0, static_cast<int>(ms));
        updateTime();
    });
    connect(player_, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!position_->isSliderDown()) position_->setValue(static_cast<int>(ms));
        updateTime();
        emit positionChanged(currentPath_, static_cast<double>(ms) / 1000.0);
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
    updateTime();
}

void PlayerPanel::play(const QString& path, bool hasVideo, double startSeconds)
{
    const QUrl source = QUrl::fromLocalFile(path);
    requestedStartSeconds_ = startSeconds;
    currentPath_ = path;
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

void PlayerPanel::setMatchAvailable(bool available) { fromMatch_->setEnabled(available); }

void PlayerPanel::togglePause()
{
    if (player_->source().isEmpty()) return;
    if (player_->playbackState() == QMediaPlayer::PlayingState) {
        player_->pause();
    } else {
        player_->play();
    }
}

void PlayerPanel::stop() { player_->stop(); }

void PlayerPanel::seekBy(double seconds)
{
    if (player_->source().isEmpty()) return;
    const qint64 target = player_->position() + static_cast<qint64>(seconds * 1000);
    player_->setPosition(std::clamp<qint64>(target, 0, std::max<qint64>(0, player_->duration())));
}

void PlayerPanel::updateTime()
{
    time_->setText(QStringLiteral("%1 / %2")
                       .arg(formatDuration(static_cast<double>(player_->position()) / 1000.0),
                            formatDuration(static_cast<double>(player_->duration()) / 1000.0)));
}

}  // namespace lectern
