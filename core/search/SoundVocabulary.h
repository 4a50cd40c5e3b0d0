// The sound vocabulary (issue 25): concepts of sounds in a hierarchy, in the
// manner of the AudioSet ontology (Animal › Dog › Bark), and the words that
// name them — the concepts' own, WordNet's synonyms, kinds and word forms,
// and other languages' words from the Tux Paint captions — built by
// tools/vocabulary into resources/vocabulary. Reads what a teacher typed as
// concepts: "puppy yapping" → dog, dog bark; "chien" → dog.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/Result.h"

namespace lectern {

struct SoundConcept {
    std::string id;
    std::string parent;  // empty for a top concept
    std::vector<std::string> names;   // nouns, the first one shown
    std::vector<std::string> sounds;  // verbs and imitations of the sound
};

struct ConceptMention {
    std::string conceptId;
    std::string typed;  // the words that named it, as typed
};

struct VocabularyReading {
    std::vector<ConceptMention> concepts;  // in the order typed, each once
    std::vector<std::string> unknownWords;  // neither a concept's word nor a small word
    size_t soundWords = 0;                  // words read as a concept's ("church bells": 2)

    // Whether the text is about sounds: some words are a concept's, and at
    // least as many as those that are not ("water drops", not "dog grammar
    // exercises", where a stray concept would crowd the real answers).
    bool aboutSounds() const { return !concepts.empty() && soundWords >= unknownWords.size(); }
};

class SoundVocabulary {
public:
    // concepts.tsv and sound-vocabulary.tsv in `folder`.
    static Result<SoundVocabulary> load(const std::filesystem::path& folder);

    VocabularyReading read(std::string_view text) const;
    const SoundConcept* find(const std::string& id) const;
    // The concept itself or the nearest concept above it for which `wanted`
    // holds; null where none does ("poodle" heard as dog).
    const SoundConcept* nearestUp(const std::string& id, const std::function<bool(const SoundConcept&)>& wanted) const;
    // A concept's own names and those of the concepts below it (only its
    // own for a broad concept: "music" is not every instrument), for finding
    // recordings by the words in their names. Not the verbs of their sounds:
    // "pour" is how rain sounds in English, and a word of every French title.
    std::vector<std::string> wordsUnder(const std::string& id) const;
    size_t conceptCount() const { return concepts_.size(); }

private:
    // Whether one concept is the other or lies below it, either way.
    bool related(const std::string& a, const std::string& b) const;

    static constexpr size_t kMostConceptsBelow = 6;
    std::map<std::string, SoundConcept> concepts_;
    std::map<std::string, std::vector<std::string>> words_;  // lower-case word or phrase -> concept ids
    size_t longestPhrase_ = 1;  // in words
};

// Where the vocabulary lives beside the models folder (../vocabulary).
std::filesystem::path soundVocabularyFolder(const std::filesystem::path& modelsFolder);

}  // namespace lectern
