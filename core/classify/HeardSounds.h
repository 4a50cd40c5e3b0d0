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

// Strongest first.
std::vector<HeardSound> heardSounds(const std::vector<ClassifiedSegment>& segments,
                                    const std::vector<std::string>& conceptIds, float floor = kLeastHeardScore);

// The concept scores of a heard item as a vector over `conceptIds` (0 where
// not heard): how example search compares what two recordings sound like.
std::vector<float> heardVector(const std::vector<HeardSound>& sounds, const std::vector<std::string>& conceptIds);

}  // namespace lectern
