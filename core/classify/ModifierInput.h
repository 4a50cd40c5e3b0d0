// What the query modifier's audio side reads of a clip (P5's A): the
// classifier CNN's clip embedding and its integrated loudness. The CNN was
// trained with random gain, so its embedding hardly tells a clip from the
// same clip 10 dB quieter; "quieter", "louder", "turn up the traffic" need
// the level beside it (tools/README.md). The trainer and the app build the
// input the same way from here.
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

namespace lectern {

// The classifier CNN's clip embedding, the input's first part.
inline constexpr long kModifierEmbeddingSize = 256;
// Loudness of silence, where a clip has none.
inline constexpr double kModifierSilenceLufs = -70.0;

// Integrated loudness scaled to about unit spread: 0 at the broadcast
// level of -23 LUFS, one per 10 LU, clamped to [-5, 3].
inline float modifierLoudnessInput(std::optional<double> lufs)
{
    return static_cast<float>(std::clamp((lufs.value_or(kModifierSilenceLufs) + 23.0) / 10.0, -5.0, 3.0));
}

// The embedding, and the loudness after it where the model reads it.
inline std::vector<float> modifierAudioInput(std::span<const float> embedding, std::optional<double> lufs,
                                             bool withLoudness)
{
    std::vector<float> input(embedding.begin(), embedding.end());
    if (withLoudness) input.push_back(modifierLoudnessInput(lufs));
    return input;
}

}  // namespace lectern
