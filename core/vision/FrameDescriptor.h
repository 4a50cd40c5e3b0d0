// A frame descriptor for keyframe selection (P2 leaves its "salient-region
// deep features" unspecified): a hue-saturation histogram (8 x 3, square
// roots so that the cosine behaves like the Bhattacharyya coefficient; no
// brightness bins, so a fading shot still resembles itself) and
// the spatial layout as the 4 x 4 grid's mean colours relative to the
// frame's mean, unnormalised so that flat frames have little of it.
// L2-normalised as a whole; similarity is the cosine.
#pragma once

#include <vector>

#include "media/ImageWriter.h"

namespace lectern {

inline constexpr int kDescriptorFrameWidth = 64;
inline constexpr int kDescriptorFrameHeight = 48;

using FrameDescriptor = std::vector<float>;

FrameDescriptor describeFrame(const RgbImage& frame);
float descriptorSimilarity(const FrameDescriptor& a, const FrameDescriptor& b);

}  // namespace lectern
