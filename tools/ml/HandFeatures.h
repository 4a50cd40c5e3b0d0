// Hand-made clip features for the classical baselines of the evaluation:
// MFCC statistics, the low-energy-frame ratio and spectral flux (classical
// speech/music cues), and the pause structure (how much, how often, how long).
#pragma once

#include <vector>

#include "CorpusFeatures.h"

namespace lectern::ml {

std::vector<float> handFeatures(const ClipFeatures& clip);

}  // namespace lectern::ml
