#include "search/MatchSnippet.h"

#include "common/AsciiText.h"

#include <algorithm>
#include <cctype>

namespace lectern {
namespace {

constexpr size_t kContextCharacters = 40;

bool isWordCharacter(unsigned char c) { return c >= 0x80 || std::isalnum(c); }

// Where `term` starts a word of `text` (both lowercase); npos if nowhere.
size_t wordStart(const std::string& text, const std::string& term, bool wholeWord)
{
    for (size_t at = text.find(term); at != std::string::npos; at = text.find(term, at + 1)) {
        const bool starts = at == 0 || !isWordCharacter(static_cast<unsigned char>(text[at - 1]));
        const size_t end = at + term.size();
        const bool ends = !wholeWord || end == text.size() || !isWordCharacter(static_cast<unsigned char>(text[end]));
        if (starts && ends) return at;
    }
    return std::string::npos;
}

// Moves a cut position off the middle of a UTF-8 character.
size_t onCharacterBoundary(const std::string& text, size_t at)
{
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

}  // namespace

std::optional<FieldSnippet> snippetOf(const Item& item, const std::vector<std::string>& terms)
{
    const std::pair<const char*, const std::string*> fields[] = {
        {"title", &item.tags.title},     {"artist", &item.tags.artist}, {"album", &item.tags.album},
        {"comment", &item.tags.comment}, {"genre", &item.tags.genre},   {"file name", &item.fileName},
        {"folder", &item.folder}};
    for (const auto& [name, value] : fields) {
        const std::string text = asciiLowercase(*value);
        for (size_t t = 0; t < terms.size(); ++t) {
            const std::string term = asciiLowercase(terms[t]);
            if (term.empty()) continue;
            const size_t at = wordStart(text, term, t + 1 < terms.size());
            if (at == std::string::npos) continue;
            size_t end = at + term.size();
            while (end < text.size() && isWordCharacter(static_cast<unsigned char>(text[end]))) ++end;
            const size_t from = onCharacterBoundary(*value, at > kContextCharacters ? at - kContextCharacters : 0);
            const size_t to = onCharacterBoundary(*value, std::min(value->size(), end + kContextCharacters));
            std::string snippet = from > 0 ? "\xe2\x80\xa6" : "";
            snippet += value->substr(from, at - from) + "[" + value->substr(at, end - at) + "]" +
                       value->substr(end, to - end);
            if (to < value->size()) snippet += "\xe2\x80\xa6";
            return FieldSnippet{name, snippet};
        }
    }
    return std::nullopt;
}

}  // namespace lectern
