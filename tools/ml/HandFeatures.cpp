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

namespace lectern::ml {

std::vector<float> descriptiveFeatures(const ClipFeatures& clip)
{
    const long long frames = clip.frameCount();
    std::vector<float> out;
    for (int b = 0; b < kMelBands; ++b) {
        std::vector<double> band;
        for (long long t = 0; t < frames; ++t) band.push_back(clip.frames[static_cast<size_t>(t * kMelBands + b)]);
        addMeanAndSpread(band, out);
    }
    std::vector<double> flux(static_cast<size_t>(std::max(0LL, frames - 1)));
    for (long long t = 1; t < frames; ++t) {
        double rise = 0;
        for (int b = 0; b < kMelBands; ++b) {
            rise += std::max(0.0, double{clip.frames[static_cast<size_t>(t * kMelBands + b)]} -
                                      clip.frames[static_cast<size_t>((t - 1) * kMelBands + b)]);
        }
        flux[static_cast<size_t>(t - 1)] = rise;
    }
    const double mean = flux.empty() ? 0 : std::accumulate(flux.begin(), flux.end(), 0.0) / double(flux.size());
    for (double& v : flux) v -= mean;
    const double energy = std::inner_product(flux.begin(), flux.end(), flux.begin(), 0.0) + 1e-9;
    constexpr int kBins = 16;
    const double lowLag = 6000.0 / 200, highLag = 6000.0 / 40;  // frames per beat at 200 and 40 bpm
    for (int bin = 0; bin < kBins; ++bin) {
        const auto from = static_cast<size_t>(lowLag * std::pow(highLag / lowLag, double(bin) / kBins));
        const auto to = static_cast<size_t>(lowLag * std::pow(highLag / lowLag, double(bin + 1) / kBins));
        double best = 0;
        for (size_t lag = from; lag <= to && lag < flux.size(); ++lag) {
            double c = 0;
            for (size_t t = lag; t < flux.size(); ++t) c += flux[t] * flux[t - lag];
            best = std::max(best, c / energy);
        }
        out.push_back(static_cast<float>(best));
    }
    return out;
}

torch::Tensor descriptiveFeatureRows(const std::vector<ClipFeatures>& clips)
{
    std::vector<torch::Tensor> rows;
    for (const auto& clip : clips) {
        std::vector<float> row = handFeatures(clip);
        const std::vector<float> more = descriptiveFeatures(clip);
        row.insert(row.end(), more.begin(), more.end());
        rows.push_back(torch::tensor(row));
    }
    return torch::stack(rows);
}

torch::Tensor handFeatureRows(const std::vector<ClipFeatures>& clips)
{
    std::vector<torch::Tensor> rows;
    for (const auto& clip : clips) rows.push_back(torch::tensor(handFeatures(clip)));
    return torch::stack(rows);
}

}  // namespace lectern::ml
