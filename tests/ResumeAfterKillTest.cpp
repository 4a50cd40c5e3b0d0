// A killed import loses nothing it finished and duplicates nothing when the
// next import picks up its pending items.
#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <set>

#include "catalog/Database.h"
#include "support/TestSupport.h"

using namespace lectern;

namespace {

struct Counts {
    int analyzed = 0;
    int pending = 0;
    std::set<int64_t> analyzedIds;
};

Counts countItems(const std::filesystem::path& catalog)
{
    Counts counts;
    if (!std::filesystem::exists(catalog)) return counts;
    auto db = Database::open(catalog, Database::Mode::ReadOnly);
    if (!db) return counts;
    try {
        Statement statement = (*db)->prepare("SELECT id, status FROM items");
        while (statement.step()) {
            if (statement.text(1) == "analyzed") {
                ++counts.analyzed;
                counts.analyzedIds.insert(statement.integer(0));
            } else if (statement.text(1) == "pending") {
                ++counts.pending;
            }
        }
    } catch (const DatabaseError&) {
        // The schema may not exist yet at the very start.
    }
    return counts;
}

}  // namespace

class ResumeAfterKillTest : public QObject {
    Q_OBJECT

private slots:
    void killedImportResumesWithoutLossOrDuplicates()
    {
        test::Scratch scratch;
        const auto media = scratch.copyOf("many");
        const auto library = scratch.path("lib");
        const QStringList arguments = {"--library", QString::fromStdString(library.string()), "import",
                                       QString::fromStdString(media.string()), "--jobs", "1", "--json"};
        QProcess first;
        first.start(test::cliPath(), arguments);
        QVERIFY(first.waitForStarted());
        Counts atKill;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            atKill = countItems(library / "catalog.sqlite");
            if (atKill.analyzed >= 2) break;
            QTest::qWait(10);
        }
        first.kill();
        first.waitForFinished();
        atKill = countItems(library / "catalog.sqlite");
        QVERIFY2(atKill.pending > 0, "the import finished before it could be killed");
        QVERIFY(atKill.analyzed >= 2);

        const auto second = test::runCli(arguments);
        QCOMPARE(second.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(summary["unchanged"].toInt(), atKill.analyzed);
        QCOMPARE(summary["added"].toInt() + summary["updated"].toInt(), 30 - atKill.analyzed);

        const Counts after = countItems(library / "catalog.sqlite");
        QCOMPARE(after.analyzed, 30);
        QCOMPARE(after.pending, 0);
        for (int64_t id : atKill.analyzedIds) QVERIFY(after.analyzedIds.count(id) == 1);
    }
};

QTEST_GUILESS_MAIN(ResumeAfterKillTest)
#include "ResumeAfterKillTest.moc"
