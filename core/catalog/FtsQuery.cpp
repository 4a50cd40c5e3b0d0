#include "catalog/FtsQuery.h"

#include "common/AsciiText.h"

#include <cctype>
#include <vector>

namespace lectern {
namespace {

std::vector<std::string> splitTerms(std::string_view text)
{
    std::vector<std::string> terms;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isAsciiSpace(text[i])) ++i;
        if (i >= text.size()) break;
        std::string term;
        if (text[i] == '"') {
            const size_t close = text.find('"', i + 1);
            const size_t end = close == std::string_view::npos ? text.size() : close;
            term = std::string(text.substr(i + 1, end - i - 1));
            i = end + 1;
        } else {
            while (i < text.size() && !isAsciiSpace(text[i])) term += text[i++];
        }
        if (!term.empty()) terms.push_back(std::move(term));
    }
    return terms;
}

bool hasWordCharacter(const std::string& term)
{
    for (unsigned char c : term) {
        if (c >= 0x80 || std::isalnum(c)) return true;
    }
    return false;
}

std::string quoted(const std::string& term)
{
    std::string out = "\"";
    for (char c : term) {
        if (c == '"') out += '"';
        // A control character (a NUL above all, which ends SQLite's copy of
        // the string inside the quotes) separates words like a space; found
        // by fuzzing.
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
    return out + "\"";
}

// The length of the well-formed UTF-8 character at text[i], or 0 (the
// server refuses a query with a malformed one, which would be an error
// instead of an answer).
size_t utf8CharacterAt(const std::string& text, size_t i)
{
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const size_t length = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80) return 0;
    }
    return length;
}

// The words of a term for a tsquery: runs of ASCII letters and digits and
// of other well-formed characters (the server folds and splits those
// itself); malformed bytes separate words.
std::vector<std::string> tsWordsOf(const std::string& term)
{
    std::vector<std::string> words;
    std::string word;
    for (size_t i = 0; i < term.size();) {
        const unsigned char c = static_cast<unsigned char>(term[i]);
        const size_t length = c >= 0x80 ? utf8CharacterAt(term, i) : std::isalnum(c) ? 1 : 0;
        if (length > 0) {
            word.append(term, i, length);
            i += length;
            continue;
        }
        ++i;
        if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// A term as a tsquery: its words one after the other, the last as a prefix
// where asked.
std::string tsPhrase(const std::vector<std::string>& words, bool prefix)
{
    std::string phrase = words.size() > 1 ? "(" : "";
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) phrase += " <-> ";
        phrase += "'" + words[i] + "'";
        if (prefix && i + 1 == words.size()) phrase += ":*";
    }
    return phrase + (words.size() > 1 ? ")" : "");
}

}  // namespace

std::optional<std::string> toTsQuery(std::string_view userText)
{
    std::vector<std::vector<std::string>> terms;
    for (const std::string& term : splitTerms(userText)) {
        if (auto words = tsWordsOf(term); !words.empty()) terms.push_back(std::move(words));
    }
    if (terms.empty()) return std::nullopt;
    std::string query;
    for (size_t i = 0; i < terms.size(); ++i) {
        if (i > 0) query += " & ";
        query += tsPhrase(terms[i], i + 1 == terms.size());
    }
    return query;
}

std::optional<std::string> toTsQueryAnyOf(const std::vector<std::string>& words)
{
    std::string query;
    for (const std::string& word : words) {
        const auto parts = tsWordsOf(word);
        if (parts.empty()) continue;
        if (!query.empty()) query += " | ";
        query += tsPhrase(parts, word.find(' ') == std::string::npos);
    }
    if (query.empty()) return std::nullopt;
    return query;
}

std::optional<std::string> toFtsExpression(std::string_view userText)
{
    std::vector<std::string> terms;
    for (std::string& term : splitTerms(userText)) {
        // A term of punctuation only tokenizes to nothing and would match nothing.
        if (hasWordCharacter(term)) terms.push_back(std::move(term));
    }
    if (terms.empty()) return std::nullopt;
    std::string expression;
    for (size_t i = 0; i < terms.size(); ++i) {
        if (i > 0) expression += ' ';
        expression += quoted(terms[i]);
        if (i + 1 == terms.size()) expression += '*';
    }
    return expression;
}

std::optional<std::string> toFtsAnyOf(const std::vector<std::string>& words)
{
    std::string expression;
    for (const std::string& word : words) {
        if (!hasWordCharacter(word)) continue;
        if (!expression.empty()) expression += " OR ";
        expression += quoted(word);
        if (word.find(' ') == std::string::npos) expression += '*';
    }
    if (expression.empty()) return std::nullopt;
    return expression;
}

}  // namespace lectern
