// Keyframes by SKM: one per shot on a clear-cut video, P2's metrics, and
// keyframes with thumbnails stored on import.
#include <QtTest>

#include <algorithm>

#include "catalog/CatalogReader.h"
#include "common/Paths.h"
#include "pipeline/Importer.h"
#include "support/TestSupport.h"
#include "vision/KeyframeExtractor.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

FrameDescriptor colour(uint8_t r, uint8_t g, uint8_t b)
{
    RgbImage image(kDescriptorFrameWidth, kDescriptorFrameHeight);
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            image.at(x, y)[0] = r;
            image.at(x, y)[1] = g;
            image.at(x, y)[2] = b;
        }
    }
    return describeFrame(image);
}

}  // namespace

class KeyframeTest : public QObject {
    Q_OBJECT

private slots:
    void identicalFramesAreFullySimilar()
    {
        QVERIFY(std::abs(descriptorSimilarity(colour(200, 10, 10), colour(200, 10, 10)) - 1.0f) < 1e-5f);
        QVERIFY(descriptorSimilarity(colour(200, 10, 10), colour(10, 10, 200)) < 0.5f);
    }

    void clusterCountFollowsTheNumberOfCuts()
    {
        std::vector<FrameDescriptor> frames;
        for (int i = 0; i < 10; ++i) frames.push_back(colour(200, 10, 10));
        for (int i = 0; i < 10; ++i) frames.push_back(colour(10, 200, 10));
        for (int i = 0; i < 10; ++i) frames.push_back(colour(10, 10, 200));
        QCOMPARE(adaptiveClusterCount(frames, 1.0), 3);
    }

    void skmPicksOneKeyframePerShot()
    {
        auto video = describeVideo(test::fixtures("video/three-shots.mp4"), 2.0);
        QVERIFY2(video.ok(), video.ok() ? "" : video.error().message.c_str());
        const auto keyframes = selectKeyframesSkm(video->descriptors);
        QCOMPARE(keyframes.size(), size_t(3));
        for (int shot = 0; shot < 3; ++shot) {
            const double time = video->times[keyframes[static_cast<size_t>(shot)]];
            QVERIFY2(time >= 2.0 * shot && time < 2.0 * (shot + 1), qPrintable(QString::number(time)));
        }
        QVERIFY(keyframeFidelity(video->descriptors, keyframes) > 0.9);
        QCOMPARE(compressionRatio(12, 3), 0.75);
    }

    void largeVideoIsSampledAtItsKeyFramesOnly()
    {
        auto video = describeVideo(test::fixtures("video/hd-key-every-second.mp4"), 2.0);
        QVERIFY2(video.ok(), video.ok() ? "" : video.error().message.c_str());
        QCOMPARE(video->times, (std::vector<double>{0, 1, 2, 3, 4, 5}));
    }

    void largeVideoWithTooFewKeyFramesIsDecodedInFull()
    {
        auto video = describeVideo(test::fixtures("video/hd-one-key-frame.mp4"), 2.0);
        QVERIFY(video.ok());
        QCOMPARE(video->times.size(), size_t(50));
    }

    void everyFrameCanBeAskedForOnALargeVideo()
    {
        auto video = describeVideo(test::fixtures("video/hd-key-every-second.mp4"), 2.0, {}, FrameDecoding::EveryFrame);
        QVERIFY(video.ok());
        QCOMPARE(video->times.size(), size_t(12));
    }

    void coverageSwapsBringInTheWorstCoveredFrameAndKeepTheCount()
    {
        std::vector<FrameDescriptor> frames;
        for (int i = 0; i < 5; ++i) frames.push_back(colour(200, 10, 10));
        for (int i = 0; i < 5; ++i) frames.push_back(colour(10, 200, 10));
        for (int i = 0; i < 5; ++i) frames.push_back(colour(10, 10, 200));
        const std::vector<size_t> twoOfOneShot = {0, 1, 5};  // the blue shot has no keyframe
        const auto swapped = improveWorstCoverage(frames, twoOfOneShot, 10);
        QCOMPARE(swapped.size(), twoOfOneShot.size());
        QVERIFY(std::is_sorted(swapped.begin(), swapped.end()));
        QVERIFY(std::any_of(swapped.begin(), swapped.end(), [](size_t k) { return k >= 10; }));
        QVERIFY(keyframeFidelity(frames, swapped) > 0.99);
        QVERIFY(keyframeFidelity(frames, twoOfOneShot) < 0.5);
    }

    void sparseSamplesOfDistinctShotsEachBecomeAKeyframe()
    {
        // Six shots, one sample each, as key frames ten seconds apart give
        // them: every consecutive pair is a cut, so the adaptive K undercounts.
        const std::vector<FrameDescriptor> samples = {colour(200, 10, 10), colour(10, 200, 10),  colour(10, 10, 200),
                                                      colour(200, 200, 10), colour(10, 200, 200), colour(200, 10, 200)};
        QVERIFY(selectKeyframesSkm(samples).size() < samples.size());
        SkmOptions sparse;
        sparse.coverageFloor = kSparseCoverageFloor;
        QCOMPARE(selectKeyframesSkm(samples, sparse).size(), samples.size());
    }

    void coverageFloorAddsNoKeyframeForARepeatedPicture()
    {
        const std::vector<FrameDescriptor> samples = {colour(200, 10, 10), colour(10, 200, 10), colour(200, 10, 10),
                                                      colour(10, 200, 10)};
        const auto keyframes = coverEveryFrame(samples, {0}, kSparseCoverageFloor);
        QCOMPARE(keyframes, (std::vector<size_t>{0, 1}));
    }

    void samplesFromKeyFramesSecondsApartAreTreatedAsSparse()
    {
        DescribedVideo everyFrame, keyFrames;
        for (int i = 0; i < 20; ++i) everyFrame.times.push_back(0.5 * i);
        for (int i = 0; i < 6; ++i) keyFrames.times.push_back(10.0 * i);
        QCOMPARE(skmOptionsFor(everyFrame, 2.0).coverageFloor, 0.0f);
        QCOMPARE(skmOptionsFor(keyFrames, 2.0).coverageFloor, kSparseCoverageFloor);
    }

    void noCoverageSwapsLeaveTheKeyframesAsTheyAre()
    {
        std::vector<FrameDescriptor> frames = {colour(200, 10, 10), colour(10, 200, 10), colour(10, 10, 200)};
        QCOMPARE(improveWorstCoverage(frames, {0, 1}, 0), (std::vector<size_t>{0, 1}));
    }

    void thumbnailsAreWrittenForEachKeyframe()
    {
        test::Scratch scratch;
        auto keyframes = extractKeyframes(test::fixtures("video/three-shots.mp4"), scratch.path("thumbs"));
        QVERIFY(keyframes.ok());
        for (const Keyframe& keyframe : *keyframes) QVERIFY(fs::file_size(keyframe.thumbnail) > 100);
    }

    void fileWithoutVideoHasAClearReason()
    {
        auto video = describeVideo(test::fixtures("video/audio-only.mp4"), 2.0);
        QVERIFY(!video.ok());
        QVERIFY(video.error().message.find("no video") != std::string::npos);
    }

    void importStoresKeyframesOfVideoItems()
    {
        test::FixtureLibrary fixture("video");
        auto& [scratch, media, library] = fixture;
        importMedia(*library, {media}, {}, {}, {}).value();
        CatalogReader reader(library->database());
        const Item video = **reader.findByPath(toUtf8(media / "three-shots.mp4"));
        const auto keyframes = reader.keyframes(video.id).value();
        QCOMPARE(keyframes.size(), size_t(3));
        for (const StoredKeyframe& keyframe : keyframes) QVERIFY(fs::exists(fromUtf8(keyframe.thumbnail)));
        const Item audioOnly = **reader.findByPath(toUtf8(media / "audio-only.mp4"));
        QCOMPARE(audioOnly.status, ItemStatus::Analyzed);
        QVERIFY(reader.keyframes(audioOnly.id)->empty());
    }
};

QTEST_GUILESS_MAIN(KeyframeTest)
#include "KeyframeTest.moc"
