#include "classify/CaptionVocabulary.h"

#include <algorithm>
#include <iterator>

#include "classify/TextHashing.h"

namespace lectern {
namespace {

// English function words: the captions are English, and these say nothing
// of a sound ("a", "with", "you can hear").
constexpr std::string_view kFunctionWords[] = {
    "a",    "an",  "and",  "are",   "as",    "at",   "be",      "between", "but",  "by",    "can",   "for",
    "from", "has", "have", "hear",  "his",   "her",  "in",      "into",    "is",   "it",    "its",   "like",
    "of",   "on",  "one",  "or",    "over",  "so",   "some",    "that",    "the",  "their", "there", "they",
    "this", "to",  "two",  "three", "while", "with", "without", "you",     "your", "not"};

constexpr size_t kShortestMisspelledWord = 5;

bool isFunctionWord(std::string_view word)
{
    return std::find(std::begin(kFunctionWords), std::end(kFunctionWords), word) != std::end(kFunctionWords);
}

}  // namespace

bool oneEditApart(std::string_view a, std::string_view b)
{
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t first = 0;
    while (first < a.size() && a[first] == b[first]) ++first;
    if (a.size() < b.size()) return a.substr(first) == b.substr(first + 1);  // b has one byte more
    if (first == a.size()) return false;                                     // the same word
    if (a.substr(first + 1) == b.substr(first + 1)) return true;             // one byte changed
    return first + 1 < a.size() && a[first] == b[first + 1] && a[first + 1] == b[first] &&
           a.substr(first + 2) == b.substr(first + 2);  // two neighbours swapped
}

CaptionVocabulary::CaptionVocabulary(const std::vector<std::string>& words)
    : words_(std::unordered_set<std::string>())
{
    for (const std::string& word : words) {
        if (!isFunctionWord(word)) words_->insert(word);
    }
}

bool CaptionVocabulary::isDescribing(const std::string& word) const
{
    if (words_->contains(word)) return true;
    if (word.size() < kShortestMisspelledWord) return false;
    return std::any_of(words_->begin(), words_->end(), [&](const std::string& known) {
        return known.size() >= kShortestMisspelledWord && oneEditApart(word, known);
    });
}

bool CaptionVocabulary::hasAWordOf(std::string_view text) const
{
    const std::vector<std::string> words = textWords(text);
    if (!words_) return !words.empty();
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& word) { return isDescribing(word); });
}

}  // namespace lectern
