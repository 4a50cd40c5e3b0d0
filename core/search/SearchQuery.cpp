#include "search/SearchQuery.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "catalog/Item.h"
#include "common/AsciiText.h"
#include "catalog/ResourceClass.h"
#include "media/LanguageCode.h"

namespace lectern {
namespace {

// One piece of the query: a word, a "phrase", or key:value (value maybe quoted).
struct Token {
    std::string key;  // empty for free words and phrases
    std::string value;
    bool quoted = false;
};

std::string readValue(std::string_view text, size_t& i, bool& quoted)
{
    quoted = i < text.size() && text[i] == '"';
    if (quoted) {
        const size_t close = text.find('"', i + 1);
        const size_t end = close == std::string_view::npos ? text.size() : close;
        std::string value(text.substr(i + 1, end - i - 1));
        i = std::min(text.size(), end + 1);
        return value;
    }
    const size_t start = i;
    while (i < text.size() && !isAsciiSpace(text[i])) ++i;
    return std::string(text.substr(start, i - start));
}

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isAsciiSpace(text[i])) ++i;
        if (i >= text.size()) break;
        Token token;
        if (text[i] != '"') {
            // key:value only where the key is letters and the value follows at once.
            size_t k = i;
            while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
            if (k > i && k + 1 < text.size() && text[k] == ':' && !isAsciiSpace(text[k + 1])) {
                token.key = asciiLowercase(text.substr(i, k - i));
                i = k + 1;
            }
        }
        token.value = readValue(text, i, token.quoted);
        if (!token.value.empty()) tokens.push_back(std::move(token));
    }
    return tokens;
}

std::optional<std::string> classNamed(const std::string& value)
{
    static const std::map<std::string, std::string> aliases = {
        {"songs", "music"},        {"song", "music"},         {"languages", "language"},
        {"lectures", "lecture"},   {"speech", "lecture"},     {"talk", "lecture"},
        {"film", "drama"},         {"films", "drama"},        {"tv", "drama"},
        {"movie", "drama"},        {"audiobooks", "audiobook"}, {"book", "audiobook"},
        {"radio", "audiobook"},    {"audio-book", "audiobook"}, {"unknown", "unknown"}};
    for (std::string_view id : kResourceClasses) {
        if (value == id) return value;
    }
    const auto alias = aliases.find(value);
    if (alias != aliases.end()) return alias->second;
    return std::nullopt;
}

std::optional<int> parseYear(std::string_view text)
{
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (error != std::errc() || end != text.data() + text.size() || year < 1000 || year > 9999) return std::nullopt;
    return year;
}

void applyDuration(SearchQuery& query, const std::string& value)
{
    std::string_view rest = value;
    const char comparison = rest.empty() ? ' ' : rest.front();
    if (comparison == '<' || comparison == '>') rest.remove_prefix(1);
    if (!rest.empty() && rest.front() == '=') rest.remove_prefix(1);
    const std::optional<double> seconds = parseDurationSeconds(rest);
    if (!seconds || (comparison != '<' && comparison != '>')) {
        query.notes.push_back("duration:" + value + " not understood (try duration:<5m or duration:>30s); ignored");
        return;
    }
    if (comparison == '<') query.maxDurationSeconds = *seconds;
    else query.minDurationSeconds = *seconds;
}

void applyYear(SearchQuery& query, const std::string& value)
{
    const size_t dash = value.find('-');
    const auto first = parseYear(std::string_view(value).substr(0, dash));
    const auto last = dash == std::string::npos ? first : parseYear(std::string_view(value).substr(dash + 1));
    if (!first || !last || *last < *first) {
        query.notes.push_back("year:" + value + " not understood (try year:2019 or year:2010-2015); ignored");
        return;
    }
    query.firstYear = first;
    query.lastYear = last;
}

void applyFilter(SearchQuery& query, const Token& token)
{
    const std::string value = asciiLowercase(token.value);
    if (token.key == "class") {
        if (auto id = classNamed(value)) query.resourceClass = *id;
        else query.notes.push_back("class:" + token.value +
                                   " is not a class (music, language, lecture, drama, audiobook); ignored");
    } else if (token.key == "kind") {
        if (auto kind = parseMediaKind(value)) query.kind = *kind;
        else query.notes.push_back("kind:" + token.value + " is neither audio nor video; ignored");
    } else if (token.key == "duration") {
        applyDuration(query, value);
    } else if (token.key == "folder") {
        query.folder = token.value;
    } else if (token.key == "year") {
        applyYear(query, value);
    } else if (token.key == "lang" || token.key == "language") {
        if (std::string code = languageCode(value); !code.empty()) query.language = std::move(code);
        else query.notes.push_back("lang:" + token.value + " names no language; ignored");
    } else if (token.key == "under") {
        std::string path = token.value;
        while (path.size() > 1 && (path.back() == '/' || path.back() == '\\')) path.pop_back();
        query.folderTree = path;
    } else if (token.key == "collection") {
        query.collection = token.value;
    } else if (token.key == "status" && value == "missing") {
        query.missing = true;
    } else if (token.key == "status") {
        if (auto status = parseItemStatus(value == "analysed" ? std::string("analyzed") : value)) query.status = *status;
        else query.notes.push_back("status:" + token.value + " is not pending, analysed, failed or missing; ignored");
    }
}


}  // namespace

bool isSearchFilterKey(std::string_view key)
{
    return key == "class" || key == "kind" || key == "duration" || key == "folder" || key == "year" ||
           key == "lang" || key == "language" || key == "collection" || key == "status" || key == "under";
}

bool SearchQuery::hasFilters() const
{
    return resourceClass || kind || minDurationSeconds || maxDurationSeconds || folder || firstYear || language ||
           collection || status || folderTree || missing;
}

std::string SearchQuery::termText() const
{
    std::string text;
    for (const std::string& term : terms) {
        if (!text.empty()) text += ' ';
        const bool phrase = term.find(' ') != std::string::npos;
        text += phrase ? "\"" + term + "\"" : term;
    }
    return text;
}

std::optional<double> parseDurationSeconds(std::string_view text)
{
    if (text.empty()) return std::nullopt;
    const size_t colon = text.find(':');
    if (colon != std::string_view::npos) {
        const auto minutes = parseDurationSeconds(text.substr(0, colon));
        const auto seconds = parseDurationSeconds(text.substr(colon + 1));
        if (!minutes || !seconds || text.substr(colon + 1).find(':') != std::string_view::npos) return std::nullopt;
        return *minutes * 60 + *seconds;
    }
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || number < 0) return std::nullopt;
    const std::string unit = asciiLowercase(std::string_view(end, text.data() + text.size() - end));
    if (unit.empty() || unit == "s" || unit == "sec") return number;
    if (unit == "m" || unit == "min") return number * 60;
    if (unit == "h") return number * 3600;
    return std::nullopt;
}

SearchQuery parseSearchQuery(std::string_view text)
{
    SearchQuery query;
    if (text.size() > kMaxQueryCharacters) {
        text = text.substr(0, kMaxQueryCharacters);
        query.notes.push_back("the query was cut to its first " + std::to_string(kMaxQueryCharacters) + " characters");
    }
    for (Token& token : tokenize(text)) {
        if (!token.key.empty() && isSearchFilterKey(token.key)) {
            applyFilter(query, token);
            continue;
        }
        if (!token.key.empty()) {
            query.notes.push_back("no filter called " + token.key + ":, searched as words");
            token.value = token.key + ":" + token.value;
        }
        if (query.terms.size() == kMaxQueryTerms) {
            query.notes.push_back("only the first " + std::to_string(kMaxQueryTerms) + " words are searched");
            break;
        }
        query.terms.push_back(std::move(token.value));
    }
    return query;
}

}  // namespace lectern
