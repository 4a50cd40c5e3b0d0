// Turns whatever a user typed into a safe FTS5 MATCH expression: every word
// and quoted phrase becomes a quoted token, so FTS5 operators and stray
// quotes are plain text and never a syntax error.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

// All words must match; the last word also matches as a prefix, so results
// appear while the user is still typing. Empty when nothing searchable is left.
std::optional<std::string> toFtsExpression(std::string_view userText);

// Any of these words or phrases; a single word also as a prefix ("dog" finds
// "Dog1.wav"). Empty when none is searchable.
std::optional<std::string> toFtsAnyOf(const std::vector<std::string>& words);

}  // namespace lectern
