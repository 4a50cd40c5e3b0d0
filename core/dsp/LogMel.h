// The log-mel front end of design §5 (VGGish-compatible): 16 kHz, 400-sample
// periodic Hann window, hop 160, 512-point FFT magnitude, 64 HTK-mel bands
// from 125 to 7500 Hz, log(mel + 0.01). Streamed: frames come out as
// samples go in.
#pragma once

#include <memory>
#include <span>
#include <vector>

namespace lectern {

class RealFft;

inline constexpr int kMelBands = 64;
inline constexpr int kMelWindowLength = 400;
inline constexpr int kMelHop = 160;
inline constexpr int kMelFftSize = 512;
inline constexpr int kMelFramesPerSecond = 100;
inline constexpr float kMelLogOffset = 0.01f;
inline constexpr double kMelLowHz = 125.0;
inline constexpr double kMelHighHz = 7500.0;

// The band weights over the 257 FFT bins, row per band, as VGGish builds them.
std::vector<std::vector<double>> melWeights();
double hertzToMel(double hertz);

class LogMelExtractor {
public:
    LogMelExtractor();
    ~LogMelExtractor();
    LogMelExtractor(const LogMelExtractor&) = delete;
    LogMelExtractor& operator=(const LogMelExtractor&) = delete;

    // Appends every frame completed by these samples to `frames`, kMelBands
    // values per frame.
    void process(std::span<const float> samples, std::vector<float>& frames);
    long long framesProduced() const { return framesProduced_; }

private:
    void computeFrame(const float* samples, std::vector<float>& frames);

    std::unique_ptr<RealFft> fft_;
    std::vector<float> window_;
    // Sparse band weights: for each band its first bin and its weights.
    std::vector<int> bandFirstBin_;
    std::vector<std::vector<float>> bandWeights_;
    std::vector<float> pending_;
    size_t pendingStart_ = 0;
    long long framesProduced_ = 0;
};

}  // namespace lectern
