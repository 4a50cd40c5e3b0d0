// What an item sounds like, from its segments' concept scores (issue 25):
// per concept of the encoder's head, the best segment's score and the moment
// in it where the concept sounds most. A concept heard less than the floor
// is not kept: "dog barking" asks for the items that sound like it, and a
// score under the floor is the head saying no.
#pragma once

#include <string>
#include <vector>

#include "catalog/Item.h"
#include "classify/FileClassifier.h"

namespace lectern {

inline constexpr float kLeastHeardScore = 0.1f;

// Strongest first. A file shorter than a segment was tiled to fill it
// (LogMelSegments.h): a moment past its end is the same moment of the file.
std::vector<HeardSound> heardSounds(const std::vector<ClassifiedSegment>& segments,
                                    const std::vector<std::string>& conceptIds, double audioSeconds,
                                    float floor = kLeastHeardScore);

// The mean of the segments' sound embeddings, unit length: the item placed
// by what it sounds like, for example search. Empty for an encoder without a
// concept head.
std::vector<float> meanSound(const std::vector<ClassifiedSegment>& segments);

}  // namespace lectern
