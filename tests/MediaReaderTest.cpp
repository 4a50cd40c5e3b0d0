// Decoding every supported format to 16 kHz mono, and reading its tags.
#include <QtTest>

#include <fstream>
#include <string>

#include "media/MediaReader.h"
#include "media/TagReader.h"
#include "support/TestSupport.h"

using namespace lectern;

namespace {

struct Decoded {
    double seconds = 0.0;
    size_t largestChunk = 0;
};

Decoded decodeAll(MediaReader& reader)
{
    Decoded decoded;
    long long samples = 0;
    while (true) {
        auto chunk = reader.nextAudioChunk();
        if (!chunk || chunk->empty()) break;
        samples += static_cast<long long>(chunk->size());
        decoded.largestChunk = std::max(decoded.largestChunk, chunk->size());
    }
    decoded.seconds = static_cast<double>(samples) / kAnalysisSampleRate;
    return decoded;
}

// VmRSS (now) or VmHWM (the peak since resetPeakResidentMemory) from /proc.
long kilobytesOf(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
    }
    return -1;
}

long residentKilobytes() { return kilobytesOf("VmRSS:"); }

void resetPeakResidentMemory() { std::ofstream("/proc/self/clear_refs") << "5"; }

void addFormatRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isVideo");
    for (const char* audio : {"wav", "flac", "mp3", "ogg", "opus", "m4a"}) {
        QTest::newRow(audio) << QStringLiteral("formats/tone.%1").arg(audio) << false;
    }
    for (const char* video : {"mp4", "mkv", "webm", "avi", "mov"}) {
        QTest::newRow(video) << QStringLiteral("formats/tone.%1").arg(video) << true;
    }
}

}  // namespace

class MediaReaderTest : public QObject {
    Q_OBJECT

private slots:
    void decodesEveryFormatToItsFullDuration_data() { addFormatRows(); }
    void decodesEveryFormatToItsFullDuration()
    {
        QFETCH(QString, file);
        auto reader = MediaReader::open(test::fixtures(file.toUtf8().constData()));
        QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().message.c_str());
        QVERIFY((*reader)->info().audio.has_value());
        QVERIFY(std::abs(decodeAll(**reader).seconds - 2.0) <= 0.1);
    }

    void reportsVideoStreamsWithSizeAndFrameRate_data() { addFormatRows(); }
    void reportsVideoStreamsWithSizeAndFrameRate()
    {
        QFETCH(QString, file);
        QFETCH(bool, isVideo);
        auto reader = MediaReader::open(test::fixtures(file.toUtf8().constData()));
        QVERIFY(reader.ok());
        const MediaInfo& info = (*reader)->info();
        QCOMPARE(info.kind() == MediaKind::Video, isVideo);
        if (isVideo) {
            QCOMPARE(info.video->width, 160);
            QCOMPARE(info.video->height, 120);
            QCOMPARE(qRound(info.video->frameRate), 25);
            QVERIFY(!info.video->codec.empty());
        }
    }

    void outputIsSixteenKilohertzMonoInChunksOfAboutASecond()
    {
        auto reader = MediaReader::open(test::fixtures("formats/tone.wav"));
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->info().audio->sampleRate, 44100);
        const Decoded decoded = decodeAll(**reader);
        QCOMPARE(decoded.largestChunk, size_t(kAnalysisSampleRate));
        QVERIFY(std::abs(decoded.seconds - 2.0) < 0.01);
    }

    void tagsRoundTrip_data() { addFormatRows(); }
    void tagsRoundTrip()
    {
        QFETCH(QString, file);
        const auto path = test::fixtures(file.toUtf8().constData());
        Tags tags = readTags(path);
        auto reader = MediaReader::open(path);
        QVERIFY(reader.ok());
        tags.fillMissingFrom((*reader)->info().containerTags);
        const QString extension = QFileInfo(file).suffix();
        QCOMPARE(QString::fromStdString(tags.title), QStringLiteral("Tone %1").arg(extension));
        QCOMPARE(QString::fromStdString(tags.artist), QStringLiteral("Lectern Tests"));
        QCOMPARE(QString::fromStdString(tags.genre), QStringLiteral("Test"));
        QCOMPARE(tags.year, 2024);
        // AVI's INFO chunk has no album; QuickTime's user data has no track number.
        if (extension != "avi") QCOMPARE(QString::fromStdString(tags.album), QStringLiteral("Fixtures"));
        if (extension != "mov") QCOMPARE(tags.track, 7);
    }

    void nonAsciiNamesAndTagsSurvive()
    {
        const auto path = test::fixtures("bad/café été – lesson 1.ogg");
        QVERIFY(MediaReader::open(path).ok());
        QCOMPARE(QString::fromStdString(readTags(path).title), QStringLiteral("Chanson d’été"));
    }

    void aFileReadFromMemoryDecodesLikeTheFileItself_data() { addFormatRows(); }
    void aFileReadFromMemoryDecodesLikeTheFileItself()
    {
        QFETCH(QString, file);
        const auto path = test::fixtures(file.toStdString().c_str());
        std::ifstream in(path, std::ios::binary);
        std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto fromMemory = MediaReader::openMemory(std::move(bytes));
        QVERIFY2(fromMemory.ok(), fromMemory.ok() ? "" : fromMemory.error().message.c_str());
        auto fromFile = MediaReader::open(path);
        QVERIFY(fromFile.ok());
        QCOMPARE((*fromMemory)->info().container, (*fromFile)->info().container);
        QCOMPARE(decodeAll(**fromMemory).seconds, decodeAll(**fromFile).seconds);
    }

    void tagsReadFromMemoryAreTheFilesTags_data() { addFormatRows(); }
    void tagsReadFromMemoryAreTheFilesTags()
    {
        QFETCH(QString, file);
        const auto path = test::fixtures(file.toStdString().c_str());
        std::ifstream in(path, std::ios::binary);
        const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const Tags fromMemory = readTagsFromMemory(bytes);
        const Tags fromFile = readTags(path);
        QFETCH(bool, isVideo);
        // TagLib finds the title of every audio fixture but the WAV (ffmpeg writes it where TagLib does not look).
        if (!isVideo && !file.endsWith(".wav")) QVERIFY(!fromMemory.title.empty());
        QCOMPARE(fromMemory.title, fromFile.title);
        QCOMPARE(fromMemory.artist, fromFile.artist);
        QCOMPARE(fromMemory.year, fromFile.year);
    }

    void samplesThatAreNotNumbersReachTheAnalysisAsSilence()
    {
        test::Scratch scratch;
        test::writeFloatWav(scratch.path("nan.wav"), test::toneWithNanAndInfinity());
        auto reader = MediaReader::open(scratch.path("nan.wav"));
        QVERIFY(reader.ok());
        size_t samples = 0;
        while (true) {
            auto chunk = (*reader)->nextAudioChunk();
            QVERIFY(chunk.ok());
            if (chunk->empty()) break;
            samples += chunk->size();
            QVERIFY(std::all_of(chunk->begin(), chunk->end(), [](float s) { return std::isfinite(s) && std::abs(s) <= 8; }));
        }
        QCOMPARE(samples, size_t(3 * 16000));
    }

    void aSampleRateNoRecordingHasIsRefusedWithAReason()
    {
        test::Scratch scratch;
        test::writeFloatWav(scratch.path("fast.wav"), std::vector<float>(4000, 0.1f), 682507904);
        auto reader = MediaReader::open(scratch.path("fast.wav"));
        QVERIFY(reader.ok());
        const auto chunk = (*reader)->nextAudioChunk();
        QVERIFY(!chunk.ok());
        QVERIFY2(chunk.error().message.find("sample rate of 682507904 Hz") != std::string::npos,
                 chunk.error().message.c_str());
    }

    void aHeaderNamingAHugeChunkIsRefusedWithoutTakingTheMemory()
    {
        // A WAV whose LIST chunk claims 4 GB (found by fuzzing).
        std::vector<uint8_t> bytes = {
            0x52, 0x49, 0x46, 0x46, 0xe8, 0x0c, 0x00, 0x00, 0x57, 0x41, 0x56, 0x45, 0x66, 0x6d, 0x74, 0x20,
            0x10, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x04, 0x80, 0x3e, 0x00, 0x00, 0x00, 0x7d, 0x00, 0x00,
            0x02, 0x00, 0x10, 0x00, 0x4c, 0x49, 0x53, 0x54, 0x3c, 0x00, 0x00, 0xfb, 0x49, 0x4e, 0x46, 0x4f,
            0x65, 0x64, 0x20, 0x77, 0x61, 0x39, 0x2e, 0x32, 0x64, 0x37, 0xce, 0x31, 0x30, 0x30, 0x00, 0x64,
            0x61, 0x74, 0x61, 0xf5, 0x4b, 0xf8, 0xd1, 0xfa, 0x7f, 0xfd, 0x40, 0x00, 0xff, 0x02, 0xf5, 0x4b,
            0xf8, 0x01, 0x00, 0x25, 0x00, 0x80, 0x00, 0x3e, 0x00, 0x00, 0x7d, 0xd1, 0xfa, 0x00,
        };
        const long before = residentKilobytes();
        resetPeakResidentMemory();
        auto reader = MediaReader::openMemory(std::move(bytes));
        QVERIFY(!reader.ok());
        const long peak = kilobytesOf("VmHWM:");
        QVERIFY2(peak - before < 300 * 1024, qPrintable(QString::number(peak - before)));
    }

    void randomBytesInMemoryAreRefusedWithAReason()
    {
        std::vector<uint8_t> bytes(4096);
        for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<uint8_t>((i * 2654435761u) >> 13);
        auto reader = MediaReader::openMemory(std::move(bytes));
        QVERIFY(!reader.ok());
        QVERIFY(reader.error().message.find("not a media file") != std::string::npos);
    }

    void textFileNamedWavIsRefusedWithAReason()
    {
        auto reader = MediaReader::open(test::fixtures("bad/notes.wav"));
        QVERIFY(!reader.ok());
        QVERIFY(!reader.error().message.empty());
    }

    void randomBytesNamedMp4AreRefusedWithAReason()
    {
        auto reader = MediaReader::open(test::fixtures("bad/random bytes.mp4"));
        QVERIFY(!reader.ok());
        QVERIFY(!reader.error().message.empty());
    }

    void truncatedMp3DecodesWhatIsThereWithoutCrashing()
    {
        auto reader = MediaReader::open(test::fixtures("bad/truncated.mp3"));
        QVERIFY(reader.ok());
        QVERIFY(decodeAll(**reader).seconds < 3.0);
    }

    void memoryStaysFlatWhileDecodingThreeHours()
    {
#if defined(__SANITIZE_ADDRESS__) || (defined(__has_feature) && __has_feature(address_sanitizer))
        QSKIP("AddressSanitizer keeps freed memory in quarantine, so resident memory grows");
#endif
#ifndef __linux__
        QSKIP("reads /proc/self/status");
#endif
        auto reader = MediaReader::open(test::fixtures("long/three-hours.mp3"));
        QVERIFY(reader.ok());
        const long before = residentKilobytes();
        long peak = before;
        long long samples = 0;
        while (true) {
            auto chunk = (*reader)->nextAudioChunk();
            QVERIFY(chunk.ok());
            if (chunk->empty()) break;
            samples += static_cast<long long>(chunk->size());
            if (samples % (kAnalysisSampleRate * 600) < kAnalysisSampleRate) {
                peak = std::max(peak, residentKilobytes());
            }
        }
        QVERIFY(std::abs(static_cast<double>(samples) / kAnalysisSampleRate - 10800.0) < 1.0);
        // Holding the decoded audio would take 660 MiB; streaming needs a few.
        QVERIFY2(peak - before < 32 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - before)));
    }
};

QTEST_GUILESS_MAIN(MediaReaderTest)
#include "MediaReaderTest.moc"
