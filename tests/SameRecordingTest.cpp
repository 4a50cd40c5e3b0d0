// Sub-fingerprints and same-recording search: robustness of the codes, the
// self-similarity filter, and finding an excerpt's source with its offset.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

#include "dsp/Fingerprint.h"
#include "dsp/SelfSimilarity.h"
#include "dsp/BitErrors.h"
#include "index/FingerprintIndex.h"
#include "media/ClipReader.h"
#include "pipeline/Importer.h"
#include "search/LibrarySameRecording.h"
#include "search/SameRecordingSearch.h"
#include "catalog/CatalogReader.h"
#include "common/Paths.h"
#include "support/TestSupport.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

std::vector<float> decoded(const fs::path& path)
{
    auto clip = readClip(path, {});
    if (!clip) qFatal("%s", clip.error().message.c_str());
    return std::move(clip).value();
}

std::vector<float> excerpt(const std::vector<float>& signal, double start, double seconds)
{
    const auto first = static_cast<size_t>(start * 16000), count = static_cast<size_t>(seconds * 16000);
    return {signal.begin() + static_cast<std::ptrdiff_t>(first),
            signal.begin() + static_cast<std::ptrdiff_t>(std::min(signal.size(), first + count))};
}

std::vector<float> withWhiteNoise(std::vector<float> signal, double snrDb)
{
    double power = 0;
    for (float s : signal) power += s * s;
    power /= static_cast<double>(signal.size());
    std::mt19937 random(11);
    std::normal_distribution<double> noise(0.0, std::sqrt(power / std::pow(10.0, snrDb / 10.0)));
    for (float& s : signal) s += static_cast<float>(noise(random));
    return signal;
}

std::vector<uint32_t> randomCodes(size_t count, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<uint32_t> codes(count);
    for (uint32_t& code : codes) code = static_cast<uint32_t>(random());
    return codes;
}

// The speech fixtures and the format tones, fingerprinted on import.
struct FingerprintedLibrary : test::FixtureLibrary {
    FingerprintedLibrary() : FixtureLibrary("speech")
    {
        importMedia(*library, {media, scratch.copyOf("formats")}, {}, {}, {}).value();
    }
    int64_t idOf(const fs::path& path)
    {
        return (*CatalogReader(library->database()).findByPath(toUtf8(path)))->id;
    }
};

// An index of random codes, 200 items of 300 frames, and an excerpt of item
// kItem from frame kOffset: what a query of 6 s gives when it is clean.
struct RandomCodeLibrary {
    static constexpr uint32_t kItem = 57;
    static constexpr int kOffset = 100;
    static constexpr size_t kQueryFrames = 187;
    explicit RandomCodeLibrary(bool highBitsTable)
    {
        FingerprintIndexOptions options;
        options.keyBits = 16;
        options.highBitsStride = highBitsTable ? 4 : 0;
        index = FingerprintIndex(options);
        for (int item = 0; item < 200; ++item) {
            std::vector<uint32_t> codes(300);
            for (uint32_t& code : codes) code = static_cast<uint32_t>(random());
            index.add(codes);
        }
        index.build();
    }
    std::vector<uint32_t> excerpt() const
    {
        const auto codes = index.codes(kItem).subspan(kOffset, kQueryFrames);
        return {codes.begin(), codes.end()};
    }
    // What a noise that drowns the low bands does: the lowest bits at random.
    std::vector<uint32_t> excerptWithRandomLowBits(int bits)
    {
        std::vector<uint32_t> query = excerpt();
        const uint32_t low = (1u << bits) - 1u;
        for (uint32_t& code : query) code = (code & ~low) | (static_cast<uint32_t>(random()) & low);
        return query;
    }
    std::mt19937 random{5};
    FingerprintIndex index;
};

// An excerpt with, in every frame, the two costliest of the 14 weakest bits of
// each table's key flipped: the probe that undoes both comes after every
// single flip and most pairs, beyond the first 64 probes but within 128.
struct DeeplyFlipped {
    DeeplyFlipped() : library(true), codes(library.excerpt())
    {
        // Margins rise with the bit inside each 16-bit key, so the weakest
        // 14 of the low key are bits 0-13 and of the high key bits 16-29.
        constexpr uint32_t kFlipped = (1u << 12) | (1u << 13) | (1u << 28) | (1u << 29);
        for (uint32_t& code : codes) {
            code ^= kFlipped;
            for (int bit = 0; bit < 32; ++bit) margins.push_back(0.1f + 0.001f * static_cast<float>(bit % 16));
        }
    }
    SameRecordingOptions options(int deepProbes) const
    {
        SameRecordingOptions chosen;
        chosen.quickProbes = 4;
        chosen.probesPerFrame = 64;
        chosen.deepProbes = deepProbes;
        return chosen;
    }
    RandomCodeLibrary library;
    std::vector<uint32_t> codes;
    std::vector<float> margins;
};

}  // namespace

class SameRecordingTest : public QObject {
    Q_OBJECT

private slots:
    void codesSurviveAGainChange()
    {
        const std::vector<float> signal = decoded(test::fixtures("speech/english.wav"));
        std::vector<float> quieter = signal;
        for (float& s : quieter) s *= 0.5f;
        const auto a = fingerprintOf(signal), b = fingerprintOf(quieter);
        QCOMPARE(a.size(), b.size());
        QVERIFY(bitErrorRate(a, b, 0) < 0.01);
    }

    void codesOfDifferentRecordingsDifferInAboutHalfTheirBits()
    {
        const auto english = fingerprintOf(decoded(test::fixtures("speech/english.wav")));
        const auto french = fingerprintOf(decoded(test::fixtures("speech/french.wav")));
        QVERIFY(bitErrorRate(english, std::span(french).first(std::min(french.size(), english.size())), 0) > 0.3);
    }

    void withoutMarginsWeightedBitErrorsAreThePlainRate()
    {
        const auto query = randomCodes(187, 1), candidate = randomCodes(300, 2);
        const WeightedBitErrors bitErrors(query, {});
        QCOMPARE(bitErrors.at(candidate, 50), bitErrorRate(query, candidate, 50));
    }

    void errorsInAQuerysWeakBitsCountLessThanInItsStrongOnes()
    {
        const std::vector<uint32_t> query(10, 0u);
        std::vector<float> margins;
        for (size_t frame = 0; frame < query.size(); ++frame) {
            for (int bit = 0; bit < 32; ++bit) margins.push_back(bit < 16 ? 0.01f : 1.0f);
        }
        const WeightedBitErrors bitErrors(query, margins);
        const std::vector<uint32_t> weakBitsFlipped(10, 0x0000000fu), strongBitsFlipped(10, 0x000f0000u);
        const double plain = bitErrorRate(query, weakBitsFlipped, 0);
        QCOMPARE(plain, bitErrorRate(query, strongBitsFlipped, 0));
        QVERIFY(bitErrors.at(weakBitsFlipped, 0) < plain);
        QVERIFY(bitErrors.at(strongBitsFlipped, 0) > plain);
    }

    void unrelatedCodesDifferInAboutHalfTheirWeightedBits()
    {
        const auto query = randomCodes(187, 3), unrelated = randomCodes(187, 4);
        std::mt19937 random(5);
        std::exponential_distribution<float> spread(10.0f);
        std::vector<float> margins(query.size() * 32);
        for (float& margin : margins) margin = spread(random);
        const double errors = WeightedBitErrors(query, margins).at(unrelated, 0);
        QVERIFY2(errors > 0.45 && errors < 0.55, std::to_string(errors).c_str());
    }

    void weightedBitErrorsOfAPositionPastTheCandidatesEndAreOne()
    {
        const auto query = randomCodes(20, 6);
        const WeightedBitErrors bitErrors(query, {});
        QCOMPARE(bitErrors.at(query, 20), 1.0);
        QCOMPARE(bitErrors.at(query, -1), 1.0);
    }

    void weightingBringsANoisyExcerptCloserToItsSource()
    {
        const std::vector<float> signal = decoded(test::fixtures("speech/english.wav"));
        const auto source = fingerprintOf(signal);
        std::vector<float> margins;
        const auto noisy = fingerprintOf(withWhiteNoise(signal, 0.0), &margins);
        const double plain = bitErrorRate(noisy, source, 0);
        const double weighted = WeightedBitErrors(noisy, margins).at(source, 0);
        QVERIFY2(weighted < plain - 0.05, (std::to_string(weighted) + " against " + std::to_string(plain)).c_str());
    }

    void selfSimilarityFindsTheShiftedPosition()
    {
        const auto codes = fingerprintOf(decoded(test::fixtures("speech/english.wav")));
        const std::span<const uint32_t> query = std::span(codes).subspan(20, 40);
        const auto block = selfSimilarityBlock(query, 40);
        const SelfSimilarityComparison comparison = compareSelfSimilarity(block, 40, codes, 10, 30);
        QCOMPARE(comparison.position, 20);
        QCOMPARE(comparison.mae, 0.0);
        QCOMPARE(comparison.made, 0.0);
    }

    void excerptIsFoundFirstWithItsOffset()
    {
        FingerprintedLibrary fixture;
        auto search = LibrarySameRecording::load(fixture.library->database()).value();
        const auto matches = search.find(excerpt(decoded(fixture.media / "english.wav"), 0.8, 2.0));
        QVERIFY(!matches.empty());
        QCOMPARE(matches.front().itemId, fixture.idOf(fixture.media / "english.wav"));
        QVERIFY(std::abs(matches.front().offsetSeconds - 0.8) <= 0.1);
    }

    void noisyExcerptIsStillFound()
    {
        FingerprintedLibrary fixture;
        auto search = LibrarySameRecording::load(fixture.library->database()).value();
        const auto noisy = withWhiteNoise(excerpt(decoded(fixture.media / "french.wav"), 0.5, 2.0), 10.0);
        const auto matches = search.find(noisy);
        QVERIFY(!matches.empty());
        QCOMPARE(matches.front().itemId, fixture.idOf(fixture.media / "french.wav"));
        QVERIFY(std::abs(matches.front().offsetSeconds - 0.5) <= 0.1);
    }

    void unrelatedClipFindsNothing()
    {
        FingerprintedLibrary fixture;
        auto search = LibrarySameRecording::load(fixture.library->database()).value();
        std::mt19937 random(3);
        std::normal_distribution<float> noise(0.0f, 0.1f);
        std::vector<float> clip(3 * 16000);
        for (float& s : clip) s = noise(random);
        QVERIFY(search.find(clip).empty());
    }

    void queryWithSpoiltLowBandsFindsItsItemThroughTheHighBitsTable()
    {
        RandomCodeLibrary library(true);
        const auto candidates = library.index.candidates(library.excerptWithRandomLowBits(16), {}, 1, 12);
        QVERIFY(!candidates.empty());
        QCOMPARE(candidates.front().item, RandomCodeLibrary::kItem);
        QCOMPARE(candidates.front().offset, RandomCodeLibrary::kOffset);
    }

    void oneTableKeyedByTheLowBitsCannotFindAQueryWithSpoiltLowBands()
    {
        RandomCodeLibrary library(false);
        const auto candidates = library.index.candidates(library.excerptWithRandomLowBits(16), {}, 1, 12);
        const bool found = std::any_of(candidates.begin(), candidates.end(), [](const FingerprintCandidate& c) {
            return c.item == RandomCodeLibrary::kItem && c.votes > 2;
        });
        QVERIFY(!found);
    }

    void anExcerptVotesOnceForEachOfItsFramesTheIndexHolds()
    {
        RandomCodeLibrary library(false);  // every second reference frame indexed
        const auto candidates = library.index.candidates(library.excerpt(), {}, 1, 12);
        QVERIFY(!candidates.empty());
        QCOMPARE(candidates.front().item, RandomCodeLibrary::kItem);
        QCOMPARE(candidates.front().offset, RandomCodeLibrary::kOffset);
        QCOMPARE(candidates.front().votes, static_cast<int>(RandomCodeLibrary::kQueryFrames + 1) / 2);
    }

    void votesOneFrameApartCountForOneCandidate()
    {
        // Half the query lines up at kOffset, the other half one frame later:
        // the halves' votes go to neighbouring offsets and add up.
        RandomCodeLibrary library(false);
        const auto codes = library.index.codes(RandomCodeLibrary::kItem);
        std::vector<uint32_t> query(RandomCodeLibrary::kQueryFrames);
        for (size_t q = 0; q < query.size(); ++q) {
            query[q] = codes[RandomCodeLibrary::kOffset + q + (q < query.size() / 2 ? 0 : 1)];
        }
        const auto candidates = library.index.candidates(query, {}, 1, 12);
        QVERIFY(!candidates.empty());
        QCOMPARE(candidates.front().item, RandomCodeLibrary::kItem);
        QVERIFY(std::abs(candidates.front().offset - RandomCodeLibrary::kOffset) <= 1);
        // Every second frame is indexed: each half alone has about a quarter of the frames' votes.
        QVERIFY(candidates.front().votes >= static_cast<int>(RandomCodeLibrary::kQueryFrames) / 2 - 1);
    }

    void anItemIsOneCandidateAtItsBestVotedOffset()
    {
        // A query of two pieces of one item far apart: its first 40 frames
        // line up with the item at offset 10, its next 100 at offset 150. The
        // item is a candidate once, where the longer piece lines up.
        RandomCodeLibrary library(false);
        const auto codes = library.index.codes(RandomCodeLibrary::kItem);
        std::vector<uint32_t> query(codes.begin() + 10, codes.begin() + 10 + 40);
        query.insert(query.end(), codes.begin() + 150 + 40, codes.begin() + 150 + 140);
        const auto candidates = library.index.candidates(query, {}, 1, 12);
        const auto ofItem =
            std::count_if(candidates.begin(), candidates.end(),
                          [](const FingerprintCandidate& c) { return c.item == RandomCodeLibrary::kItem; });
        QCOMPARE(ofItem, 1);
        QCOMPARE(candidates.front().item, RandomCodeLibrary::kItem);
        QCOMPARE(candidates.front().offset, 150);
    }

    void deepPassFindsAQueryWhoseKeysNeedManyProbes()
    {
        const DeeplyFlipped query;
        const auto matches = findSameRecording(query.library.index, query.codes, query.margins, query.options(128));
        QVERIFY(!matches.empty());
        QCOMPARE(matches.front().item, RandomCodeLibrary::kItem);
        QCOMPARE(matches.front().position, RandomCodeLibrary::kOffset);
    }

    void withoutTheDeepPassTheSameQueryFindsNothing()
    {
        const DeeplyFlipped query;
        QVERIFY(findSameRecording(query.library.index, query.codes, query.margins, query.options(0)).empty());
    }

    void itemsWithCodesOfAnOlderRecipeAreAnalysedAgain()
    {
        test::Scratch scratch;
        auto library = test::libraryMigratedFrom(
            scratch, 3,
            "INSERT INTO items (id, path, folder, file_name, size, mtime_ns, status) VALUES "
            "(1, '/m/old.ogg', '/m', 'old.ogg', 1, 1, 'analyzed');"
            "INSERT INTO fingerprints (item_id, version, codes) VALUES (1, 2, x'00')");
        QCOMPARE((*CatalogReader(library->database()).findByPath("/m/old.ogg"))->status, ItemStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(SameRecordingTest)
#include "SameRecordingTest.moc"
