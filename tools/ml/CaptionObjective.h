// A second objective for the audio CNN: its segment embedding, through a
// linear head, should find the clip's caption among the batch's (symmetric
// InfoNCE with a text tower, P3). The five-class loss alone keeps only what
// tells the classes apart; the captions also ask for the voice, the
// instrument, the pace and the room, which the text-query model's linear
// map can then find in the stored embeddings. The head and the tower are
// thrown away after training: only the CNN is exported.
#pragma once

#include <torch/torch.h>

#include <random>
#include <vector>

#include "CorpusFeatures.h"
#include "TextTower.h"

namespace lectern::ml {

struct CaptionObjectiveImpl : torch::nn::Module {
    explicit CaptionObjectiveImpl(int embeddingSize);
    // embeddings: the CNN's [batch, embeddingSize] for crops of these clips;
    // each clip contributes one of its captions, drawn at random.
    torch::Tensor loss(const torch::Tensor& embeddings, const std::vector<ClipFeatures>& clips,
                       const std::vector<size_t>& picks, std::mt19937& rng);

    TextTower tower{nullptr};
    torch::nn::Linear head{nullptr};
    torch::Tensor logScale;
};
TORCH_MODULE(CaptionObjective);

}  // namespace lectern::ml
