#include "vision/FrameDescriptor.h"

#include <algorithm>
#include <cmath>

#include "common/UnitVectors.h"

namespace lectern {
namespace {

constexpr int kHueBins = 8, kSaturationBins = 3, kValueBins = 1, kGrid = 4;  // value bins: see the header
constexpr float kLayoutWeight = 2.0f;  // cell contrasts are small numbers next to the unit histogram

struct Hsv {
    float h, s, v;  // h in [0, 1), s and v in [0, 1]
};

Hsv toHsv(const uint8_t* rgb)
{
    const float r = rgb[0] / 255.0f, g = rgb[1] / 255.0f, b = rgb[2] / 255.0f;
    const float maximum = std::max({r, g, b}), minimum = std::min({r, g, b}), range = maximum - minimum;
    float hue = 0.0f;
    if (range > 1e-6f) {
        if (maximum == r) {
            hue = (g - b) / range;
        } else if (maximum == g) {
            hue = 2.0f + (b - r) / range;
        } else {
            hue = 4.0f + (r - g) / range;
        }
        hue /= 6.0f;
        if (hue < 0) hue += 1.0f;
    }
    return {hue, maximum > 0 ? range / maximum : 0.0f, maximum};
}

}  // namespace

FrameDescriptor describeFrame(const RgbImage& frame)
{
    std::vector<float> histogram(kHueBins * kSaturationBins * kValueBins, 0.0f);
    std::vector<float> layout(kGrid * kGrid * 3, 0.0f);
    std::vector<int> cellPixels(kGrid * kGrid, 0);
    float mean[3] = {0, 0, 0};
    for (int y = 0; y < frame.height; ++y) {
        for (int x = 0; x < frame.width; ++x) {
            const uint8_t* pixel = frame.at(x, y);
            const Hsv hsv = toHsv(pixel);
            const int h = std::min(kHueBins - 1, static_cast<int>(hsv.h * kHueBins));
            const int s = std::min(kSaturationBins - 1, static_cast<int>(hsv.s * kSaturationBins));
            const int v = std::min(kValueBins - 1, static_cast<int>(hsv.v * kValueBins));
            histogram[static_cast<size_t>((h * kSaturationBins + s) * kValueBins + v)] += 1.0f;
            const int cell = (y * kGrid / frame.height) * kGrid + x * kGrid / frame.width;
            ++cellPixels[static_cast<size_t>(cell)];
            for (int c = 0; c < 3; ++c) {
                layout[static_cast<size_t>(cell * 3 + c)] += pixel[c] / 255.0f;
                mean[c] += pixel[c] / 255.0f;
            }
        }
    }
    const float pixels = static_cast<float>(std::max(1, frame.width * frame.height));
    for (float& bin : histogram) bin = std::sqrt(bin / pixels);
    for (int cell = 0; cell < kGrid * kGrid; ++cell) {
        for (int c = 0; c < 3; ++c) {
            float& value = layout[static_cast<size_t>(cell * 3 + c)];
            value = value / static_cast<float>(std::max(1, cellPixels[static_cast<size_t>(cell)])) - mean[c] / pixels;
        }
    }
    // The layout keeps its scale: a low-contrast frame (a colour field, a fade)
    // has little layout, and normalising it would blow noise up to full weight.
    normalizeToUnitLength(histogram);
    FrameDescriptor descriptor;
    for (float v : histogram) descriptor.push_back(v);
    for (float v : layout) descriptor.push_back(v * kLayoutWeight);
    normalizeToUnitLength(descriptor);
    return descriptor;
}

float descriptorSimilarity(const FrameDescriptor& a, const FrameDescriptor& b)
{
    float dot = 0;
    for (size_t i = 0; i < a.size(); ++i) dot += a[i] * b[i];
    return dot;
}

}  // namespace lectern
