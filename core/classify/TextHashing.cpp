#include "classify/TextHashing.h"

namespace lectern {
namespace {

uint64_t fnv1a(std::string_view text, uint64_t salt)
{
    uint64_t hash = 14695981039346656037ull ^ salt;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

int64_t bucketOf(std::string_view token, uint64_t salt)
{
    return static_cast<int64_t>(fnv1a(token, salt) % static_cast<uint64_t>(kTextHashBuckets));
}

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Non-ASCII punctuation separates words like ASCII punctuation does: the
// Latin-1 signs (no-break space, «, », ·, ¿, ¡) and the general punctuation
// block (dashes, curly quotes, ellipsis). Returns its UTF-8 length, or 0.
size_t punctuationWidth(std::string_view text, size_t at)
{
    const auto byte = [&](size_t k) { return at + k < text.size() ? static_cast<unsigned char>(text[at + k]) : 0; };
    if (byte(0) == 0xC2 && byte(1) >= 0xA0 && byte(1) <= 0xBF) return 2;
    if (byte(0) == 0xE2 && (byte(1) == 0x80 || byte(1) == 0x81)) return 3;
    return 0;
}

}  // namespace

std::vector<std::string> textWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (const size_t width = punctuationWidth(text, i); width > 0) {
            flush();
            i += width - 1;
        } else if (!isWordByte(c)) {
            flush();
        } else if (c >= '0' && c <= '9') {
            if (word.empty() || word.back() != '0') word += '0';
        } else {
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    flush();
    return words;
}

std::vector<int64_t> hashedTextTokens(std::string_view text)
{
    const std::vector<std::string> words = textWords(text);
    std::vector<int64_t> ids;
    for (size_t i = 0; i < words.size(); ++i) {
        ids.push_back(bucketOf(words[i], 1));
        if (i + 1 < words.size()) ids.push_back(bucketOf(words[i] + ' ' + words[i + 1], 2));
        const std::string bracketed = '<' + words[i] + '>';
        for (size_t n = 3; n <= 5; ++n) {
            for (size_t start = 0; start + n <= bracketed.size(); ++start) {
                ids.push_back(bucketOf(std::string_view(bracketed).substr(start, n), 3));
            }
        }
    }
    return ids;
}

}  // namespace lectern
