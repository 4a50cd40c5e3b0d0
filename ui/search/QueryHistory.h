// Back and Forward through the searches, as in a browser. Typing a word
// letter by letter is one step, not one per letter: a search that differs
// from the newest only in its words, made soon after it, replaces it.
#pragma once

#include <QElapsedTimer>
#include <QVector>

#include "ui/search/SearchState.h"

namespace lectern {

class QueryHistory {
public:
    static constexpr qint64 kTypingPauseMs = 1500;

    // Records a search just shown; `typing` when only the words changed by typing.
    void record(const SearchState& state, bool typing);
    bool canGoBack() const { return position_ > 0; }
    bool canGoForward() const { return position_ + 1 < entries_.size(); }
    // The search to show; the current one when there is nowhere to go.
    SearchState back();
    SearchState forward();
    SearchState current() const { return entries_.isEmpty() ? SearchState() : entries_[position_]; }
    int size() const { return static_cast<int>(entries_.size()); }

private:
    QVector<SearchState> entries_;
    int position_ = -1;
    QElapsedTimer sinceLast_;
};

}  // namespace lectern
