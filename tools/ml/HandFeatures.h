// Hand-made clip features for the classical baselines of the evaluation and
// the text-query model's item part, computed as the import computes them
// (core/classify/SoundDescriptors and SoundProfile): MFCC statistics, the
// low-energy-frame ratio and spectral flux (classical speech/music cues),
// the pause structure (how much, how often, how long), the beat, and each
// band's mean and spread. One row per clip; zeros for a clip without frames.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "CorpusFeatures.h"

namespace lectern::ml {

// The import's sound descriptors: [clips, kSoundDescriptorCount].
torch::Tensor soundDescriptorRows(const std::vector<ClipFeatures>& clips);
// The import's sound profiles: [clips, kSoundProfileSize].
torch::Tensor soundProfileRows(const std::vector<ClipFeatures>& clips);
// The classical cues alone (the descriptors without the beat).
torch::Tensor handFeatureRows(const std::vector<ClipFeatures>& clips);
// The classical cues, the profile and the beat: what a description of the
// sound can refer to beyond the classifier's embedding (the first joint space).
torch::Tensor descriptiveFeatureRows(const std::vector<ClipFeatures>& clips);

}  // namespace lectern::ml
