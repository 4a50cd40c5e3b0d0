#include "HandFeatures.h"

#include "classify/SoundDescriptors.h"
#include "classify/SoundProfile.h"

namespace lectern::ml {
namespace {

// One row per clip of what `features` makes of its frames, zeros where it makes nothing.
template <typename Accumulator, typename Read>
torch::Tensor rowsOf(const std::vector<ClipFeatures>& clips, size_t width, Read read)
{
    std::vector<torch::Tensor> rows;
    for (const ClipFeatures& clip : clips) {
        Accumulator accumulator;
        accumulator.addFrames(clip.frames);
        std::vector<float> row = read(accumulator);
        row.resize(width, 0.0f);
        rows.push_back(torch::tensor(row));
    }
    return torch::stack(rows);
}

}  // namespace

torch::Tensor soundDescriptorRows(const std::vector<ClipFeatures>& clips)
{
    return rowsOf<SoundDescriptorAccumulator>(clips, kSoundDescriptorCount,
                                              [](const auto& accumulator) { return accumulator.descriptors(); });
}

torch::Tensor soundProfileRows(const std::vector<ClipFeatures>& clips)
{
    return rowsOf<SoundProfileAccumulator>(clips, kSoundProfileSize,
                                           [](const auto& accumulator) { return accumulator.profile(); });
}

torch::Tensor handFeatureRows(const std::vector<ClipFeatures>& clips)
{
    return soundDescriptorRows(clips).narrow(1, 0, kClassicalDescriptorCount);
}

torch::Tensor descriptiveFeatureRows(const std::vector<ClipFeatures>& clips)
{
    const torch::Tensor descriptors = soundDescriptorRows(clips);
    return torch::cat({descriptors.narrow(1, 0, kClassicalDescriptorCount), soundProfileRows(clips),
                       descriptors.narrow(1, kClassicalDescriptorCount, kBeatBins)},
                      1);
}

}  // namespace lectern::ml
