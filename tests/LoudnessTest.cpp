// EBU R128 measurements on signals whose loudness is known.
#include <QtTest>

#include <cmath>
#include <numbers>

#include "dsp/Loudness.h"

using namespace lectern;

namespace {

Loudness measureSine(double amplitude, double seconds = 10.0)
{
    LoudnessMeter meter;
    std::vector<float> chunk(16000);
    long long n = 0;
    for (int second = 0; second < seconds; ++second) {
        for (float& sample : chunk) {
            sample = static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * 1000.0 * static_cast<double>(n++) / 16000.0));
        }
        meter.process(chunk);
    }
    return meter.result();
}

}  // namespace

class LoudnessTest : public QObject {
    Q_OBJECT

private slots:
    void fullScaleSineMeasuresMinus3Lufs()
    {
        const Loudness loudness = measureSine(1.0);
        QVERIFY(loudness.integratedLufs.has_value());
        QVERIFY2(std::abs(*loudness.integratedLufs + 3.01) <= 0.1, qPrintable(QString::number(*loudness.integratedLufs)));
    }

    void sineTwentyDecibelsLowerMeasuresTwentyLower()
    {
        const double full = *measureSine(1.0).integratedLufs;
        const double lower = *measureSine(0.1).integratedLufs;
        QVERIFY(std::abs((full - lower) - 20.0) <= 0.1);
    }

    void truePeakOfAFullScaleSineIsAboutZero()
    {
        const Loudness loudness = measureSine(1.0);
        QVERIFY(loudness.truePeakDbtp.has_value());
        QVERIFY(std::abs(*loudness.truePeakDbtp) < 0.5);
    }

    void steadySineHasAlmostNoLoudnessRange()
    {
        QVERIFY(*measureSine(0.5, 20).rangeLu < 1.0);
    }

    void silenceHasNoLoudness()
    {
        LoudnessMeter meter;
        meter.process(std::vector<float>(160000, 0.0f));
        QVERIFY(!meter.result().integratedLufs.has_value());
    }
};

QTEST_GUILESS_MAIN(LoudnessTest)
#include "LoudnessTest.moc"
