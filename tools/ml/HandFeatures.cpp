#include "HandFeatures.h"

#include "classify/SoundDescriptors.h"
#include "classify/SoundProfile.h"

namespace lectern::ml {
namespace {

std::vector<float> descriptorsOf(const ClipFeatures& clip)
{
    SoundDescriptorAccumulator descriptors;
    descriptors.addFrames(clip.frames);
    std::vector<float> values = descriptors.descriptors();
    values.resize(kSoundDescriptorCount, 0.0f);  // zeros for a clip without frames
    return values;
}

torch::Tensor rowsOf(const std::vector<ClipFeatures>& clips,
                     std::vector<float> (*features)(const ClipFeatures&))
{
    std::vector<torch::Tensor> rows;
    for (const auto& clip : clips) rows.push_back(torch::tensor(features(clip)));
    return torch::stack(rows);
}

}  // namespace

std::vector<float> handFeatures(const ClipFeatures& clip)
{
    std::vector<float> values = descriptorsOf(clip);
    values.resize(kClassicalDescriptorCount);
    return values;
}

std::vector<float> descriptiveFeatures(const ClipFeatures& clip)
{
    SoundProfileAccumulator profile;
    profile.addFrames(clip.frames);
    std::vector<float> values = profile.profile();
    values.resize(kSoundProfileSize, 0.0f);
    const std::vector<float> descriptors = descriptorsOf(clip);
    values.insert(values.end(), descriptors.begin() + kClassicalDescriptorCount, descriptors.end());
    return values;
}

torch::Tensor descriptiveFeatureRows(const std::vector<ClipFeatures>& clips)
{
    return torch::cat({rowsOf(clips, handFeatures), rowsOf(clips, descriptiveFeatures)}, 1);
}

torch::Tensor handFeatureRows(const std::vector<ClipFeatures>& clips)
{
    return rowsOf(clips, handFeatures);
}

torch::Tensor soundDescriptorRows(const std::vector<ClipFeatures>& clips)
{
    return rowsOf(clips, descriptorsOf);
}

}  // namespace lectern::ml
