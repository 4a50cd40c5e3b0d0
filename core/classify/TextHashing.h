// The text channel's tokens: hashed words, word pairs and character n-grams
// (fastText style), so that any language and any spelling maps to a fixed
// table without a vocabulary. Shared by the trainer and the app, so both see
// exactly the same ids.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

inline constexpr int64_t kTextHashBuckets = 1 << 16;

// Lower-cased words: ASCII letters and digits, and any non-ASCII UTF-8
// letter (accented letters stay part of their word; dashes, curly quotes and
// the like separate words). Runs of digits
// become "0", so "Lesson 3" and "Lesson 12" share their tokens.
std::vector<std::string> textWords(std::string_view text);

// Token ids in [0, kTextHashBuckets): every word, every pair of adjacent
// words, and the 3- to 5-byte n-grams of each word in angle brackets.
// Empty for text without words.
std::vector<int64_t> hashedTextTokens(std::string_view text);

}  // namespace lectern
