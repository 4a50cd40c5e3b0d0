// Writes RGB images as PNG or JPEG with FFmpeg's own encoders, so the engine
// needs no image library of its own.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "common/Result.h"

namespace lectern {

struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> pixels;  // width * height * 3, rows top to bottom

    RgbImage() = default;
    RgbImage(int w, int h) : width(w), height(h), pixels(static_cast<size_t>(w) * static_cast<size_t>(h) * 3, 0) {}
    uint8_t* at(int x, int y) { return pixels.data() + (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3; }
    const uint8_t* at(int x, int y) const
    {
        return pixels.data() + (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3;
    }
};

Status writePng(const std::filesystem::path& file, const RgbImage& image);
Status writeJpeg(const std::filesystem::path& file, const RgbImage& image);

}  // namespace lectern
