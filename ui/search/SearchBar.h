// The search area above the results: Back and Forward through the query
// history (Alt+Left, Alt+Right), the words box (search as you type), the
// filter banner, and — when searching by an example — the example's
// spectrogram above the results, as Sononym shows its source clip. A file
// from a file manager or a row from the library dropped here becomes the
// example.
#pragma once

#include <QWidget>

#include "ui/search/QueryHistory.h"
#include "ui/search/SearchState.h"

class QAction;
class QLabel;
class QMimeData;
class QLineEdit;
class QTimer;
class QToolButton;

namespace lectern {

class FilterBanner;

class SearchBar : public QWidget {
    Q_OBJECT

public:
    static constexpr int kTypingPauseMs = 60;

    explicit SearchBar(QWidget* parent = nullptr);

    const SearchState& state() const { return state_; }
    // Shows this search and asks for it (recorded in the history unless it is
    // where Back or Forward went).
    void setState(const SearchState& state);
    // The sidebar's choice: replaces the filter of the sidebar's keys.
    void setScopeFilter(const SearchFilter& filter, const QStringList& scopeKeys);
    void setExample(const ExampleClip& example);
    void showExamplePicture(const QImage& picture);
    // The engine's notes on the last answer, in plain words.
    void showNotes(const QString& notes);

    QLineEdit* wordsBox() const { return words_; }
    QLineEdit* modifierBox() const;
    FilterBanner* banner() const { return banner_; }
    QAction* backAction() const { return back_; }
    QAction* forwardAction() const { return forward_; }
    QueryHistory& history() { return history_; }

signals:
    void searchRequested(const lectern::SearchState& state);
    void examplePictureWanted(const lectern::ExampleClip& example);
    void saveSearchRequested(const lectern::SearchState& state);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void wordsEdited(const QString& text);
    void request(bool typing);
    void showStateInWidgets();
    void updateHistoryActions();
    void goTo(const SearchState& state);
    // The state in the widgets, and its example's picture asked for.
    void display(const SearchState& state);
    // The example a drop carries, if any.
    std::optional<ExampleClip> exampleOf(const QMimeData* data) const;

    SearchState state_;
    QueryHistory history_;
    QLineEdit* words_;
    QTimer* typingDelay_;
    FilterBanner* banner_;
    QWidget* exampleArea_;
    QLabel* examplePicture_;
    QLabel* exampleLabel_;
    QLabel* notes_;
    QAction* back_;
    QAction* forward_;
    QToolButton* save_;
};

}  // namespace lectern
