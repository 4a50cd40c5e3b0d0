// Hand-made clip features for the classical baselines of the evaluation and
// the text-query model's item part, computed as the import computes them
// (core/classify/SoundDescriptors): MFCC statistics, the low-energy-frame
// ratio and spectral flux (classical speech/music cues), the pause
// structure (how much, how often, how long) and the beat.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "CorpusFeatures.h"

namespace lectern::ml {

std::vector<float> handFeatures(const ClipFeatures& clip);
// What a description of the sound can refer to, beyond the classifier's
// embedding: the spectral envelope (mean and spread of every band: timbre,
// voice, noise colour) and the beat (autocorrelation of the spectral flux
// at lags from 40 to 200 beats per minute, in 16 bins).
std::vector<float> descriptiveFeatures(const ClipFeatures& clip);
// One row of handFeatures per clip: [clips, features].
torch::Tensor handFeatureRows(const std::vector<ClipFeatures>& clips);
// handFeatures and descriptiveFeatures side by side, one row per clip.
torch::Tensor descriptiveFeatureRows(const std::vector<ClipFeatures>& clips);
// The import's sound descriptors, one row per clip: [clips, kSoundDescriptorCount].
torch::Tensor soundDescriptorRows(const std::vector<ClipFeatures>& clips);

}  // namespace lectern::ml
