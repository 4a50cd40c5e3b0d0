#include "media/LanguageCode.h"

#include <array>

#include "common/AsciiText.h"

namespace lectern {
namespace {

struct Language {
    const char* code;       // ISO 639-1
    const char* name;       // in English
    const char* spellings;  // other tags seen in files, space-separated: 639-2/B, 639-2/T, names
};

// The languages taught or heard most in schools; the first column is what
// the catalog stores.
constexpr std::array<Language, 30> kLanguages{{
    {"ar", "Arabic", "ara arabic"},
    {"ca", "Catalan", "cat catalan catala"},
    {"cs", "Czech", "cze ces czech cestina"},
    {"cy", "Welsh", "wel cym welsh cymraeg"},
    {"da", "Danish", "dan danish dansk"},
    {"de", "German", "ger deu german deutsch"},
    {"el", "Greek", "gre ell greek"},
    {"en", "English", "eng english"},
    {"es", "Spanish", "spa spanish espanol español castellano"},
    {"fi", "Finnish", "fin finnish suomi"},
    {"fr", "French", "fre fra french francais français"},
    {"ga", "Irish", "gle irish gaeilge"},
    {"he", "Hebrew", "heb hebrew"},
    {"hi", "Hindi", "hin hindi"},
    {"hu", "Hungarian", "hun hungarian magyar"},
    {"it", "Italian", "ita italian italiano"},
    {"ja", "Japanese", "jpn japanese"},
    {"ko", "Korean", "kor korean"},
    {"la", "Latin", "lat latin latina"},
    {"nl", "Dutch", "dut nld dutch nederlands"},
    {"no", "Norwegian", "nor nob nno norwegian norsk"},
    {"pl", "Polish", "pol polish polski"},
    {"pt", "Portuguese", "por portuguese portugues português"},
    {"ro", "Romanian", "rum ron romanian romana"},
    {"ru", "Russian", "rus russian"},
    {"sv", "Swedish", "swe swedish svenska"},
    {"tr", "Turkish", "tur turkish turkce"},
    {"uk", "Ukrainian", "ukr ukrainian"},
    {"vi", "Vietnamese", "vie vietnamese"},
    {"zh", "Chinese", "chi zho chinese mandarin cmn"},
}};

bool listed(std::string_view spellings, std::string_view word)
{
    size_t start = 0;
    while (start < spellings.size()) {
        size_t end = spellings.find(' ', start);
        if (end == std::string_view::npos) end = spellings.size();
        if (spellings.substr(start, end - start) == word) return true;
        start = end + 1;
    }
    return false;
}

std::string trimmed(std::string_view text)
{
    size_t first = 0, last = text.size();
    while (first < last && isAsciiSpace(text[first])) ++first;
    while (last > first && isAsciiSpace(text[last - 1])) --last;
    return std::string(text.substr(first, last - first));
}

}  // namespace

std::string languageCode(std::string_view tag)
{
    std::string text = asciiLowercase(trimmed(tag));
    // A region or script after the language ("fr-CA", "pt_BR", "zh-Hans").
    if (const size_t cut = text.find_first_of("-_"); cut != std::string::npos && cut >= 2) text.resize(cut);
    if (text.empty() || text == "und" || text == "zxx" || text == "mul" || text == "mis" || text == "unknown") {
        return "";
    }
    for (const Language& language : kLanguages) {
        if (text == language.code || listed(language.spellings, text)) return language.code;
    }
    return text;
}

std::string languageName(const std::string& code)
{
    for (const Language& language : kLanguages) {
        if (code == language.code) return language.name;
    }
    return code;
}

}  // namespace lectern
