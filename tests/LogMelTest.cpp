// The log-mel front end against an independent double-precision reference
// and against cases whose answer is known.
#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>

#include "dsp/LogMel.h"

using namespace lectern;

namespace {

// A straightforward reference: naive DFT in double precision, same recipe.
std::vector<double> referenceFrames(const std::vector<float>& signal)
{
    const auto weights = melWeights();
    std::vector<double> out;
    for (size_t start = 0; start + kMelWindowLength <= signal.size(); start += kMelHop) {
        std::vector<double> magnitude(kMelFftSize / 2 + 1);
        for (int k = 0; k <= kMelFftSize / 2; ++k) {
            double re = 0, im = 0;
            for (int n = 0; n < kMelWindowLength; ++n) {
                const double w = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * n / kMelWindowLength);
                const double x = signal[start + static_cast<size_t>(n)] * w;
                re += x * std::cos(2 * std::numbers::pi * k * n / kMelFftSize);
                im -= x * std::sin(2 * std::numbers::pi * k * n / kMelFftSize);
            }
            magnitude[static_cast<size_t>(k)] = std::hypot(re, im);
        }
        for (int band = 0; band < kMelBands; ++band) {
            double energy = 0;
            for (size_t k = 0; k < magnitude.size(); ++k) energy += weights[static_cast<size_t>(band)][k] * magnitude[k];
            out.push_back(std::log(energy + 0.01));
        }
    }
    return out;
}

std::vector<float> sine(double hertz, double amplitude, int samples)
{
    std::vector<float> signal(static_cast<size_t>(samples));
    for (int n = 0; n < samples; ++n) {
        signal[static_cast<size_t>(n)] = static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * hertz * n / 16000.0));
    }
    return signal;
}

std::vector<float> extract(const std::vector<float>& signal, size_t chunk)
{
    LogMelExtractor extractor;
    std::vector<float> frames;
    for (size_t i = 0; i < signal.size(); i += chunk) {
        extractor.process(std::span(signal).subspan(i, std::min(chunk, signal.size() - i)), frames);
    }
    return frames;
}

}  // namespace

class LogMelTest : public QObject {
    Q_OBJECT

private slots:
    void matchesADoublePrecisionReferenceWithin1e4()
    {
        std::mt19937 random(7);
        std::normal_distribution<float> noise(0.0f, 0.1f);
        std::vector<float> signal = sine(440.0, 0.5, 4000);
        for (float& sample : signal) sample += noise(random);
        const std::vector<float> frames = extract(signal, 1000);
        const std::vector<double> reference = referenceFrames(signal);
        QCOMPARE(frames.size(), reference.size());
        double worst = 0;
        for (size_t i = 0; i < frames.size(); ++i) worst = std::max(worst, std::abs(frames[i] - reference[i]));
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    }

    void oneKilohertzSinePeaksInTheBandCentredNearest()
    {
        const std::vector<float> frames = extract(sine(1000.0, 0.5, 16000), 16000);
        const double low = hertzToMel(kMelLowHz), high = hertzToMel(kMelHighHz);
        int expected = 0;
        double nearest = 1e9;
        for (int band = 0; band < kMelBands; ++band) {
            const double centre = low + (high - low) * (band + 1) / (kMelBands + 1);
            if (std::abs(centre - hertzToMel(1000.0)) < nearest) {
                nearest = std::abs(centre - hertzToMel(1000.0));
                expected = band;
            }
        }
        const float* frame = frames.data() + 10 * kMelBands;
        QCOMPARE(static_cast<int>(std::max_element(frame, frame + kMelBands) - frame), expected);
    }

    void silenceGivesTheLogOfTheOffset()
    {
        const std::vector<float> frames = extract(std::vector<float>(3200, 0.0f), 3200);
        QVERIFY(!frames.empty());
        for (float value : frames) QCOMPARE(value, std::log(0.01f));
    }

    void frameCountFollowsWindowAndHop()
    {
        QCOMPARE(extract(std::vector<float>(16000, 0.0f), 16000).size(), size_t((1 + (16000 - 400) / 160) * kMelBands));
        QCOMPARE(extract(std::vector<float>(399, 0.0f), 399).size(), size_t(0));
    }

    void chunkingDoesNotChangeTheFrames()
    {
        const std::vector<float> signal = sine(300.0, 0.3, 12345);
        QCOMPARE(extract(signal, 37), extract(signal, 12345));
    }
};

QTEST_GUILESS_MAIN(LogMelTest)
#include "LogMelTest.moc"
