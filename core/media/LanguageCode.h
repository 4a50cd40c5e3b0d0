// One spelling per language, so that a file tagged "fre", one tagged
// "French" and a search for lang:fr meet: ISO 639-1 codes where the
// language is known to this table, the lower-cased tag otherwise.
#pragma once

#include <string>
#include <string_view>

namespace lectern {

// "fr", "fre", "fra", "French", "français", "fr-CA" -> "fr"; "und", "zxx",
// "mul", "unknown" and blank -> "" (no language); anything else lower-cased
// and trimmed, so that rare languages still match themselves.
std::string languageCode(std::string_view tag);

// "fr" -> "French"; codes this table does not know come back as they are.
std::string languageName(const std::string& code);

}  // namespace lectern
