// The index of 64-bit segment codes: Hamming distance, and multi-index
// hashing giving exactly what a scan of every code gives.
#include <QtTest>

#include <random>

#include "index/CodeIndex.h"

using namespace lectern;

namespace {

// Codes spread over all values, or crowded around a few centres a few bits
// apart (as codes of one class are).
std::vector<StoredSegmentCode> codes(size_t count, bool crowded, std::mt19937_64& random)
{
    std::vector<uint64_t> centres(8);
    for (uint64_t& centre : centres) centre = random();
    std::vector<StoredSegmentCode> out;
    for (size_t i = 0; i < count; ++i) {
        uint64_t code = random();
        if (crowded) {
            code = centres[random() % centres.size()];
            for (int flips = static_cast<int>(random() % 6); flips > 0; --flips) code ^= uint64_t(1) << (random() % 64);
        }
        out.push_back({static_cast<int64_t>(i / 3), 5.0 * static_cast<double>(i % 3), code});
    }
    return out;
}

std::vector<std::pair<int64_t, double>> placesOf(const std::vector<CodeHit>& hits)
{
    std::vector<std::pair<int64_t, double>> places;
    for (const CodeHit& hit : hits) places.emplace_back(hit.itemId, hit.startSeconds);
    return places;
}

std::vector<int> distancesOf(const std::vector<CodeHit>& hits)
{
    std::vector<int> distances;
    for (const CodeHit& hit : hits) distances.push_back(hit.distance);
    return distances;
}

}  // namespace

class CodeIndexTest : public QObject {
    Q_OBJECT

private slots:
    void hammingDistanceCountsTheBitsThatDiffer()
    {
        QCOMPARE(hammingDistance(0, 0), 0);
        QCOMPARE(hammingDistance(0b1011, 0b0001), 2);
        QCOMPARE(hammingDistance(~uint64_t(0), 0), 64);
    }

    void nearestFindsTheEntryWithTheSameCodeFirst()
    {
        std::mt19937_64 random(1);
        auto entries = codes(3000, false, random);
        const StoredSegmentCode wanted = entries[1234];
        CodeIndex index(std::move(entries));
        const auto hits = index.nearest(wanted.code, 5);
        QCOMPARE(hits.size(), size_t(5));
        QCOMPARE(hits.front().itemId, wanted.itemId);
        QCOMPARE(hits.front().startSeconds, wanted.startSeconds);
        QCOMPARE(hits.front().distance, 0);
    }

    void withinFindsWhatTheScanFindsAtEveryRadius_data()
    {
        QTest::addColumn<bool>("crowded");
        QTest::newRow("spread codes") << false;
        QTest::newRow("crowded codes") << true;
    }
    void withinFindsWhatTheScanFindsAtEveryRadius()
    {
        QFETCH(bool, crowded);
        std::mt19937_64 random(2);
        const auto entries = codes(5000, crowded, random);
        const CodeIndex index(entries);
        for (int radius = 0; radius <= 16; ++radius) {
            const uint64_t query = entries[random() % entries.size()].code ^ (uint64_t(1) << (random() % 64));
            const auto byTables = index.within(query, radius);
            const auto byScan = index.scanWithin(query, radius);
            QCOMPARE(placesOf(byTables), placesOf(byScan));
            QCOMPARE(distancesOf(byTables), distancesOf(byScan));
            for (const CodeHit& hit : byTables) QVERIFY(hit.distance <= radius);
        }
    }

    void nearestGivesWhatTheScanGives_data() { withinFindsWhatTheScanFindsAtEveryRadius_data(); }
    void nearestGivesWhatTheScanGives()
    {
        QFETCH(bool, crowded);
        std::mt19937_64 random(3);
        const auto entries = codes(5000, crowded, random);
        const CodeIndex index(entries);
        for (size_t count : {1, 10, 400}) {
            const uint64_t query = random();
            QCOMPARE(placesOf(index.nearest(query, count)), placesOf(index.scanNearest(query, count)));
            QCOMPARE(index.nearest(query, count).size(), count);
        }
    }

    void nearestReturnsAtMostTheEntriesThereAre()
    {
        std::mt19937_64 random(4);
        const CodeIndex index(codes(7, false, random));
        QCOMPARE(index.nearest(0, 50).size(), size_t(7));
        QCOMPARE(index.scanNearest(0, 50).size(), size_t(7));
    }

    void anEmptyIndexFindsNothing()
    {
        const CodeIndex index({});
        QVERIFY(index.nearest(42, 10).empty());
        QVERIFY(index.within(42, 3).empty());
    }
};

QTEST_GUILESS_MAIN(CodeIndexTest)
#include "CodeIndexTest.moc"
