#include "ui/search/QueryHistory.h"

namespace lectern {
namespace {

bool differsOnlyInWords(const SearchState& a, const SearchState& b)
{
    return a.filters == b.filters && a.example == b.example && a.modifier == b.modifier;
}

}  // namespace

void QueryHistory::record(const SearchState& state, bool typing)
{
    if (position_ >= 0 && entries_[position_] == state) return;
    entries_.resize(position_ + 1);  // a new search ends the way forward
    const bool sameWord = typing && position_ >= 0 && differsOnlyInWords(entries_[position_], state) &&
                          sinceLast_.isValid() && sinceLast_.elapsed() < kTypingPauseMs;
    if (sameWord) {
        entries_[position_] = state;
    } else {
        entries_.push_back(state);
        position_ = static_cast<int>(entries_.size()) - 1;
    }
    sinceLast_.start();
}

SearchState QueryHistory::back()
{
    if (canGoBack()) --position_;
    sinceLast_.invalidate();
    return current();
}

SearchState QueryHistory::forward()
{
    if (canGoForward()) ++position_;
    sinceLast_.invalidate();
    return current();
}

}  // namespace lectern
