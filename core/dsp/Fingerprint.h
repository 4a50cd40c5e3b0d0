// Audio sub-fingerprints in the style of Haitsma and Kalker: 32 bits per
// frame, each the sign of the change over time of the energy difference
// between two adjacent bands (33 bands, log-spaced, 300-2000 Hz). Signs of
// energy differences survive gain changes, added noise and lossy coding.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace lectern {

class RealFft;

inline constexpr int kFingerprintFrameLength = 4096;  // 256 ms at 16 kHz
inline constexpr int kFingerprintHop = 512;           // 32 ms
inline constexpr double kFingerprintFramesPerSecond = 16000.0 / kFingerprintHop;
inline constexpr int kFingerprintBits = 32;
// Stored with the codes; bump when the recipe changes (and add a catalog
// migration that marks items with older codes for analysis).
inline constexpr int kFingerprintVersion = 3;

class FingerprintExtractor {
public:
    FingerprintExtractor();
    ~FingerprintExtractor();
    FingerprintExtractor(const FingerprintExtractor&) = delete;
    FingerprintExtractor& operator=(const FingerprintExtractor&) = delete;

    // Appends the codes completed by these samples. With `margins`, also
    // appends for every code its 32 bit margins (how far each bit's quantity
    // was from flipping, relative to the frame): small margins are bits a
    // distortion flips first.
    void process(std::span<const float> samples, std::vector<uint32_t>& codes,
                 std::vector<float>* margins = nullptr);

private:
    void computeFrame(const float* samples, std::vector<uint32_t>& codes, std::vector<float>* margins);

    std::unique_ptr<RealFft> fft_;
    std::vector<float> window_;
    std::vector<int> bandEdges_;  // FFT bins, 34 edges for 33 bands
    std::array<double, kFingerprintBits> previousDifferences_{};
    // Band energies of the last eight frames (480 ms of signal), summed to
    // steady the noise's share: measured against three and sixteen frames,
    // eight gave the fewest bit errors under white noise at 0 dB and babble
    // without losing the time detail that places a match (tools/README.md).
    std::array<std::array<double, kFingerprintBits + 1>, 8> history_{};
    size_t historyNext_ = 0;
    bool havePrevious_ = false;
    std::vector<float> pending_;
    size_t pendingStart_ = 0;
};

// Codes of a whole signal, for tests and tools.
std::vector<uint32_t> fingerprintOf(std::span<const float> samples, std::vector<float>* margins = nullptr);

}  // namespace lectern
