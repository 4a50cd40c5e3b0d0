// An item's spectrogram to explore: zoom with the wheel, + and −, or Fit;
// scroll along it; a playhead that follows the player; the matched range
// shaded; drag to select a range, then Find Similar or Where Else Is This.
// The overview picture is stretched at once; a sharp picture of the visible
// range is asked for (the engine renders any range at any size, as Sonic
// Visualiser draws from cached tiles) and replaces it when it arrives.
#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QTimer>

#include <optional>

namespace lectern {

struct TimeRange {
    double startSeconds = 0.0;
    double endSeconds = 0.0;
};

class SpectrogramView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SpectrogramView(QWidget* parent = nullptr);

    // A new item: its overview picture (may be null) and duration.
    void showOverview(const QImage& overview, double durationSeconds);
    void clear();
    // The sharp picture of a range asked for by renderWanted.
    void showRender(const QImage& picture, const TimeRange& range);
    void setPlayhead(std::optional<double> seconds);
    void setHighlight(std::optional<TimeRange> range);
    void setSelection(std::optional<TimeRange> range);
    std::optional<TimeRange> selection() const { return selection_; }
    std::optional<double> playhead() const { return playhead_; }

    double pixelsPerSecond() const { return pixelsPerSecond_; }
    double durationSeconds() const { return duration_; }
    TimeRange visibleRange() const;
    bool hasPicture() const { return !overview_.isNull() || duration_ > 0; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Zooms to show this range, centred.
    void zoomTo(const TimeRange& range);

signals:
    void seekRequested(double seconds);
    void selectionChanged();
    void findSimilarRequested(const lectern::TimeRange& range);
    void whereElseRequested(const lectern::TimeRange& range);
    void playRangeRequested(const lectern::TimeRange& range);
    void renderWanted(const lectern::TimeRange& range, int width, int height);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    double fitPixelsPerSecond() const;
    void setZoom(double pixelsPerSecond, double anchorSeconds, int anchorX);
    void updateScrollRange();
    double secondsAt(double x) const;
    double xOf(double seconds) const;

    QImage overview_;
    QImage render_;
    TimeRange renderRange_;
    double duration_ = 0.0;
    double pixelsPerSecond_ = 0.0;
    std::optional<double> playhead_;
    std::optional<TimeRange> highlight_;
    std::optional<TimeRange> selection_;
    std::optional<double> pressSeconds_;
    bool dragging_ = false;
    QTimer renderDelay_;
};

}  // namespace lectern

Q_DECLARE_METATYPE(lectern::TimeRange)
