// Spectrogram pictures: size, orientation, the cache round trip, and the
// overview written on import.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <numbers>

#include "catalog/CatalogReader.h"
#include "common/Paths.h"
#include "dsp/Spectrogram.h"
#include "pipeline/Importer.h"
#include "pipeline/ItemCache.h"
#include "pipeline/analyzers/SpectrogramAnalyzer.h"
#include "support/TestSupport.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

MelSpectrogram sineSpectrogram(double hertz, double seconds)
{
    std::vector<float> signal(static_cast<size_t>(seconds * 16000));
    for (size_t n = 0; n < signal.size(); ++n) {
        signal[n] = static_cast<float>(0.5 * std::sin(2 * std::numbers::pi * hertz * static_cast<double>(n) / 16000.0));
    }
    MelSpectrogram spectrogram;
    LogMelExtractor extractor;
    extractor.process(signal, spectrogram.values);
    return spectrogram;
}

int brightness(const uint8_t* rgb) { return rgb[0] + rgb[1] + rgb[2]; }

// Width and height from a PNG's IHDR chunk.
std::pair<int, int> pngSize(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    unsigned char header[24] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    const auto big = [&](int at) { return (header[at] << 24) | (header[at + 1] << 16) | (header[at + 2] << 8) | header[at + 3]; };
    return {big(16), big(20)};
}

}  // namespace

class SpectrogramTest : public QObject {
    Q_OBJECT

private slots:
    void pictureHasTheRequestedSize()
    {
        SpectrogramView view;
        view.width = 321;
        view.height = 97;
        const RgbImage image = renderSpectrogram(sineSpectrogram(440, 2), view);
        QCOMPARE(image.width, 321);
        QCOMPARE(image.height, 97);
    }

    void higherFrequenciesAreDrawnHigher()
    {
        SpectrogramView view;
        view.width = 50;
        view.height = 128;
        view.timeAxis = false;
        const auto brightestRow = [&](double hertz) {
            const RgbImage image = renderSpectrogram(sineSpectrogram(hertz, 1), view);
            int best = 0, row = 0;
            for (int y = 0; y < image.height; ++y) {
                if (brightness(image.at(25, y)) > best) {
                    best = brightness(image.at(25, y));
                    row = y;
                }
            }
            return row;
        };
        QVERIFY(brightestRow(3000) < brightestRow(300));
    }

    void zoomedRangeShowsOnlyThatRange()
    {
        // Silence, then a tone: a picture of the silent first second stays dark.
        MelSpectrogram spectrogram = sineSpectrogram(1000, 2);
        std::fill(spectrogram.values.begin(), spectrogram.values.begin() + 100 * kMelBands, std::log(kMelLogOffset));
        SpectrogramView view;
        view.endSeconds = 0.9;
        view.width = 40;
        view.height = 64;
        view.timeAxis = false;
        const RgbImage image = renderSpectrogram(spectrogram, view);
        for (int y = 0; y < image.height; ++y) QVERIFY(brightness(image.at(20, y)) < 250);
    }

    void cacheRoundTripKeepsValuesWithinAQuantisationStep()
    {
        test::Scratch scratch;
        const MelSpectrogram original = poolFrames(sineSpectrogram(500, 1), 4);
        QVERIFY(saveSpectrogramCache(scratch.path("s.mel"), original).ok());
        auto loaded = loadSpectrogramCache(scratch.path("s.mel"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->frames(), original.frames());
        QCOMPARE(loaded->framesPerSecond, 25.0);
        const auto [low, high] = std::minmax_element(original.values.begin(), original.values.end());
        for (size_t i = 0; i < original.values.size(); ++i) {
            QVERIFY(std::abs(loaded->values[i] - original.values[i]) <= (*high - *low) / 255.0f);
        }
    }

    void truncatedCacheIsRefused()
    {
        test::Scratch scratch;
        std::ofstream(scratch.path("bad.mel")) << "LMEL1";
        QVERIFY(!loadSpectrogramCache(scratch.path("bad.mel")).ok());
    }

    void coarseViewsComeFromTheCacheAndFineOnesAreComputed()
    {
        test::Scratch scratch;
        const fs::path media = test::fixtures("speech/english.wav");
        MelSpectrogram full;
        LogMelExtractor extractor;
        extractor.process(readClip(media, {}).value(), full.values);
        QVERIFY(saveSpectrogramCache(scratch.path("s.mel"), poolFrames(full, 4)).ok());
        SpectrogramView coarse;
        coarse.width = 50;  // about 16 columns a second over the whole file
        QCOMPARE(spectrogramForView(media, scratch.path("s.mel"), coarse).value().framesPerSecond, 25.0);
        SpectrogramView fine;
        fine.startSeconds = 1.0;
        fine.endSeconds = 2.0;
        fine.width = 400;
        const MelSpectrogram computed = spectrogramForView(media, scratch.path("s.mel"), fine).value();
        QCOMPARE(computed.framesPerSecond, 100.0);
        QCOMPARE(computed.startSeconds, 1.0);
        QCOMPARE(spectrogramForView(media, {}, coarse).value().framesPerSecond, 100.0);
    }

    void importWritesAnOverviewForEachAudioItem()
    {
        test::FixtureLibrary fixture("speech");
        auto& [scratch, media, library] = fixture;
        importMedia(*library, {media}, {}, {}, {}).value();
        const std::vector<Item> items = CatalogReader(library->database()).list().value();
        QCOMPARE(items.size(), size_t(2));
        for (const Item& item : items) {
            const fs::path overview = spectrogramOverviewFile(library->cacheDirectory(), item.id);
            QVERIFY(fs::exists(overview));
            QCOMPARE(pngSize(overview), std::make_pair(overviewWidth(item.durationSeconds), kOverviewHeight));
            QVERIFY(fs::exists(spectrogramCacheFile(library->cacheDirectory(), item.id)));
        }
    }

    void cliDrawsARangeAtTheRequestedSize()
    {
        test::Scratch scratch;
        const auto run = test::runCli({"spectrogram", QString::fromStdString(test::fixtures("speech/english.wav").string()),
                                       "-o", QString::fromStdString(scratch.path("out.png").string()), "--start", "0.5",
                                       "--end", "2.5", "--width", "400", "--height", "120"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(pngSize(scratch.path("out.png")), std::make_pair(400, 120));
    }
};

QTEST_GUILESS_MAIN(SpectrogramTest)
#include "SpectrogramTest.moc"
