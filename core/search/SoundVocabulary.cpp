#include "search/SoundVocabulary.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <cctype>

namespace lectern {
namespace {

// Small words that name nothing and are not unknown either.
const std::set<std::string>& smallWords()
{
    static const std::set<std::string> words = {"a",    "an",  "the",  "of",    "with", "and", "in",   "on",
                                                "some", "to",  "at",   "from",  "by",   "for", "is",   "are",
                                                "its",  "his", "her",  "their", "it",   "that", "this", "sound",
                                                "sounds", "noise", "like", "or"};
    return words;
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, separator)) {
        if (!part.empty()) parts.push_back(part);
    }
    return parts;
}

// Lower-case (ASCII: the vocabulary holds other scripts as written) words;
// letters of other scripts are kept whole.
std::vector<std::string> wordsOf(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte) || c == '-' || c == '\'') {
            word += byte < 0x80 ? static_cast<char>(std::tolower(byte)) : c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::vector<std::string> readLines(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty() && line.front() != '#') lines.push_back(line);
    }
    return lines;
}

}  // namespace

Result<SoundVocabulary> SoundVocabulary::load(const std::filesystem::path& folder)
{
    const auto conceptLines = readLines(folder / "concepts.tsv");
    const auto wordLines = readLines(folder / "sound-vocabulary.tsv");
    if (conceptLines.size() < 2 || wordLines.size() < 2) {
        return failure("no sound vocabulary in " + folder.string());
    }
    SoundVocabulary vocabulary;
    for (size_t i = 1; i < conceptLines.size(); ++i) {  // after the header
        std::vector<std::string> fields;
        std::stringstream stream(conceptLines[i]);
        std::string field;
        while (std::getline(stream, field, '\t')) fields.push_back(field);
        fields.resize(4);
        SoundConcept soundConcept{fields[0], fields[1] == "-" ? std::string() : fields[1], split(fields[2], ','),
                             split(fields[3], ',')};
        vocabulary.concepts_.emplace(soundConcept.id, std::move(soundConcept));
    }
    for (size_t i = 1; i < wordLines.size(); ++i) {
        const auto tab = wordLines[i].find('\t');
        const auto second = wordLines[i].find('\t', tab + 1);
        if (tab == std::string::npos) continue;
        const std::string word = wordLines[i].substr(0, tab);
        vocabulary.words_[word] = split(wordLines[i].substr(tab + 1, second - tab - 1), ',');
        vocabulary.longestPhrase_ =
            std::max(vocabulary.longestPhrase_, static_cast<size_t>(std::count(word.begin(), word.end(), ' ') + 1));
    }
    vocabulary.longestPhrase_ = std::min<size_t>(vocabulary.longestPhrase_, 4);
    return vocabulary;
}

const SoundConcept* SoundVocabulary::nearestUp(const std::string& id,
                                               const std::function<bool(const SoundConcept&)>& wanted) const
{
    for (const SoundConcept* at = find(id); at; at = find(at->parent)) {
        if (wanted(*at)) return at;
    }
    return nullptr;
}

bool SoundVocabulary::related(const std::string& a, const std::string& b) const
{
    return nearestUp(a, [&b](const SoundConcept& at) { return at.id == b; }) ||
           nearestUp(b, [&a](const SoundConcept& at) { return at.id == a; });
}

VocabularyReading SoundVocabulary::read(std::string_view text) const
{
    const std::vector<std::string> words = wordsOf(text);
    VocabularyReading reading;
    std::vector<std::pair<std::string, std::vector<std::string>>> phrases;  // as typed, and the concepts it names
    for (size_t i = 0; i < words.size();) {
        // The longest phrase first: "church bells" before "church".
        size_t matched = 0;
        for (size_t length = std::min(longestPhrase_, words.size() - i); length > 0 && !matched; --length) {
            if (length == 1 && smallWords().count(words[i])) break;  // "in" is no element here
            std::string phrase = words[i];
            for (size_t j = 1; j < length; ++j) phrase += ' ' + words[i + j];
            const auto found = words_.find(phrase);
            if (found == words_.end()) continue;
            matched = length;
            reading.soundWords += length;
            phrases.emplace_back(phrase, found->second);
        }
        if (!matched) {
            if (!smallWords().count(words[i])) reading.unknownWords.push_back(words[i]);
            matched = 1;
        }
        i += matched;
    }
    // A word of several sounds takes the sense the other words give it:
    // "buzzing" is an alarm, a bee, a doorbell or a fly, but in "insects
    // buzzing" only the bee and the fly.
    std::set<std::string> seen;
    for (size_t p = 0; p < phrases.size(); ++p) {
        const auto& [phrase, ids] = phrases[p];
        std::vector<std::string> meant;
        for (const std::string& id : ids) {
            for (size_t other = 0; other < phrases.size(); ++other) {
                const std::vector<std::string>& them = phrases[other].second;
                if (other != p && std::any_of(them.begin(), them.end(), [&](const std::string& o) { return related(id, o); })) {
                    meant.push_back(id);
                    break;
                }
            }
        }
        for (const std::string& id : ids.size() > 1 && !meant.empty() ? meant : ids) {
            if (seen.insert(id).second) reading.concepts.push_back({id, phrase});
        }
    }
    return reading;
}

const SoundConcept* SoundVocabulary::find(const std::string& id) const
{
    const auto found = concepts_.find(id);
    return found == concepts_.end() ? nullptr : &found->second;
}

std::vector<std::string> SoundVocabulary::wordsUnder(const std::string& id) const
{
    std::vector<std::string> words;
    std::vector<std::string> pending = {id};
    size_t below = 0;
    for (std::vector<std::string> level = {id}; !level.empty();) {
        std::vector<std::string> next;
        for (const auto& [childId, child] : concepts_) {
            if (std::find(level.begin(), level.end(), child.parent) != level.end()) next.push_back(childId);
        }
        below += next.size();
        level = std::move(next);
    }
    if (below > kMostConceptsBelow) {
        if (const SoundConcept* own = find(id)) words = own->names;
        return words;
    }
    while (!pending.empty()) {
        const std::string current = pending.back();
        pending.pop_back();
        if (const SoundConcept* soundConcept = find(current)) {
            words.insert(words.end(), soundConcept->names.begin(), soundConcept->names.end());
        }
        for (const auto& [childId, child] : concepts_) {
            if (child.parent == current) pending.push_back(childId);
        }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

std::filesystem::path soundVocabularyFolder(const std::filesystem::path& modelsFolder)
{
    return modelsFolder.parent_path() / "vocabulary";
}

}  // namespace lectern
