// The voice pitch that labels recordings of speech as men's or women's
// (tools/vocabulary/VoicePitch.h, issue 25).
#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

#include "vocabulary/VoicePitch.h"

using lectern::vocabulary::voicePitchOf;

namespace {

constexpr double kRate = 16000.0;

// A voice-like tone: a fundamental and its falling harmonics, with a slow
// vibrato, for `seconds`.
std::vector<float> voicedTone(double hz, double seconds)
{
    std::vector<float> samples(static_cast<size_t>(seconds * kRate));
    double phase = 0.0;
    for (size_t i = 0; i < samples.size(); ++i) {
        const double t = static_cast<double>(i) / kRate;
        phase += 2.0 * M_PI * hz * (1.0 + 0.02 * std::sin(2.0 * M_PI * 5.0 * t)) / kRate;
        double value = 0.0;
        for (int harmonic = 1; harmonic <= 8; ++harmonic) value += std::sin(harmonic * phase) / harmonic;
        samples[i] = static_cast<float>(0.2 * value);
    }
    return samples;
}

}  // namespace

class VoicePitchTest : public QObject {
    Q_OBJECT
private slots:
    void aLowVoiceIsFoundAtItsFundamental()
    {
        const auto pitch = voicePitchOf(voicedTone(110.0, 1.0));
        QVERIFY(pitch);
        QVERIFY2(std::abs(pitch->medianHz - 110.0) < 4.0, qPrintable(QString::number(pitch->medianHz)));
    }

    void aHighVoiceIsFoundAtItsFundamentalNotAnOctaveOff()
    {
        const auto pitch = voicePitchOf(voicedTone(230.0, 1.0));
        QVERIFY(pitch);
        QVERIFY2(std::abs(pitch->medianHz - 230.0) < 8.0, qPrintable(QString::number(pitch->medianHz)));
    }

    void pausesBetweenWordsDoNotCount()
    {
        std::vector<float> speech = voicedTone(180.0, 0.4);
        speech.resize(speech.size() + static_cast<size_t>(0.8 * kRate), 0.0f);
        const std::vector<float> word = voicedTone(180.0, 0.4);
        speech.insert(speech.end(), word.begin(), word.end());
        const auto pitch = voicePitchOf(speech);
        QVERIFY(pitch);
        QVERIFY(std::abs(pitch->medianHz - 180.0) < 6.0);
        QVERIFY(pitch->voicedFrames < 90);  // the 0.8 s pause is not voiced
    }

    void noiseHasNoVoice()
    {
        std::mt19937 rng(3);
        std::normal_distribution<float> noise(0.0f, 0.1f);
        std::vector<float> samples(static_cast<size_t>(kRate));
        for (float& s : samples) s = noise(rng);
        QVERIFY(!voicePitchOf(samples));
    }

    void silenceHasNoVoice() { QVERIFY(!voicePitchOf(std::vector<float>(16000, 0.0f))); }
};

QTEST_GUILESS_MAIN(VoicePitchTest)
#include "VoicePitchTest.moc"
