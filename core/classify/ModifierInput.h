// What the query modifier's audio side reads of a clip (P5's A): the
// classifier CNN's clip embedding, its integrated loudness, its sound
// profile (SoundProfile.h) and its sound descriptors (SoundDescriptors.h).
// The CNN was trained with random gain and for five classes, so its
// embedding hardly tells a clip from the same clip 10 dB quieter, or with
// a door slam added; "quieter", "turn up the traffic" and "add a bell"
// need the level and the spectrum beside it (tools/README.md). The trainer
// and the app build the input the same way from here; a model's input
// width says which parts it reads.
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

#include "classify/SoundDescriptors.h"
#include "classify/SoundProfile.h"

namespace lectern {

struct ModifierClip {
    std::span<const float> embedding;    // the CNN's, 256-d
    std::optional<double> loudnessLufs;  // empty for silence
    std::span<const float> profile;      // kSoundProfileSize values, or empty where not measured
    std::span<const float> descriptors;  // kSoundDescriptorCount values, or empty where not measured
};

// Each reads what the one before reads and one part more.
enum class ModifierInputs { Embedding, WithLoudness, WithLoudnessAndProfile, WithDescriptors };

inline constexpr long kModifierEmbeddingSize = 256;
// Loudness of silence, where a clip has none.
inline constexpr double kModifierSilenceLufs = -70.0;

inline long inputWidth(ModifierInputs inputs)
{
    switch (inputs) {
    case ModifierInputs::Embedding: return kModifierEmbeddingSize;
    case ModifierInputs::WithLoudness: return kModifierEmbeddingSize + 1;
    case ModifierInputs::WithLoudnessAndProfile: return kModifierEmbeddingSize + 1 + kSoundProfileSize;
    case ModifierInputs::WithDescriptors:
        return kModifierEmbeddingSize + 1 + kSoundProfileSize + kSoundDescriptorCount;
    }
    return kModifierEmbeddingSize;
}

inline std::optional<ModifierInputs> modifierInputsOfWidth(long width)
{
    for (ModifierInputs inputs : {ModifierInputs::Embedding, ModifierInputs::WithLoudness,
                                  ModifierInputs::WithLoudnessAndProfile, ModifierInputs::WithDescriptors}) {
        if (inputWidth(inputs) == width) return inputs;
    }
    return std::nullopt;
}

// Integrated loudness scaled to about unit spread: 0 at the broadcast
// level of -23 LUFS, one per 10 LU, clamped to [-5, 3].
inline float modifierLoudnessInput(std::optional<double> lufs)
{
    return static_cast<float>(std::clamp((lufs.value_or(kModifierSilenceLufs) + 23.0) / 10.0, -5.0, 3.0));
}

// The parts the model reads, back to back. A missing profile reads as
// zeros (log-mel level 1, no spread: about -12 dB under a full-scale tone),
// missing descriptors as zeros too (the import stores them for every
// analysed item; an example has them measured).
inline std::vector<float> modifierAudioInput(const ModifierClip& clip, ModifierInputs inputs)
{
    std::vector<float> input(clip.embedding.begin(), clip.embedding.end());
    if (inputs == ModifierInputs::Embedding) return input;
    input.push_back(modifierLoudnessInput(clip.loudnessLufs));
    if (inputs == ModifierInputs::WithLoudness) return input;
    const auto append = [&input](std::span<const float> part, long size) {
        if (part.size() == static_cast<size_t>(size)) {
            input.insert(input.end(), part.begin(), part.end());
        } else {
            input.resize(input.size() + static_cast<size_t>(size), 0.0f);
        }
    };
    append(clip.profile, kSoundProfileSize);
    if (inputs == ModifierInputs::WithDescriptors) append(clip.descriptors, kSoundDescriptorCount);
    return input;
}

}  // namespace lectern
