// The HNSW vector index: nearest entries with their items and times,
// replacing and removing items, and saving and loading — never trusting a
// damaged file or one made for another model.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>

#include "index/SearchSpace.h"
#include "index/VectorIndex.h"
#include "support/TestSupport.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

constexpr int kDimensions = 32;

std::vector<float> randomUnitVector(std::mt19937& random)
{
    std::normal_distribution<float> normal;
    std::vector<float> v(kDimensions);
    float norm = 0;
    for (float& x : v) {
        x = normal(random);
        norm += x * x;
    }
    for (float& x : v) x /= std::sqrt(norm);
    return v;
}

// 200 items of three segments each, item i's segments at 0, 5 and 10 s.
struct FilledIndex {
    FilledIndex() : index(kDimensions)
    {
        std::mt19937 random(3);
        for (int64_t item = 1; item <= 200; ++item) {
            std::vector<IndexedSegment> segments;
            for (int s = 0; s < 3; ++s) vectors.push_back(randomUnitVector(random));
            for (int s = 0; s < 3; ++s) segments.push_back({5.0 * s, vectors[vectors.size() - 3 + static_cast<size_t>(s)]});
            index.setItem(item, static_cast<uint64_t>(item), segments);
        }
    }
    const std::vector<float>& segment(int64_t item, int s) const { return vectors[static_cast<size_t>((item - 1) * 3 + s)]; }
    VectorIndex index;
    std::vector<std::vector<float>> vectors;
};

}  // namespace

class VectorIndexTest : public QObject {
    Q_OBJECT

private slots:
    void aStoredVectorFindsItsOwnItemAndTimeFirst()
    {
        FilledIndex filled;
        const auto hits = filled.index.search(filled.segment(42, 2), 5);
        QVERIFY(!hits.empty());
        QCOMPARE(hits.front().itemId, int64_t(42));
        QCOMPARE(hits.front().startSeconds, 10.0);
        QVERIFY(hits.front().similarity > 0.98f);
    }

    void approximateSearchAgreesWithExactSearch()
    {
        FilledIndex filled;
        std::mt19937 random(9);
        int agreed = 0, total = 0;
        for (int q = 0; q < 20; ++q) {
            const auto query = randomUnitVector(random);
            const auto exact = filled.index.exactSearch(query, 10);
            const auto approximate = filled.index.search(query, 10);
            for (const VectorHit& truth : exact) {
                ++total;
                agreed += std::any_of(approximate.begin(), approximate.end(), [&](const VectorHit& hit) {
                    return hit.itemId == truth.itemId && hit.startSeconds == truth.startSeconds;
                });
            }
        }
        QVERIFY2(agreed >= total * 95 / 100, qPrintable(QString("%1 of %2").arg(agreed).arg(total)));
    }

    void aRemovedItemIsNeverFound()
    {
        FilledIndex filled;
        filled.index.removeItem(42);
        for (const VectorHit& hit : filled.index.search(filled.segment(42, 0), 50)) QVERIFY(hit.itemId != 42);
        QCOMPARE(filled.index.itemCount(), size_t(199));
        QCOMPARE(filled.index.liveEntries(), size_t(597));
    }

    void settingAnItemAgainReplacesItsEntries()
    {
        FilledIndex filled;
        const std::vector<float> moved = filled.segment(7, 0);
        filled.index.setItem(42, 99, {{30.0, moved}});
        QCOMPARE(filled.index.itemVersion(42), std::optional<uint64_t>(99));
        const auto hits = filled.index.search(moved, 2);
        QCOMPARE(hits.size(), size_t(2));
        QVERIFY(std::any_of(hits.begin(), hits.end(), [](const VectorHit& h) { return h.itemId == 42 && h.startSeconds == 30.0; }));
        QCOMPARE(filled.index.liveEntries(), size_t(598));
    }

    void savedIndexLoadsWithTheSameAnswers()
    {
        FilledIndex filled;
        test::Scratch scratch;
        QVERIFY(filled.index.save(scratch.path("index"), "model 1").ok());
        auto loaded = VectorIndex::load(scratch.path("index"), "model 1");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->itemCount(), size_t(200));
        QCOMPARE(loaded->itemVersion(17), std::optional<uint64_t>(17));
        const auto hits = loaded->search(filled.segment(17, 1), 1);
        QCOMPARE(hits.front().itemId, int64_t(17));
        QCOMPARE(hits.front().startSeconds, 5.0);
    }

    void anIndexOfAnotherModelIsNotLoaded()
    {
        FilledIndex filled;
        test::Scratch scratch;
        QVERIFY(filled.index.save(scratch.path("index"), "model 1").ok());
        QVERIFY(!VectorIndex::load(scratch.path("index"), "model 2").ok());
    }

    void aTruncatedIndexIsNotLoaded()
    {
        FilledIndex filled;
        test::Scratch scratch;
        QVERIFY(filled.index.save(scratch.path("index"), "model 1").ok());
        const fs::path graph = scratch.path("index") / "vectors.hnsw";
        fs::resize_file(graph, fs::file_size(graph) / 2);
        QVERIFY(!VectorIndex::load(scratch.path("index"), "model 1").ok());
    }

    void aCorruptedIndexIsNotLoaded()
    {
        FilledIndex filled;
        test::Scratch scratch;
        QVERIFY(filled.index.save(scratch.path("index"), "model 1").ok());
        {
            std::fstream graph(scratch.path("index") / "vectors.hnsw", std::ios::in | std::ios::out | std::ios::binary);
            graph.seekp(100);
            graph.write("garbage!", 8);
        }
        QVERIFY(!VectorIndex::load(scratch.path("index"), "model 1").ok());
    }

    void noTwoChangedBytesOfTheGraphCancelOutInItsChecksum()
    {
        // The top bytes of two words three apart: with a plain FNV checksum
        // one value in 256 of the second cancelled the first (found by fuzzing).
        FilledIndex filled;
        test::Scratch scratch;
        QVERIFY(filled.index.save(scratch.path("index"), "model 1").ok());
        const fs::path graph = scratch.path("index") / "vectors.hnsw";
        std::ifstream in(graph, std::ios::binary);
        const std::vector<char> original((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const size_t first = 8 * 200 + 7, second = 8 * 203 + 7;
        QVERIFY(original.size() > second);
        for (int value = 0; value < 256; ++value) {
            std::vector<char> damaged = original;
            damaged[first] = static_cast<char>(damaged[first] ^ 0x10);
            if (static_cast<char>(value) == original[second]) continue;
            damaged[second] = static_cast<char>(value);
            std::ofstream(graph, std::ios::binary | std::ios::trunc)
                .write(damaged.data(), static_cast<std::streamsize>(damaged.size()));
            QVERIFY2(!VectorIndex::load(scratch.path("index"), "model 1").ok(), qPrintable(QString::number(value)));
        }
    }

    void anIndexWithADamagedEntryListIsNotLoaded()
    {
        FilledIndex filled;
        test::Scratch scratch;
        QVERIFY(filled.index.save(scratch.path("index"), "model 1").ok());
        const fs::path meta = scratch.path("index") / "vectors.meta";
        {
            // An item id in the middle of the entries: the graph is whole, the answers would be wrong.
            std::fstream file(meta, std::ios::in | std::ios::out | std::ios::binary);
            file.seekp(static_cast<std::streamoff>(fs::file_size(meta) / 2));
            file.write("\x7f", 1);
        }
        const auto loaded = VectorIndex::load(scratch.path("index"), "model 1");
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.find("damaged") != std::string::npos);
    }

    void anIndexClaimingMoreEntriesThanItsFileHoldsIsNotLoaded()
    {
        FilledIndex filled;
        test::Scratch scratch;
        QVERIFY(filled.index.save(scratch.path("index"), "model 1").ok());
        const fs::path meta = scratch.path("index") / "vectors.meta";
        fs::resize_file(meta, 64);  // the header, a few entries, no checksum of its own
        QVERIFY(!VectorIndex::load(scratch.path("index"), "model 1").ok());
    }

    void aMissingIndexIsNotLoaded()
    {
        test::Scratch scratch;
        QVERIFY(!VectorIndex::load(scratch.path("nothing here"), "model 1").ok());
    }

    void aSpaceWithoutAModelLeavesEmbeddingsAsTheyAre()
    {
        const std::vector<float> embedding{0.6f, 0.8f, 0.0f};
        QCOMPARE(SearchSpace().map(embedding), embedding);
    }

    void centringRemovesTheComponentEveryEmbeddingShares()
    {
        // Two embeddings at cosine 0.98 that differ only off the shared direction.
        const SearchSpace space({1.0f, 0.0f, 0.0f}, {});
        const std::vector<float> a = space.map(std::vector<float>{1.0f, 0.2f, 0.0f});
        const std::vector<float> b = space.map(std::vector<float>{1.0f, 0.0f, 0.2f});
        QVERIFY(std::abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) < 1e-6f);
        QVERIFY(std::abs(a[1] - 1.0f) < 1e-6f);
    }

    void theProjectionIsAppliedAfterCentringAndTheResultHasUnitLength()
    {
        const SearchSpace space({0.5f, 0.5f, 0.0f}, {1, 0, 0, /**/ 0, 0, 3});
        const std::vector<float> mapped = space.map(std::vector<float>{0.5f, 0.5f, 1.0f});
        QCOMPARE(mapped.size(), size_t(2));
        QVERIFY(std::abs(mapped[0]) < 1e-6f);
        QVERIFY(std::abs(mapped[1] - 1.0f) < 1e-6f);
    }

    // Two-dimensional embeddings with a one-number profile; one hidden unit.
    static ItemPartWeights oneUnitItemPart()
    {
        return {{0.0f, 0.0f, 1.0f}, {1.0f, 1.0f, 2.0f}, {1.0f, 0.0f, 1.0f}, {0.0f}, {0.0f, 2.0f}, {0.5f, 0.0f}};
    }

    void theItemPartIsANetworkOfTheItemsMeanEmbeddingAndProfile()
    {
        const SearchSpace space({0.0f, 0.0f}, {1, 0, /**/ 0, 1}, oneUnitItemPart());
        QVERIFY(space.hasItemPart());
        // Standardised (0.2, 0.3, (5 - 1) / 2); hidden relu(0.2 + 2) = 2.2; out (0.5, 2 * 2.2).
        const std::vector<float> offset =
            space.itemOffset(std::vector<float>{0.2f, 0.3f}, std::vector<float>{5.0f}, {});
        QCOMPARE(offset.size(), size_t(2));
        QVERIFY(std::abs(offset[0] - 0.5f) < 1e-6f);
        QVERIFY(std::abs(offset[1] - 4.4f) < 1e-5f);
    }

    void soundDescriptorsAreTheLastInputsOfAnItemPartTrainedWithThem()
    {
        // The one-unit part with a one-number descriptor (mean 3, spread 1, weight 1) after the profile.
        ItemPartWeights withDescriptor = oneUnitItemPart();
        withDescriptor.mean.push_back(3.0f);
        withDescriptor.spread.push_back(1.0f);
        withDescriptor.hiddenWeights.push_back(1.0f);
        withDescriptor.descriptorCount = 1;
        const SearchSpace space({0.0f, 0.0f}, {1, 0, /**/ 0, 1}, withDescriptor);
        QVERIFY(space.hasItemPart());
        const std::vector<float> mean{0.2f, 0.3f}, profile{5.0f};
        // Standardised (0.2, 0.3, 2, 4 - 3); hidden relu(0.2 + 2 + 1) = 3.2; out (0.5, 6.4).
        const std::vector<float> offset = space.itemOffset(mean, profile, std::vector<float>{4.0f});
        QVERIFY(std::abs(offset[1] - 6.4f) < 1e-5f);
        // Not measured: read as the average, as the profile is.
        QCOMPARE(space.itemOffset(mean, profile, {}),
                 space.itemOffset(mean, profile, std::vector<float>{3.0f}));
    }

    void anItemPartTrainedWithoutDescriptorsLeavesThemOut()
    {
        const SearchSpace space({0.0f, 0.0f}, {1, 0, /**/ 0, 1}, oneUnitItemPart());
        const std::vector<float> mean{0.2f, 0.3f}, profile{5.0f};
        QCOMPARE(space.itemOffset(mean, profile, std::vector<float>{4.0f}),
                 space.itemOffset(mean, profile, {}));
    }

    void anItemsOffsetIsAddedToEachOfItsSegmentsBeforeScalingToUnitLength()
    {
        const SearchSpace space({0.0f, 0.0f}, {1, 0, /**/ 0, 1}, oneUnitItemPart());
        const std::vector<float> mapped = space.map(std::vector<float>{1.0f, 0.0f}, std::vector<float>{0.5f, 4.4f});
        const float length = std::sqrt(1.5f * 1.5f + 4.4f * 4.4f);
        QVERIFY(std::abs(mapped[0] - 1.5f / length) < 1e-6f);
        QVERIFY(std::abs(mapped[1] - 4.4f / length) < 1e-6f);
    }

    void aProfileThatWasNotMeasuredReadsAsTheAverage()
    {
        const SearchSpace space({0.0f, 0.0f}, {1, 0, /**/ 0, 1}, oneUnitItemPart());
        const std::vector<float> mean{0.2f, 0.3f};
        QCOMPARE(space.itemOffset(mean, {}, {}), space.itemOffset(mean, std::vector<float>{1.0f}, {}));
    }

    void anItemPartThatDoesNotFitTheSpaceIsLeftOut()
    {
        ItemPartWeights threeOutputs = oneUnitItemPart();
        threeOutputs.outWeights.push_back(1.0f);
        threeOutputs.outBias.push_back(0.0f);
        const SearchSpace space({0.0f, 0.0f}, {1, 0, /**/ 0, 1}, threeOutputs);
        QVERIFY(!space.hasItemPart());
        QVERIFY(space.itemOffset(std::vector<float>{0.2f, 0.3f}, std::vector<float>{5.0f}, {}).empty());
    }

    void theStampChangesWithTheItemPart()
    {
        const SearchSpace without({0.0f, 0.0f}, {1, 0, /**/ 0, 1});
        const SearchSpace with({0.0f, 0.0f}, {1, 0, /**/ 0, 1}, oneUnitItemPart());
        QVERIFY(without.stamp() != with.stamp());
    }

    void theStampChangesWithTheSpace()
    {
        const std::string plain = SearchSpace().stamp();
        const std::string one = SearchSpace({1.0f, 0.0f}, {}).stamp();
        const std::string other = SearchSpace({0.0f, 1.0f}, {}).stamp();
        QVERIFY(plain != one);
        QVERIFY(one != other);
        QCOMPARE(SearchSpace({1.0f, 0.0f}, {}).stamp(), one);
    }
};

QTEST_APPLESS_MAIN(VectorIndexTest)
#include "VectorIndexTest.moc"
