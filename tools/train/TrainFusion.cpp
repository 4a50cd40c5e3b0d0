// The fusion's joint heads, on the validation split's channel outputs.
#include <torch/torch.h>

#include <algorithm>
#include <iostream>
#include <random>
#include <string>

#include "../ml/ChannelOutputs.h"
#include "../ml/CorpusFeatures.h"
#include "../ml/FusionHeads.h"

#include "Trainers.h"

namespace lectern::ml {

int trainFusion(const TrainOptions& options)
{
    // The joint heads learn from the validation split, whose channel outputs
    // are as good as they will be on new files (the training split's are not).
    const auto val = readSplit(options.features / "val.lcf");
    const ChannelOutputs outputs = channelOutputs(val, options.models);
    torch::manual_seed(options.seed);
    FusionHeads heads(outputs.audioFeatures.size(1), outputs.textFeatures.size(1));
    torch::optim::AdamW optimizer(heads->parameters(), torch::optim::AdamWOptions(1e-2).weight_decay(1e-2));
    for (int step = 0; step < 400; ++step) {
        optimizer.zero_grad();
        const torch::Tensor loss =
            torch::cross_entropy_loss(heads->plainLogits(outputs.audioFeatures, outputs.textFeatures), outputs.labels) +
            torch::cross_entropy_loss(heads->videoLogits(outputs.audioFeatures, outputs.textFeatures,
                                                         outputs.textConfidence, outputs.hasVideo),
                                      outputs.labels);
        loss.backward();
        optimizer.step();
    }
    exportFusionHeads(heads, options.models / "fusion.pt");
    std::cout << "fusion heads written to " << (options.models / "fusion.pt") << "\n";
    return 0;
}

}  // namespace lectern::ml
