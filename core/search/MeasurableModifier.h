// The parts of a modifier ("like this, but quieter") with a meaning that
// the catalog can check: loudness, duration, and music or speech from the
// class probabilities. They re-rank the "sounds similar" answers, so a
// result that really is quieter comes before one that is not.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

enum class MeasurableModifier { Quieter, Louder, Shorter, Longer, WithMusic, WithoutMusic, WithSpeech, WithoutSpeech };

// In the order they appear in the text; each at most once.
std::vector<MeasurableModifier> parseMeasurableModifiers(std::string_view text);
std::string nameOf(MeasurableModifier modifier);

// What the catalog knows of an item (or of the example) for these checks.
struct MeasurableFacts {
    std::optional<double> loudnessLufs;
    double durationSeconds = 0.0;
    std::optional<double> musicProbability;  // speech is everything else (design §1)
};

// Whether `candidate` is what the modifier asks for, compared with `example`;
// empty where the facts to decide are missing.
std::optional<bool> satisfies(MeasurableModifier modifier, const MeasurableFacts& candidate,
                              const MeasurableFacts& example);
// How clearly `candidate` makes the change asked for, from 0 (not at all)
// to 1: of two copies of the same recording, the clearer change comes first.
double changeClarity(MeasurableModifier modifier, const MeasurableFacts& candidate, const MeasurableFacts& example);
// A short account for the result's reason, e.g. "quieter by 6.2 LU".
std::string describeDifference(MeasurableModifier modifier, const MeasurableFacts& candidate,
                               const MeasurableFacts& example);

}  // namespace lectern
