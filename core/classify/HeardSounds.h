// What an item sounds like, from its segments' concept scores (issue 25):
// per concept of the encoder's head, the best segment's score and the moment
// in it where the concept sounds most. Only the strongest are kept, down to
// a floor: "cat" asks for the items that sound most like a cat, and a
// recording the head hears as an animal at 0.8 may hear as a cat at 0.05
// only (rare kinds score low), so the floor is low; below it the head says
// no. On the held-out packages' recordings an item keeps about 25 concepts.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "catalog/Item.h"

namespace lectern {

struct ClassifiedSegment;  // classify/FileClassifier.h, which keeps an item's heard sounds

inline constexpr float kLeastHeardScore = 0.03f;
// Heard clearly: an item heard as a concept at least this much answers
// words for it whatever else does, and the detail pane lists it; one heard
// less follows every other answer.
inline constexpr float kLeastClearlyHeardScore = 0.1f;
inline constexpr size_t kMostHeardSounds = 32;

// Strongest first. A file shorter than a segment was tiled to fill it
// (LogMelSegments.h): a moment past its end is the same moment of the file.
std::vector<HeardSound> heardSounds(const std::vector<ClassifiedSegment>& segments,
                                    const std::vector<std::string>& conceptIds, double audioSeconds,
                                    float floor = kLeastHeardScore);

// The mean of the segments' sound embeddings, unit length: the item placed
// by what it sounds like, for example search. Empty for an encoder without a
// concept head.
std::vector<float> meanSound(const std::vector<ClassifiedSegment>& segments);

// A concept's id as words, for showing: "dog_bark" -> "dog bark".
std::string conceptWords(std::string conceptId);

}  // namespace lectern
