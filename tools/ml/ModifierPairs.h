// The query-modifier pairs of P5 (issue 5), made the APwD way by
// lectern-modifier-pairs: two 10 s mixtures of one scene, a and b, that
// differ in one or two ways a sentence says ("make the rain louder and
// remove the dog"). Stored as the classifier CNN's embeddings of a and b
// (the app's query and index side), so training never decodes again.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "classify/ModifierInput.h"

namespace lectern::ml {

struct ModifierPair {
    std::string scene;               // "water", "traffic", "classroom"
    std::vector<std::string> kinds;  // one or two of kModifierKinds
    std::string text;                // the imperative sentence
    std::vector<float> a, b;         // 256-d CNN clip embeddings, L2-normalised
    std::vector<int> eventsA, eventsB;  // event classes present (indices into the event names)
    double loudnessA = 0, loudnessB = 0;  // integrated, LUFS
    std::vector<float> profileA, profileB;  // sound profiles (SoundProfile.h); empty in older pair files
    std::vector<float> descriptorsA, descriptorsB;  // sound descriptors (SoundDescriptors.h); the same
};

// The pair's query clip a and target clip b as the modifier's A reads them;
// views into the pair, which must outlive them.
inline ModifierClip queryClipOf(const ModifierPair& pair)
{
    return {pair.a, pair.loudnessA, pair.profileA, pair.descriptorsA};
}
inline ModifierClip targetClipOf(const ModifierPair& pair)
{
    return {pair.b, pair.loudnessB, pair.profileB, pair.descriptorsB};
}

struct ModifierPairSet {
    std::vector<std::string> eventNames;
    std::vector<ModifierPair> pairs;
};

inline const std::vector<std::string> kModifierKinds = {
    "background louder", "background quieter", "add event",   "remove event",  "event louder",
    "event quieter",     "whole louder",       "whole quieter", "add music",    "remove music"};

void writeModifierPairs(const std::filesystem::path& file, const ModifierPairSet& set);
// Throws std::runtime_error naming the file where it is missing or damaged.
ModifierPairSet readModifierPairs(const std::filesystem::path& file);

}  // namespace lectern::ml
