#include "dsp/Spectrogram.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>

namespace lectern {
namespace {

constexpr int kAxisHeight = 14;
constexpr double kDynamicRange = 9.0;  // natural-log units shown below the loudest value (about 39 dB)

// viridis at ten equal steps
constexpr std::array<std::array<uint8_t, 3>, 10> kViridis = {{{68, 1, 84},    {72, 40, 120},  {62, 74, 137},
                                                             {49, 104, 142}, {38, 130, 142}, {31, 158, 137},
                                                             {53, 183, 121}, {109, 205, 89}, {180, 222, 44},
                                                             {253, 231, 37}}};

void colourOf(double level, uint8_t* rgb)
{
    // NaN (which std::clamp passes through) draws as the quietest colour.
    const double position = (std::isnan(level) ? 0.0 : std::clamp(level, 0.0, 1.0)) * (kViridis.size() - 1);
    const auto low = static_cast<size_t>(position);
    const size_t high = std::min(low + 1, kViridis.size() - 1);
    const double t = position - static_cast<double>(low);
    for (int c = 0; c < 3; ++c) {
        rgb[c] = static_cast<uint8_t>(std::lround(kViridis[low][static_cast<size_t>(c)] * (1 - t) +
                                                  kViridis[high][static_cast<size_t>(c)] * t));
    }
}

// A 3x5 pixel font for axis labels: digits, '.', ':' and 's'.
const std::array<uint16_t, 13> kGlyphs = {
    0b111101101101111, 0b010110010010111, 0b111001111100111, 0b111001111001111, 0b101101111001001,
    0b111100111001111, 0b111100111101111, 0b111001001001001, 0b111101111101111, 0b111101111001111,
    0b000000000000010, 0b000010000010000, 0b000011010001110};

int glyphIndex(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c == '.') return 10;
    if (c == ':') return 11;
    if (c == 's') return 12;
    return -1;
}

void drawText(RgbImage& image, int x, int y, const std::string& text)
{
    for (char c : text) {
        const int glyph = glyphIndex(c);
        if (glyph >= 0) {
            for (int row = 0; row < 5; ++row) {
                for (int column = 0; column < 3; ++column) {
                    if ((kGlyphs[static_cast<size_t>(glyph)] >> (14 - row * 3 - column)) & 1) {
                        const int px = x + column, py = y + row;
                        if (px >= 0 && px < image.width && py >= 0 && py < image.height) {
                            std::memset(image.at(px, py), 230, 3);
                        }
                    }
                }
            }
        }
        x += 4;
    }
}

std::string secondsLabel(double seconds, double step)
{
    char text[32];
    if (seconds >= 60 && step >= 1) {
        const int whole = static_cast<int>(std::lround(seconds));
        std::snprintf(text, sizeof text, "%d:%02d", whole / 60, whole % 60);
    } else if (step < 1) {
        std::snprintf(text, sizeof text, "%.1fs", seconds);
    } else {
        std::snprintf(text, sizeof text, "%ds", static_cast<int>(std::lround(seconds)));
    }
    return text;
}

void drawAxis(RgbImage& image, int top, double start, double end)
{
    for (int y = top; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) std::memset(image.at(x, y), 24, 3);
    }
    const double span = std::max(end - start, 1e-3);
    const double pixelsPerSecond = image.width / span;
    double step = 0.1;
    for (double candidate : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0}) {
        step = candidate;
        if (candidate * pixelsPerSecond >= 60) break;
    }
    for (double tick = std::ceil(start / step) * step; tick <= end; tick += step) {
        const int x = static_cast<int>(std::lround((tick - start) * pixelsPerSecond));
        if (x < 0 || x >= image.width) continue;
        for (int y = top; y < top + 4 && y < image.height; ++y) std::memset(image.at(x, y), 230, 3);
        drawText(image, x + 2, top + 6, secondsLabel(tick, step));
    }
}

}  // namespace

FramePooler::FramePooler(int factor, MelSpectrogram& pooled) : factor_(factor), pooled_(pooled) {}

void FramePooler::add(const float* frame)
{
    for (int band = 0; band < kMelBands; ++band) sum_[static_cast<size_t>(band)] += frame[band];
    if (++count_ == factor_) flush();
}

void FramePooler::flush()
{
    if (count_ == 0) return;
    for (float& sum : sum_) {
        pooled_.values.push_back(sum / static_cast<float>(count_));
        sum = 0.0f;
    }
    count_ = 0;
}

MelSpectrogram poolFrames(const MelSpectrogram& spectrogram, int factor)
{
    MelSpectrogram pooled;
    pooled.framesPerSecond = spectrogram.framesPerSecond / factor;
    pooled.startSeconds = spectrogram.startSeconds;
    FramePooler pooler(factor, pooled);
    for (size_t frame = 0; frame < spectrogram.frames(); ++frame) pooler.add(spectrogram.values.data() + frame * kMelBands);
    pooler.flush();
    return pooled;
}

int overviewWidth(double durationSeconds)
{
    return std::clamp(static_cast<int>(std::lround(durationSeconds * 20.0)), 120, 2400);
}

RgbImage renderSpectrogram(const MelSpectrogram& spectrogram, const SpectrogramView& view)
{
    const int width = std::max(16, view.width), height = std::max(24, view.height);
    RgbImage image(width, height);
    const int plotHeight = view.timeAxis ? height - kAxisHeight : height;
    const double start = view.startSeconds;
    const double end = view.endSeconds > start ? view.endSeconds : std::max(start + 0.01, spectrogram.endSeconds());
    const size_t frames = spectrogram.frames();
    float loudest = std::log(kMelLogOffset);
    for (float v : spectrogram.values) loudest = std::max(loudest, v);
    const double floor = loudest - kDynamicRange;

    for (int x = 0; x < width; ++x) {
        // The frames under this column, averaged; at least the nearest one.
        const double from = start + (end - start) * x / width, to = start + (end - start) * (x + 1) / width;
        const double firstFrame = (from - spectrogram.startSeconds) * spectrogram.framesPerSecond;
        const double lastFrame = (to - spectrogram.startSeconds) * spectrogram.framesPerSecond;
        const long long first = static_cast<long long>(std::floor(firstFrame));
        const long long last = std::max(first + 1, static_cast<long long>(std::ceil(lastFrame)));
        std::array<float, kMelBands> column{};
        int count = 0;
        for (long long f = first; f < last; ++f) {
            if (f < 0 || f >= static_cast<long long>(frames)) continue;
            for (int band = 0; band < kMelBands; ++band) column[static_cast<size_t>(band)] += spectrogram.values[static_cast<size_t>(f) * kMelBands + static_cast<size_t>(band)];
            ++count;
        }
        for (int y = 0; y < plotHeight; ++y) {
            uint8_t* pixel = image.at(x, y);
            if (count == 0) {
                std::memset(pixel, 0, 3);
                continue;
            }
            // Low bands at the bottom; linear interpolation between bands.
            const double bandPosition = (plotHeight - 1 - y) * (kMelBands - 1.0) / std::max(1, plotHeight - 1);
            const auto low = static_cast<size_t>(bandPosition);
            const size_t high = std::min<size_t>(low + 1, kMelBands - 1);
            const double t = bandPosition - static_cast<double>(low);
            const double value = (column[low] * (1 - t) + column[high] * t) / count;
            colourOf((value - floor) / kDynamicRange, pixel);
        }
    }
    if (view.timeAxis) drawAxis(image, plotHeight, start, end);
    return image;
}

Status saveSpectrogramCache(const std::filesystem::path& file, const MelSpectrogram& spectrogram)
{
    // Quantised to a byte per value between the spectrogram's own extremes.
    float low = 0, high = 0;
    if (!spectrogram.values.empty()) {
        const auto [minimum, maximum] = std::minmax_element(spectrogram.values.begin(), spectrogram.values.end());
        low = *minimum;
        high = *maximum;
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    const uint32_t frames = static_cast<uint32_t>(spectrogram.frames());
    const double fps = spectrogram.framesPerSecond;
    out.write("LMEL1", 5);
    out.write(reinterpret_cast<const char*>(&fps), sizeof fps);
    out.write(reinterpret_cast<const char*>(&frames), sizeof frames);
    out.write(reinterpret_cast<const char*>(&low), sizeof low);
    out.write(reinterpret_cast<const char*>(&high), sizeof high);
    const float scale = high > low ? 255.0f / (high - low) : 0.0f;
    std::vector<uint8_t> bytes;
    bytes.reserve(spectrogram.values.size());
    for (float v : spectrogram.values) bytes.push_back(static_cast<uint8_t>(std::lround((v - low) * scale)));
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out) return failure("cannot write the spectrogram cache " + file.string());
    return success();
}

Result<MelSpectrogram> loadSpectrogramCache(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    char magic[5];
    MelSpectrogram spectrogram;
    uint32_t frames = 0;
    float low = 0, high = 0;
    in.read(magic, 5);
    in.read(reinterpret_cast<char*>(&spectrogram.framesPerSecond), sizeof spectrogram.framesPerSecond);
    in.read(reinterpret_cast<char*>(&frames), sizeof frames);
    in.read(reinterpret_cast<char*>(&low), sizeof low);
    in.read(reinterpret_cast<char*>(&high), sizeof high);
    if (!in || std::memcmp(magic, "LMEL1", 5) != 0 || frames > (1u << 28)) {
        return failure("no usable spectrogram cache at " + file.string());
    }
    std::vector<uint8_t> bytes(static_cast<size_t>(frames) * kMelBands);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!in) return failure("the spectrogram cache " + file.string() + " is truncated");
    spectrogram.values.reserve(bytes.size());
    for (uint8_t b : bytes) spectrogram.values.push_back(low + (high - low) * b / 255.0f);
    return spectrogram;
}

Result<MelSpectrogram> spectrogramForView(const std::filesystem::path& media, const std::filesystem::path& cacheFile,
                                          const SpectrogramView& view)
{
    if (!cacheFile.empty()) {
        if (auto cached = loadSpectrogramCache(cacheFile)) {
            const double end = view.endSeconds > 0 ? view.endSeconds : cached->endSeconds();
            const double columnsPerSecond = view.width / std::max(0.01, end - view.startSeconds);
            if (columnsPerSecond <= cached->framesPerSecond) return cached;
        }
    }
    const ClipRange range{view.startSeconds, view.endSeconds > 0 ? std::optional<double>(view.endSeconds) : std::nullopt};
    return computeSpectrogram(media, range);
}

Result<MelSpectrogram> computeSpectrogram(const std::filesystem::path& media, const ClipRange& range)
{
    auto clip = readClip(media, range, 4 * 3600.0);
    if (!clip) return clip.error();
    MelSpectrogram spectrogram;
    spectrogram.startSeconds = range.startSeconds;
    LogMelExtractor extractor;
    extractor.process(*clip, spectrogram.values);
    return spectrogram;
}

}  // namespace lectern
