// Log-mel segments as model input: random 10 s crops with gain and band
// masking for training, every segment of a clip for evaluation.
#pragma once

#include <torch/torch.h>

#include <random>
#include <vector>

#include "CorpusFeatures.h"

namespace lectern::ml {

// [count, 1, bands, frames] from time-major segments laid end to end.
torch::Tensor segmentsToInput(const std::vector<float>& segments);

torch::Tensor trainingBatch(const std::vector<ClipFeatures>& clips, const std::vector<size_t>& picks,
                            std::mt19937& rng);

// Every segment of the clip (design §5 cut), as model input.
torch::Tensor clipSegments(const ClipFeatures& clip);

}  // namespace lectern::ml
