#include "CaptionObjective.h"

#include <cmath>
#include <set>

#include "JointSpace.h"
#include "classify/TextHashing.h"

namespace lectern::ml {

CaptionObjectiveImpl::CaptionObjectiveImpl(int embeddingSize)
{
    tower = register_module("tower", TextTower(64));
    head = register_module("head", torch::nn::Linear(embeddingSize, kJointSize));
    logScale = register_parameter("log_scale", torch::full({1}, std::log(1.0 / 0.07)));
}

torch::Tensor CaptionObjectiveImpl::loss(const torch::Tensor& embeddings, const std::vector<ClipFeatures>& clips,
                                         const std::vector<size_t>& picks, std::mt19937& rng)
{
    std::vector<long> rows;
    std::vector<int64_t> ids, offsets;
    std::set<size_t> seen;
    for (size_t row = 0; row < picks.size(); ++row) {
        const ClipFeatures& clip = clips[picks[row]];
        // Two crops of one clip in a batch would be each other's negatives.
        if (clip.captions.empty() || !seen.insert(picks[row]).second) continue;
        const auto tokens = hashedTextTokens(clip.captions[rng() % clip.captions.size()]);
        if (tokens.empty()) continue;
        rows.push_back(static_cast<long>(row));
        offsets.push_back(static_cast<int64_t>(ids.size()));
        ids.insert(ids.end(), tokens.begin(), tokens.end());
    }
    if (rows.size() < 2) return torch::zeros({}, embeddings.options());
    const torch::Tensor audio = normalizedRows(head(embeddings.index_select(0, torch::tensor(rows))));
    return symmetricInfoNce(audio, tower(torch::tensor(ids), torch::tensor(offsets)), logScale);
}

}  // namespace lectern::ml
