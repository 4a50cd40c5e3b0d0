#include "HandFeatures.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "dsp/LogMel.h"

namespace lectern::ml {
namespace {

constexpr int kCepstra = 13;

void addMeanAndSpread(const std::vector<double>& values, std::vector<float>& out)
{
    double mean = 0, square = 0;
    for (double v : values) mean += v;
    mean /= std::max<size_t>(1, values.size());
    for (double v : values) square += (v - mean) * (v - mean);
    out.push_back(static_cast<float>(mean));
    out.push_back(static_cast<float>(std::sqrt(square / std::max<size_t>(1, values.size()))));
}

}  // namespace

std::vector<float> handFeatures(const ClipFeatures& clip)
{
    const long long frames = clip.frameCount();
    std::vector<std::vector<double>> cepstra(kCepstra), deltas(kCepstra);
    std::vector<double> energyDb, flux;
    std::vector<double> previous(kCepstra, 0.0);
    for (long long t = 0; t < frames; ++t) {
        const float* frame = clip.frames.data() + t * kMelBands;
        double energy = 0;
        for (int b = 0; b < kMelBands; ++b) energy += std::exp(double{frame[b]});
        energyDb.push_back(20 * std::log10(energy / kMelBands + 1e-6));
        for (int k = 0; k < kCepstra; ++k) {  // DCT-II of the log-mel bands
            double c = 0;
            for (int b = 0; b < kMelBands; ++b) c += frame[b] * std::cos(M_PI * k * (b + 0.5) / kMelBands);
            cepstra[static_cast<size_t>(k)].push_back(c);
            if (t > 0) deltas[static_cast<size_t>(k)].push_back(c - previous[static_cast<size_t>(k)]);
            previous[static_cast<size_t>(k)] = c;
        }
        if (t > 0) {
            double d = 0;
            for (int b = 0; b < kMelBands; ++b) d += std::pow(double{frame[b]} - frame[b - kMelBands], 2);
            flux.push_back(std::sqrt(d));
        }
    }
    std::vector<float> out;
    for (const auto& c : cepstra) addMeanAndSpread(c, out);
    for (const auto& d : deltas) out.push_back(static_cast<float>(std::sqrt(
        std::inner_product(d.begin(), d.end(), d.begin(), 0.0) / std::max<size_t>(1, d.size()))));
    addMeanAndSpread(flux, out);
    addMeanAndSpread(energyDb, out);
    // Low-energy frames: under the mean energy of the surrounding second.
    double lowFrames = 0;
    for (size_t t = 0; t < energyDb.size(); ++t) {
        const size_t from = t >= 50 ? t - 50 : 0, to = std::min(energyDb.size(), t + 50);
        double local = 0;
        for (size_t u = from; u < to; ++u) local += energyDb[u];
        lowFrames += energyDb[t] < local / double(to - from) - 3.0;
    }
    out.push_back(static_cast<float>(lowFrames / std::max<size_t>(1, energyDb.size())));
    // Pauses: runs of at least 0.2 s more than 30 dB under the loud frames.
    std::vector<double> sorted = energyDb;
    std::sort(sorted.begin(), sorted.end());
    const double loud = sorted.empty() ? 0 : sorted[sorted.size() * 95 / 100];
    std::vector<double> pauses;
    long run = 0;
    double pausedFrames = 0;
    for (size_t t = 0; t <= energyDb.size(); ++t) {
        const bool quiet = t < energyDb.size() && energyDb[t] < loud - 30;
        pausedFrames += quiet;
        if (quiet) { ++run; continue; }
        if (run >= 20) pauses.push_back(run / 100.0);
        run = 0;
    }
    const double minutes = std::max(1e-3, frames / 6000.0);
    out.push_back(static_cast<float>(pausedFrames / std::max<long long>(1, frames)));
    out.push_back(static_cast<float>(pauses.size() / minutes));
    addMeanAndSpread(pauses, out);
    return out;
}

}  // namespace lectern::ml
