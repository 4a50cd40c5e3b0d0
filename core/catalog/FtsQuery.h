// Turns whatever a user typed into a safe full-text expression: an FTS5
// MATCH expression for the SQLite catalog, a tsquery for a server's. Every
// word and quoted phrase becomes a quoted token, so operators and stray
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

// The same as PostgreSQL tsquery text, for to_tsquery('simple', …): words
// are the runs of letters and digits (as the server's catalog cuts its
// words, ServerSchema.cpp), a phrase's words follow each other (<->), and
// every quoted lexeme holds no quote or backslash.
std::optional<std::string> toTsQuery(std::string_view userText);
std::optional<std::string> toTsQueryAnyOf(const std::vector<std::string>& words);

}  // namespace lectern
