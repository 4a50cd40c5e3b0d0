// lectern-cli as a script sees it: JSON shapes, filters and exit codes.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fstream>

#include "catalog/Database.h"
#include "support/TestSupport.h"

using namespace lectern;

namespace {

QString q(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }

QJsonArray listJson(const test::Scratch& scratch, QStringList extra = {})
{
    const auto run = test::runCli(QStringList{"--library", q(scratch.path("lib")), "list", "--json"} + extra);
    if (run.exitCode != 0) qFatal("list failed: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

test::CliRun importFolder(const test::Scratch& scratch, const char* fixture)
{
    return test::runCli({"--library", q(scratch.path("lib")), "import", q(scratch.copyOf(fixture)), "--json"});
}

}  // namespace

class CliTest : public QObject {
    Q_OBJECT

private slots:
    void importPrintsASummaryAndExitsOneWhenSomeFilesFail()
    {
        test::Scratch scratch;
        const auto run = importFolder(scratch, "bad");
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary["added"].toInt(), 2);
        QCOMPARE(summary["failed"].toInt(), 3);
        QCOMPARE(summary["updated"].toInt(), 0);
        QCOMPARE(summary["unchanged"].toInt(), 0);
    }

    void importExitsZeroWhenEveryFileIsAnalyzed()
    {
        test::Scratch scratch;
        QCOMPARE(importFolder(scratch, "formats").exitCode, 0);
    }

    void listJsonHasTheDocumentedKeysAndValues()
    {
        test::Scratch scratch;
        importFolder(scratch, "formats");
        const QJsonArray items = listJson(scratch);
        QCOMPARE(items.size(), 11);
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            for (const char* key : {"id", "path", "kind", "duration_s", "title", "artist", "album",
                                    "genre", "status", "error", "class", "class_source"}) {
                QVERIFY2(item.contains(key), key);
            }
            QVERIFY(std::abs(item["duration_s"].toDouble() - 2.0) <= 0.1);
            QCOMPARE(item["status"].toString(), QStringLiteral("analyzed"));
            QVERIFY(QStringList({"music", "language", "lecture", "drama", "audiobook"}).contains(item["class"].toString()));
            QCOMPARE(item["class_source"].toString(), QStringLiteral("auto"));
            const QString extension = QFileInfo(item["path"].toString()).suffix();
            const bool video = QStringList{"mp4", "mkv", "webm", "avi", "mov"}.contains(extension);
            QCOMPARE(item["kind"].toString(), video ? QStringLiteral("video") : QStringLiteral("audio"));
            QCOMPARE(item["title"].toString(), QStringLiteral("Tone %1").arg(extension));
            QCOMPARE(item["artist"].toString(), QStringLiteral("Lectern Tests"));
        }
    }

    void listFiltersByStatus()
    {
        test::Scratch scratch;
        importFolder(scratch, "bad");
        const QJsonArray failed = listJson(scratch, {"--status", "failed"});
        QCOMPARE(failed.size(), 3);
        for (const QJsonValue& item : failed) QVERIFY(!item["error"].toString().isEmpty());
    }

    void listFiltersByKind()
    {
        test::Scratch scratch;
        importFolder(scratch, "formats");
        QCOMPARE(listJson(scratch, {"--kind", "video"}).size(), 5);
        QCOMPARE(listJson(scratch, {"--kind", "audio"}).size(), 6);
        QCOMPARE(listJson(scratch, {"--class", "unknown"}).size(), 0);
        qsizetype classified = 0;
        for (const char* resourceClass : {"music", "language", "lecture", "drama", "audiobook"}) {
            classified += listJson(scratch, {"--class", resourceClass}).size();
        }
        QCOMPARE(classified, 11);
    }

    void showFindsAnItemByIdAndByPath()
    {
        test::Scratch scratch;
        importFolder(scratch, "formats");
        const QJsonObject first = listJson(scratch).first().toObject();
        const QString library = q(scratch.path("lib"));
        const auto byId = test::runCli({"--library", library, "show", QString::number(first["id"].toInt()), "--json"});
        const auto byPath = test::runCli({"--library", library, "show", first["path"].toString(), "--json"});
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(byPath.exitCode, 0);
        // show adds the model's probabilities to what list prints.
        QJsonObject shown = QJsonDocument::fromJson(byId.out).object();
        QVERIFY(shown["class_probabilities"].toObject().contains(first["class"].toString()));
        QCOMPARE(QJsonDocument::fromJson(byPath.out).object(), shown);
        shown.remove("class_probabilities");
        shown.remove("class_model");
        QCOMPARE(shown, first);
    }

    void removeForgetsTheItemButKeepsTheFile()
    {
        test::Scratch scratch;
        importFolder(scratch, "formats");
        const QString path = listJson(scratch).first()["path"].toString();
        QCOMPARE(test::runCli({"--library", q(scratch.path("lib")), "remove", path}).exitCode, 0);
        QCOMPARE(listJson(scratch).size(), 10);
        QVERIFY(QFile::exists(path));
    }

    void removeAlsoDeletesTheItemsCachedPictures()
    {
        test::Scratch scratch;
        importFolder(scratch, "video");
        const QJsonArray items = listJson(scratch);
        int removed = 0;
        for (const QJsonValue& item : items) {
            if (!item["path"].toString().endsWith("three-shots.mp4")) continue;
            const QString id = QString::number(item["id"].toInt());
            const std::filesystem::path keyframes = scratch.path("lib/cache/keyframes") / id.toStdString();
            const std::filesystem::path overview = scratch.path("lib/cache/spectrograms") / (id.toStdString() + ".png");
            QVERIFY(std::filesystem::exists(keyframes));
            QVERIFY(std::filesystem::exists(overview));
            QCOMPARE(test::runCli({"--library", q(scratch.path("lib")), "remove", id}).exitCode, 0);
            QVERIFY(!std::filesystem::exists(keyframes));
            QVERIFY(!std::filesystem::exists(overview));
            ++removed;
        }
        QCOMPARE(removed, 1);
    }

    void anImportStoppedByAFullDiskSaysSoAndTheNextImportResumes()
    {
        test::Scratch scratch;
        const QString media = q(scratch.copyOf("formats"));
        const QString library = q(scratch.path("lib"));
        // A file-size limit stands in for a full disk: writes past it fail as they would.
        QProcess limited;
        limited.start("prlimit", {"--fsize=600000", test::cliPath(), "--library", library, "import", media});
        QVERIFY(limited.waitForFinished(120000));
        QCOMPARE(limited.exitCode(), 2);
        QVERIFY2(limited.readAllStandardError().contains("the disk holding the library is full"), "no clear message");
        {
            auto db = Database::open(scratch.path("lib") / "catalog.sqlite", Database::Mode::ReadOnly);
            QVERIFY(db.ok());
            Statement check = (*db)->prepare("PRAGMA integrity_check");
            QVERIFY(check.step());
            QCOMPARE(QString::fromStdString(check.text(0)), QStringLiteral("ok"));
        }
        QCOMPARE(listJson(scratch, {"--status", "failed"}).size(), 0);
        const int finished = static_cast<int>(listJson(scratch, {"--status", "analyzed"}).size());
        const auto resumed = test::runCli({"--library", library, "import", media, "--json"});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(resumed.out).object()["unchanged"].toInt(), finished);
        QCOMPARE(listJson(scratch, {"--status", "analyzed"}).size(), 11);
    }

    void statsCountsByStatusKindAndClass()
    {
        test::Scratch scratch;
        importFolder(scratch, "formats");
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "stats", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(stats["items"].toInt(), 11);
        QCOMPARE(stats["by_status"]["analyzed"].toInt(), 11);
        QCOMPARE(stats["by_kind"]["video"].toInt(), 5);
        int classified = 0;
        for (const QJsonValue count : stats["by_class"].toObject()) classified += count.toInt();
        QCOMPARE(classified, 11);
        QVERIFY(!stats["by_class"].toObject().contains("unknown"));
        QVERIFY(std::abs(stats["total_duration_s"].toDouble() - 22.0) < 0.5);
    }

    void matchFindsTheSourceOfAnExcerptWithItsOffset()
    {
        test::Scratch scratch;
        importFolder(scratch, "speech");
        const QJsonArray items = listJson(scratch);
        const QString english = items.at(0)["path"].toString().endsWith("english.wav") ? items.at(0)["path"].toString()
                                                                                        : items.at(1)["path"].toString();
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "match", english, "--start", "1.0",
                                       "--end", "3.0", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray matches = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first()["path"].toString(), english);
        QVERIFY(std::abs(matches.first()["offset_s"].toDouble() - 1.0) <= 0.1);
        QVERIFY(matches.first()["score"].toDouble() > 0.9);
    }

    void matchOnACorruptFileIsAnError()
    {
        test::Scratch scratch;
        importFolder(scratch, "speech");
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "match", q(test::fixtures("bad/notes.wav"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void messagesFollowTheSystemLanguage()
    {
        const test::CliRun german = test::runCli({"nosuch"}, {"LC_ALL=de_DE.UTF-8", "LANGUAGE="});
        QCOMPARE(german.exitCode, 2);
        QVERIFY2(german.err.contains("unbekannter Befehl „nosuch“"), german.err.constData());
        QVERIFY2(german.err.contains("Befehle:"), german.err.constData());  // the help too
    }

    void jsonIsTheSameWhateverTheLanguage()
    {
        test::Scratch scratch;
        const QString library = QString::fromStdString(scratch.path("lib").string());
        test::runCli({"--library", library, "import", QString::fromStdString(scratch.copyOf("formats").string())});
        const test::CliRun english = test::runCli({"--library", library, "stats", "--json"});
        const test::CliRun arabic = test::runCli({"--library", library, "stats", "--json"}, {"LC_ALL=ar_EG.UTF-8"});
        QCOMPARE(arabic.out, english.out);
        const test::CliRun plain = test::runCli({"--library", library, "stats"}, {"LC_ALL=fr_FR.UTF-8"});
        QVERIFY2(plain.out.startsWith("éléments : 11"), plain.out.constData());
    }

    void secondWriterIsRefusedWithAClearMessage()
    {
        test::Scratch scratch;
        auto holder = test::openLibraryForWriting(scratch.path("lib"));
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "import", q(scratch.copyOf("speech"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("in use"), run.err.constData());
    }

    void unknownCommandIsAUsageError()
    {
        QCOMPARE(test::runCli({"frobnicate"}).exitCode, 2);
    }

    void unknownFilterValueIsAUsageError()
    {
        test::Scratch scratch;
        importFolder(scratch, "speech");
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "list", "--kind", "podcast"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void listingALibraryThatDoesNotExistIsAnError()
    {
        test::Scratch scratch;
        const auto run = test::runCli({"--library", q(scratch.path("missing")), "list"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no library"));
    }

    void helpAndVersionSucceed()
    {
        const auto help = test::runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("import PATH"));
        const auto version = test::runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("lectern-cli "));
    }

    void classifyPrintsTheClassItsProbabilitiesAndEachChannel()
    {
        const auto run = test::runCli({"classify", q(test::fixtures("speech/english.wav")), "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results[0].toObject();
        const QJsonObject probs = result["probs"].toObject();
        QCOMPARE(probs.keys(), (QStringList{"audiobook", "drama", "language", "lecture", "music"}));
        double total = 0;
        for (const QString& key : probs.keys()) total += probs[key].toDouble();
        QVERIFY(std::abs(total - 1.0) < 1e-3);
        QVERIFY(probs.contains(result["class"].toString()));
        QVERIFY(result["channels"].toObject()["audio"].toObject().contains("music"));
        QVERIFY(result["channels"].toObject()["text"].toObject().contains("confidence"));
    }

    void commandsThatRunNoModelWorkWithoutTheInferenceLibrary()
    {
        test::Scratch scratch;
        importFolder(scratch, "formats");
        const QStringList missing{"LECTERN_INFERENCE_LIBRARY=" + q(scratch.path("nowhere/liblectern-inference.so"))};
        const QString library = q(scratch.path("lib"));
        for (const QStringList& command : {QStringList{"list"}, QStringList{"show", "1"}, QStringList{"stats"},
                                           QStringList{"search", "--text", "kind:audio"},
                                           QStringList{"search", "--words-only", "tone"}}) {
            const auto run = test::runCli(QStringList{"--library", library} + command, missing);
            QVERIFY2(run.exitCode == 0, qPrintable(command.join(' ') + ": " + run.err));
        }
    }

    void aCommandThatRunsAModelSaysWhereItLookedForTheMissingInferenceLibrary()
    {
        test::Scratch scratch;
        const QString missing = q(scratch.path("nowhere/liblectern-inference.so"));
        const auto run = test::runCli({"classify", q(test::fixtures("speech/french.wav"))},
                                      {"LECTERN_INFERENCE_LIBRARY=" + missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("inference library is not installed") && run.err.contains(missing.toUtf8()),
                 run.err.constData());
    }

    void aCommandThatRunsAModelSaysWhenTheInferenceLibraryIsDamaged()
    {
        test::Scratch scratch;
        const auto damaged = scratch.path("liblectern-inference.so");
        std::ofstream(damaged) << "not a library";
        const auto run = test::runCli({"classify", q(test::fixtures("speech/french.wav"))},
                                      {"LECTERN_INFERENCE_LIBRARY=" + q(damaged)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("inference library would not open"), run.err.constData());
    }

    void classifyReportsAnUnreadableFileAndGoesOn()
    {
        const auto run = test::runCli({"classify", q(test::fixtures("bad/random bytes.mp4")),
                                       q(test::fixtures("speech/french.wav")), "--json"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);
        QVERIFY(run.err.contains("random bytes.mp4"));
    }

    void embedPrintsAUnitEmbeddingAndA64BitCodePerSegment()
    {
        const auto run = test::runCli({"embed", q(test::fixtures("speech/english.wav")), "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        const QJsonArray segments = result["segments"].toArray();
        QVERIFY(!segments.isEmpty());
        for (const QJsonValue& segment : segments) {
            const QJsonArray embedding = segment.toObject()["embedding"].toArray();
            QCOMPARE(embedding.size(), 256);
            double norm = 0;
            for (const QJsonValue& v : embedding) norm += v.toDouble() * v.toDouble();
            QVERIFY(std::abs(norm - 1.0) < 1e-3);
            QVERIFY(QRegularExpression("^[0-9a-f]{16}$").match(segment.toObject()["code"].toString()).hasMatch());
        }
        QCOMPARE(result["embedding"].toArray().size(), 256);
    }

    void embedTextPrintsAUnitVectorInTheSpaceOfTheSearchEmbeddings()
    {
        const auto text = test::runCli({"embed-text", "a man reads a story", "--json"});
        QCOMPARE(text.exitCode, 0);
        const QJsonArray query = QJsonDocument::fromJson(text.out).object()["embedding"].toArray();
        QCOMPARE(query.size(), 256);
        const auto clip = test::runCli({"embed", q(test::fixtures("speech/english.wav")), "--json"});
        const QJsonArray stored = QJsonDocument::fromJson(clip.out).object()["search_embedding"].toArray();
        QCOMPARE(stored.size(), 256);
        double queryNorm = 0, storedNorm = 0;
        for (int i = 0; i < 256; ++i) {
            queryNorm += query[i].toDouble() * query[i].toDouble();
            storedNorm += stored[i].toDouble() * stored[i].toDouble();
        }
        QVERIFY(std::abs(queryNorm - 1.0) < 1e-3);
        QVERIFY(std::abs(storedNorm - 1.0) < 1e-3);
    }

    void embedTextOfNoWordIsAUsageError()
    {
        const auto run = test::runCli({"embed-text", " --- ", "--json"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no word"));
    }

    void duplicatesGroupsCopiesLouderVersionsAndExcerptsButNotSilenceOrOtherRecordings()
    {
        // The search fixture and its queries: one chord at three loudnesses
        // plus a 6 s cut of it, a lesson plus a 3 s excerpt from 2 s, a
        // French lesson, and 3 s of silence.
        test::Scratch scratch;
        QCOMPARE(importFolder(scratch, "search").exitCode, 0);
        QCOMPARE(importFolder(scratch, "search-queries").exitCode, 0);
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "duplicates", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray groups = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(groups.size(), 2);
        QStringList chordGroup, lessonGroup;
        double excerptOffset = -1;
        for (const QJsonValue& member : groups[0].toObject()["items"].toArray()) {
            chordGroup << QFileInfo(member.toObject()["path"].toString()).fileName();
        }
        for (const QJsonValue& member : groups[1].toObject()["items"].toArray()) {
            const QString name = QFileInfo(member.toObject()["path"].toString()).fileName();
            lessonGroup << name;
            if (name.startsWith("lesson excerpt")) excerptOffset = member.toObject()["offset_s"].toDouble();
        }
        chordGroup.sort();
        lessonGroup.sort();
        QCOMPARE(chordGroup, QStringList({"chord loud.flac", "chord medium.flac", "chord quiet.flac", "chord.flac"}));
        QCOMPARE(lessonGroup, QStringList({"lesson excerpt from 2 s.wav", "lesson.ogg"}));
        QCOMPARE(groups[1].toObject()["relation"].toString(), QString("same recording"));
        QVERIFY2(std::abs(excerptOffset - 2.0) < 0.1, qPrintable(QString::number(excerptOffset)));
    }

    void embedOfARangeStartsItsSegmentsThere()
    {
        const auto run =
            test::runCli({"embed", q(test::fixtures("speech/english.wav")), "--start", "0.5", "--end", "1.5", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result["start_s"].toDouble(), 0.5);
        QCOMPARE(result["segments"].toArray()[0].toObject()["start_s"].toDouble(), 0.5);
    }

    void embedRefusesARangePastTheEnd()
    {
        const auto run = test::runCli({"embed", q(test::fixtures("speech/english.wav")), "--start", "999", "--json"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("english.wav"));
    }

    void setClassMakesTheTeachersClassStick()
    {
        test::Scratch scratch;
        QCOMPARE(importFolder(scratch, "speech").exitCode, 0);
        const QString id = QString::number(listJson(scratch)[0].toObject()["id"].toInteger());
        QCOMPARE(test::runCli({"--library", q(scratch.path("lib")), "set-class", id, "music"}).exitCode, 0);
        QJsonObject item = listJson(scratch, {"--class", "music"})[0].toObject();
        QCOMPARE(item["class_source"].toString(), QString("manual"));
        QCOMPARE(test::runCli({"--library", q(scratch.path("lib")), "set-class", id, "auto"}).exitCode, 0);
        const auto show = test::runCli({"--library", q(scratch.path("lib")), "show", id, "--json"});
        item = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(item["class_source"].toString(), QString("auto"));
        QVERIFY(item["class_probabilities"].toObject().contains(item["class"].toString()));
    }

    void setClassRefusesAClassThatDoesNotExist()
    {
        test::Scratch scratch;
        QCOMPARE(importFolder(scratch, "speech").exitCode, 0);
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "set-class", "1", "poetry"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("poetry"));
    }

    void searchJsonGivesIdPathScoreStartAndReason()
    {
        test::Scratch scratch;
        importFolder(scratch, "search");
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "search", "--text", "planets", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 1);
        const QJsonObject first = results.first().toObject();
        for (const char* key : {"id", "path", "score", "start_s", "reason"}) QVERIFY2(first.contains(key), key);
        QVERIFY(first["path"].toString().endsWith("lesson.ogg"));
    }

    void searchByAnExcerptGivesTheOffsetToPlayFrom()
    {
        test::Scratch scratch;
        importFolder(scratch, "search");
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "search", "--example",
                                       q(test::fixtures("search-queries/lesson excerpt from 2 s.wav")), "--limit", "3",
                                       "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!results.isEmpty() && results.size() <= 3);
        const QJsonObject first = results.first().toObject();
        QVERIFY(first["path"].toString().endsWith("lesson.ogg"));
        QVERIFY(std::abs(first["start_s"].toDouble() - 2.0) <= 0.1);
    }

    void searchRefusesAModifierWithoutAnExample()
    {
        test::Scratch scratch;
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "search", "--modifier", "quieter"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--example"));
    }

    void searchRefusesALimitThatIsNotANumber()
    {
        test::Scratch scratch;
        const auto run = test::runCli({"--library", q(scratch.path("lib")), "search", "x", "--limit", "many"});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
