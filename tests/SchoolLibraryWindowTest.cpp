// The window's side of a school library (issue 28), offscreen: the connect
// dialog's address, the status bar's words on the school's analysis, and,
// on the throwaway server (SchoolLibraryWindowTestOnServer), a window that
// shows another computer's new items and the school's progress by itself.
#include <QtTest>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>

#include "catalog/CatalogWriter.h"
#include "pipeline/Importer.h"
#include "pipeline/ItemCache.h"
#include "support/TestSupport.h"
#include "ui/LibraryService.h"
#include "ui/MainWindow.h"
#include "ui/library/ResultsModel.h"
#include "ui/library/SchoolLibraryDialog.h"
#include "ui/library/SchoolStatusLabel.h"
#include "ui/settings/SettingsDialog.h"

using namespace lectern;

namespace {

AnalysisProgress progressOf(int64_t pending, int workers, int64_t analyzed)
{
    AnalysisProgress progress;
    progress.pending = pending;
    progress.claimed = workers;
    progress.workers = workers;
    progress.analyzed = analyzed;
    return progress;
}

}  // namespace

class SchoolLibraryWindowTest : public QObject {
    Q_OBJECT

private slots:
    void theConnectDialogMakesAnAddressOfItsParts()
    {
        QCOMPARE(SchoolLibraryDialog::locationOf("media.school.lan", "lectern", "alice"),
                 QStringLiteral("postgresql://alice@media.school.lan/lectern"));
        QCOMPARE(SchoolLibraryDialog::locationOf(" media.school.lan:5433 ", "", ""),
                 QStringLiteral("postgresql://media.school.lan:5433/lectern"));
        // A user name or database with characters a URL reserves stays one part.
        QCOMPARE(SchoolLibraryDialog::locationOf("media", "médiathèque", "j.doe@school"),
                 QStringLiteral("postgresql://j.doe%40school@media/m%C3%A9diath%C3%A8que"));
    }

    void theConnectDialogAsksForTheServerBeforeConnecting()
    {
        SchoolLibraryDialog dialog;
        dialog.show();
        auto* connect = dialog.findChild<QPushButton*>();
        for (auto* button : dialog.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Connect")) connect = button;
        }
        QVERIFY(connect);
        connect->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        bool said = false;
        for (auto* label : dialog.findChildren<QLabel*>()) {
            said = said || (label->isVisible() && label->text().contains(QStringLiteral("server")) &&
                             label->text().startsWith(QStringLiteral("Give")));
        }
        QVERIFY(said);
    }

    void theStatusBarSaysHowMuchOfTheSchoolLibraryIsAnalysed()
    {
        QCOMPARE(SchoolStatusLabel::describe(progressOf(0, 0, 120)), QStringLiteral("School library: 120 analysed"));
        QCOMPARE(SchoolStatusLabel::describe(progressOf(30, 2, 11)),
                 QStringLiteral("School library: 11 analysed, 30 waiting · 2 computer(s) analysing"));
        QCOMPARE(SchoolStatusLabel::describe(progressOf(30, 0, 11)), QStringLiteral("School library: 11 analysed, 30 waiting"));
    }

    void aWindowOnASchoolLibraryShowsAnotherComputersNewItemsAndTheSchoolsProgress()
    {
        if (!test::onServer()) QSKIP("needs the throwaway server: runs as SchoolLibraryWindowTestOnServer");
        test::Scratch scratch;
        test::openLibraryForWriting(scratch.path("lib")).reset();  // an empty school library
        const auto location = test::libraryLocation(scratch.path("lib"));
        LibraryService service;
        QVERIFY(service.open(location).isEmpty());
        QVERIFY(service.isSchoolLibrary());
        MainWindow window(service);
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("postgresql://")));
        auto* progress = window.findChild<SchoolStatusLabel*>();
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 10000);

        // Another computer registers two files for its workers.
        auto otherComputer = Library::openForWriting(location);
        QVERIFY(otherComputer.ok());
        CatalogWriter writer((*otherComputer)->database());
        QVERIFY(writer.addPending({"/school/media/a.flac", 1, 1}, "a"));
        QVERIFY(writer.addPending({"/school/media/b.flac", 1, 1}, "b"));

        auto* model = window.findChild<ResultsModel*>();
        QVERIFY(model);
        QTRY_COMPARE_WITH_TIMEOUT(model->items().size(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(progress->text(), QStringLiteral("School library: 0 analysed, 2 waiting"), 15000);
    }

    void aWindowDrawsThePicturesOfItemsAnotherComputerAnalysed()
    {
        if (!test::onServer()) QSKIP("needs the throwaway server: runs as SchoolLibraryWindowTestOnServer");
        auto fixture = test::FixtureLibrary("search");
        auto& [scratch, media, library] = fixture;
        const auto imported = importMedia(*library, {media}, {}, {}, {});
        QVERIFY(imported && imported->added > 0);
        const auto location = test::libraryLocation(scratch.path("lib"));
        library.reset();

        // This computer has none of the pictures the analysing one made.
        qputenv("LECTERN_SERVER_CACHE", QByteArray::fromStdString(scratch.path("this-computer").string()));
        LibraryService service;
        QVERIFY(service.open(location).isEmpty());
        MainWindow window(service);
        window.show();
        auto* model = window.findChild<ResultsModel*>();
        QTRY_COMPARE_WITH_TIMEOUT(model->items().size(), imported->added, 15000);
        const std::filesystem::path cache = Library::localFolderFor(location.string()) / "cache";
        for (const Item& item : model->items()) {
            QTRY_VERIFY_WITH_TIMEOUT(std::filesystem::exists(spectrogramOverviewFile(cache, item.id)), 30000);
        }
    }

    void aSchoolLibrarysMediaRootsAreSetInTheSettingsAndAWrongLineIsSaid()
    {
        if (!test::onServer()) QSKIP("needs the throwaway server: runs as SchoolLibraryWindowTestOnServer");
        test::Scratch scratch;
        test::openLibraryForWriting(scratch.path("lib")).reset();
        LibraryService service;
        QVERIFY(service.open(test::libraryLocation(scratch.path("lib"))).isEmpty());
        SettingsDialog dialog(service, {});
        QVERIFY(dialog.mediaRootsBox());

        dialog.mediaRootsBox()->setPlainText(QStringLiteral("my media /mnt/media"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));  // kept open, saying which line is wrong
        bool said = false;
        for (auto* label : dialog.findChildren<QLabel*>()) said = said || label->text().contains(QStringLiteral("line 1"));
        QVERIFY(said);

        dialog.mediaRootsBox()->setPlainText(QStringLiteral("media=/mnt/media\n"));
        dialog.accept();
        auto reopened = Library::openForWriting(test::libraryLocation(scratch.path("lib")));
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->mediaRoots().toStored("/mnt/media/a.flac"), std::string("@media/a.flac"));
    }

    void aFolderLibraryHasNoMediaRootsToSet()
    {
        test::Scratch scratch;
        LibraryService service;
        QVERIFY(service.open(scratch.path("lib")).isEmpty());
        SettingsDialog dialog(service, {});
        QVERIFY(!dialog.mediaRootsBox());
    }
};

QTEST_MAIN(SchoolLibraryWindowTest)
#include "SchoolLibraryWindowTest.moc"
