#include "ui/detail/SpectrogramView.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "ui/common/Formatting.h"

namespace lectern {
namespace {
constexpr double kZoomStep = 1.5;
constexpr double kMostPixelsPerSecond = 400.0;  // 2.5 ms a pixel: finer than the 10 ms frames
constexpr int kDragThreshold = 4;
}  // namespace

SpectrogramView::SpectrogramView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(140);
    setAccessibleName(tr("Spectrogram"));
    setToolTip(tr("Click to play from a moment; drag to select a range; wheel or +/− to zoom, 0 to fit"));
    viewport()->setMouseTracking(false);
    renderDelay_.setSingleShot(true);
    renderDelay_.setInterval(80);
    connect(&renderDelay_, &QTimer::timeout, this, [this] {
        if (duration_ <= 0 || viewport()->width() <= 0) return;
        const qreal ratio = devicePixelRatioF();
        emit renderWanted(visibleRange(), static_cast<int>(viewport()->width() * ratio),
                          static_cast<int>(viewport()->height() * ratio));
    });
}

void SpectrogramView::showOverview(const QImage& overview, double durationSeconds)
{
    overview_ = overview;
    render_ = QImage();
    duration_ = durationSeconds;
    highlight_.reset();
    selection_.reset();
    playhead_.reset();
    pixelsPerSecond_ = fitPixelsPerSecond();
    updateScrollRange();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    renderDelay_.start();
    emit selectionChanged();
}

void SpectrogramView::clear()
{
    overview_ = QImage();
    render_ = QImage();
    duration_ = 0.0;
    highlight_.reset();
    selection_.reset();
    playhead_.reset();
    updateScrollRange();
    viewport()->update();
    emit selectionChanged();
}

void SpectrogramView::showRender(const QImage& picture, const TimeRange& range)
{
    render_ = picture;
    renderRange_ = range;
    viewport()->update();
}

void SpectrogramView::setPlayhead(std::optional<double> seconds)
{
    playhead_ = seconds;
    // While playing, the view turns the page when the playhead leaves it.
    if (seconds && pixelsPerSecond_ > fitPixelsPerSecond() * 1.01 && !dragging_) {
        const TimeRange shown = visibleRange();
        if (*seconds < shown.startSeconds || *seconds > shown.endSeconds) {
            horizontalScrollBar()->setValue(static_cast<int>(*seconds * pixelsPerSecond_));
        }
    }
    viewport()->update();
}

void SpectrogramView::setHighlight(std::optional<TimeRange> range)
{
    highlight_ = range;
    viewport()->update();
}

void SpectrogramView::setSelection(std::optional<TimeRange> range)
{
    selection_ = range;
    viewport()->update();
    emit selectionChanged();
}

double SpectrogramView::fitPixelsPerSecond() const
{
    return duration_ > 0 ? std::max(1, viewport()->width()) / duration_ : 1.0;
}

TimeRange SpectrogramView::visibleRange() const
{
    const double start = secondsAt(0);
    return {std::max(0.0, start), std::min(duration_, secondsAt(viewport()->width()))};
}

double SpectrogramView::secondsAt(double x) const
{
    if (pixelsPerSecond_ <= 0) return 0.0;
    return (x + horizontalScrollBar()->value()) / pixelsPerSecond_;
}

double SpectrogramView::xOf(double seconds) const { return seconds * pixelsPerSecond_ - horizontalScrollBar()->value(); }

void SpectrogramView::updateScrollRange()
{
    const int content = duration_ > 0 ? static_cast<int>(std::ceil(duration_ * pixelsPerSecond_)) : 0;
    horizontalScrollBar()->setRange(0, std::max(0, content - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(std::max(1, viewport()->width() / 10));
}

void SpectrogramView::setZoom(double pixelsPerSecond, double anchorSeconds, int anchorX)
{
    if (duration_ <= 0) return;
    pixelsPerSecond_ = std::clamp(pixelsPerSecond, fitPixelsPerSecond(), std::max(fitPixelsPerSecond(), kMostPixelsPerSecond));
    updateScrollRange();
    horizontalScrollBar()->setValue(static_cast<int>(anchorSeconds * pixelsPerSecond_ - anchorX));
    viewport()->update();
    renderDelay_.start();
}

void SpectrogramView::zoomIn()
{
    const int centre = viewport()->width() / 2;
    setZoom(pixelsPerSecond_ * kZoomStep, secondsAt(centre), centre);
}

void SpectrogramView::zoomOut()
{
    const int centre = viewport()->width() / 2;
    setZoom(pixelsPerSecond_ / kZoomStep, secondsAt(centre), centre);
}

void SpectrogramView::zoomToFit() { setZoom(fitPixelsPerSecond(), 0.0, 0); }

void SpectrogramView::zoomTo(const TimeRange& range)
{
    const double length = std::max(0.5, range.endSeconds - range.startSeconds);
    const double wanted = viewport()->width() / (length * 1.5);
    const double centre = (range.startSeconds + range.endSeconds) / 2;
    setZoom(wanted, centre, viewport()->width() / 2);
}

void SpectrogramView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    painter.fillRect(area, palette().color(QPalette::Base));
    if (duration_ <= 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("No spectrogram yet"));
        return;
    }
    if (!overview_.isNull()) {
        // The overview spans the whole duration: stretch the part in view.
        const double scale = overview_.width() / duration_;
        const TimeRange shown = visibleRange();
        const QRectF source(shown.startSeconds * scale, 0, (shown.endSeconds - shown.startSeconds) * scale,
                            overview_.height());
        const QRectF target(xOf(shown.startSeconds), 0, (shown.endSeconds - shown.startSeconds) * pixelsPerSecond_,
                            area.height());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, overview_, source);
    }
    if (!render_.isNull() && renderRange_.endSeconds > renderRange_.startSeconds) {
        const QRectF target(xOf(renderRange_.startSeconds), 0,
                            (renderRange_.endSeconds - renderRange_.startSeconds) * pixelsPerSecond_, area.height());
        painter.drawImage(target, render_);
    }
    const auto shade = [&](const TimeRange& range, QColor colour) {
        const double left = xOf(range.startSeconds);
        const double right = xOf(range.endSeconds);
        painter.fillRect(QRectF(left, 0, std::max(2.0, right - left), area.height()), colour);
    };
    if (highlight_) {
        QColor match = palette().color(QPalette::Highlight);
        match.setAlpha(70);
        shade(*highlight_, match);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawLine(QPointF(xOf(highlight_->startSeconds), 0), QPointF(xOf(highlight_->startSeconds), area.height()));
    }
    if (selection_) {
        shade(*selection_, QColor(255, 255, 255, 70));
        painter.setPen(QPen(Qt::white, 1));
        painter.drawRect(QRectF(xOf(selection_->startSeconds), 0,
                                (selection_->endSeconds - selection_->startSeconds) * pixelsPerSecond_,
                                area.height() - 1));
        painter.drawText(QRectF(xOf(selection_->startSeconds) + 3, 2, 200, 16), Qt::AlignLeft,
                         QStringLiteral("%1 – %2").arg(formatDuration(selection_->startSeconds),
                                                       formatDuration(selection_->endSeconds)));
    }
    if (playhead_) {
        painter.setPen(QPen(QColor(255, 80, 60), 2));
        const double x = xOf(*playhead_);
        painter.drawLine(QPointF(x, 0), QPointF(x, area.height()));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(area.adjusted(0, 0, -1, -1));
    }
}

void SpectrogramView::resizeEvent(QResizeEvent* event)
{
    const bool fitted = pixelsPerSecond_ <= 0 || std::abs(pixelsPerSecond_ - fitPixelsPerSecond()) < 1e-9 ||
                        duration_ <= 0;
    QAbstractScrollArea::resizeEvent(event);
    if (fitted || pixelsPerSecond_ < fitPixelsPerSecond()) pixelsPerSecond_ = fitPixelsPerSecond();
    updateScrollRange();
    renderDelay_.start();
}

void SpectrogramView::scrollContentsBy(int, int)
{
    viewport()->update();
    renderDelay_.start();
}

void SpectrogramView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        QAbstractScrollArea::wheelEvent(event);  // along the time axis
        return;
    }
    const double x = event->position().x();
    const double steps = delta.y() / 120.0;
    setZoom(pixelsPerSecond_ * std::pow(kZoomStep, steps), secondsAt(x), static_cast<int>(x));
    event->accept();
}

void SpectrogramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || duration_ <= 0) return QAbstractScrollArea::mousePressEvent(event);
    pressSeconds_ = std::clamp(secondsAt(event->position().x()), 0.0, duration_);
    dragging_ = false;
}

void SpectrogramView::mouseMoveEvent(QMouseEvent* event)
{
    if (!pressSeconds_) return;
    const double now = std::clamp(secondsAt(event->position().x()), 0.0, duration_);
    if (!dragging_ && std::abs(xOf(now) - xOf(*pressSeconds_)) < kDragThreshold) return;
    dragging_ = true;
    selection_ = TimeRange{std::min(now, *pressSeconds_), std::max(now, *pressSeconds_)};
    viewport()->update();
}

void SpectrogramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!pressSeconds_ || event->button() != Qt::LeftButton) return QAbstractScrollArea::mouseReleaseEvent(event);
    if (dragging_) {
        emit selectionChanged();
    } else {
        setSelection(std::nullopt);
        emit seekRequested(*pressSeconds_);
    }
    pressSeconds_.reset();
    dragging_ = false;
}

void SpectrogramView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: zoomToFit(); return;
    default: QAbstractScrollArea::keyPressEvent(event);
    }
}

void SpectrogramView::contextMenuEvent(QContextMenuEvent* event)
{
    if (duration_ <= 0) return;
    QMenu menu(this);
    const TimeRange range = selection_.value_or(visibleRange());
    const QString what = selection_ ? tr("the Selection") : tr("the Part in View");
    menu.addAction(tr("Find &Similar to %1").arg(what), this, [this, range] { emit findSimilarRequested(range); });
    menu.addAction(tr("&Where Else Is This?"), this, [this, range] { emit whereElseRequested(range); });
    menu.addAction(tr("&Play %1").arg(what), this, [this, range] { emit playRangeRequested(range); });
    menu.addSeparator();
    menu.addAction(tr("Zoom &In"), this, &SpectrogramView::zoomIn);
    menu.addAction(tr("Zoom &Out"), this, &SpectrogramView::zoomOut);
    menu.addAction(tr("&Fit"), this, &SpectrogramView::zoomToFit);
    if (selection_) menu.addAction(tr("Zoom to &Selection"), this, [this] { zoomTo(*selection_); });
    menu.exec(event->globalPos());
}

}  // namespace lectern
