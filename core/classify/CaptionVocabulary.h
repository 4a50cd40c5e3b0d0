// The words a text-query model learned from its training captions (the
// model file's "vocabulary"). A description gets "sounds like" answers only
// where it has one of them: the model also reads character n-grams, and
// through them alone a word it never saw ("planets") can score high against
// some sound for no reason a teacher could follow.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lectern {

class CaptionVocabulary {
public:
    // Knows every word: models trained before the vocabulary was recorded.
    CaptionVocabulary() = default;
    explicit CaptionVocabulary(const std::vector<std::string>& words);

    // Whether a word of TEXT (textWords) is a caption word other than a
    // function word ("a", "with", "you"), or a misspelling of one: one
    // letter added, dropped, changed or swapped, in words of five letters
    // or more ("musik", "pianno").
    bool hasAWordOf(std::string_view text) const;
    // The caption words it holds; 0 where it knows every word.
    size_t size() const { return words_ ? words_->size() : 0; }

private:
    bool isDescribing(const std::string& word) const;
    std::optional<std::unordered_set<std::string>> words_;  // function words left out
};

// Whether A becomes B by adding, dropping, changing or swapping (adjacent)
// one byte.
bool oneEditApart(std::string_view a, std::string_view b);

}  // namespace lectern
