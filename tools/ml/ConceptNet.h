// The segment encoder's sound-concept head (issue 25). It grows out of the
// shipped audio CNN (AudioNet.h) after its third convolution block, whose
// weights stay as they are: the class head, the embedding and everything
// trained on that embedding (the search space, the codes, the modifier) give
// the same answers, and the import pays for one more convolution, not for a
// second network. The branch: a 3×3 convolution (64 → 128), each of the 31
// time steps of a 10 s segment (0.32 s each) read whole across its 8
// frequency rows by a 1×1 layer of 256 units (the frame embeddings), the
// segment's embedding as their maximum over time, and multi-label concept
// logits from it. Optionally the branch begins one block earlier, with its
// own copy of the trunk's third block (started from the trunk's weights and
// trained): the trunk learnt that block to tell speech from music, and a
// copy may learn what sets a dog apart from a door. Max pooling over time lets a 2 s bark inside a 10 s
// segment count fully; the same concept layer applied to each time step says
// when in the segment a concept sounds loudest.
#pragma once

#include <torch/torch.h>

#include <filesystem>
#include <string>
#include <vector>

namespace lectern::ml {

inline constexpr int kSoundEmbeddingSize = 256;

// The shipped audio.pt's folded weights, read-only.
struct AudioTrunk {
    std::vector<torch::Tensor> weights;  // w1, b1, … w4, b4, dense_w, dense_b, classes_w, classes_b
    static AudioTrunk load(const std::filesystem::path& audioModel);
    // The second block's output for x [batch, 1, bands, frames]: [batch, 32, 16, 62].
    torch::Tensor secondBlock(const torch::Tensor& x) const;
    // The third block's output: [batch, 64, 8, 31].
    torch::Tensor thirdBlock(const torch::Tensor& x) const;
};

struct ConceptBranchImpl : torch::nn::Module {
    // ownThirdBlock: the trunk whose third block the branch copies and trains; null: it reads the trunk's.
    ConceptBranchImpl(int conceptCount, const AudioTrunk* ownThirdBlock = nullptr);
    // The trunk's output the branch reads: its second block where the branch has its own third, else its third.
    torch::Tensor trunkOutput(const AudioTrunk& trunk, const torch::Tensor& x) const;
    // From trunkOutput: {frame embeddings [batch, 256, steps], concept logits [batch, concepts]}.
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& trunkOutput);

    torch::nn::Conv2d third{nullptr};  // the branch's own third block, or null
    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d norm{nullptr};
    torch::nn::Conv1d frame{nullptr};
    torch::nn::Linear concepts{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(ConceptBranch);

// audio.pt again, with the branch: forward(x) -> (embedding, logits,
// concept probabilities [batch, concepts], the time step where each concept
// peaks [batch, concepts], sound embedding [batch, 256], unit length). The
// concept ids are the module's `concepts` attribute.
void exportEncoderWithConcepts(const AudioTrunk& trunk, ConceptBranch& branch,
                               const std::vector<std::string>& conceptIds, const std::filesystem::path& file);

}  // namespace lectern::ml
