// lectern: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>
#include <QWindow>

#include <functional>
#include <utility>

#include "platform/LibraryLocation.h"
#include "platform/ModelLocation.h"
#include "platform/WriteFailures.h"
#include "ui/LibraryService.h"
#include "ui/MainWindow.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SystemTheme.h"
#include "ui/settings/UiLanguage.h"
#include "classify/FileClassifier.h"

namespace {

// Calls `then` once the window's first frame is drawn: a filter on its
// native window sees the first expose, and the call is queued behind the
// painting that the expose starts. A platform that never exposes (some
// offscreen ones) gets the call after a second.
class FirstExposure : public QObject {
public:
    FirstExposure(QWidget& window, std::function<void()> then) : QObject(&window), then_(std::move(then))
    {
        window.windowHandle()->installEventFilter(this);
        QTimer::singleShot(1000, this, [this] { fire(); });
    }

    bool eventFilter(QObject* /*watched*/, QEvent* event) override
    {
        if (event->type() == QEvent::Expose) QTimer::singleShot(0, this, [this] { fire(); });
        return false;
    }

private:
    void fire()
    {
        if (auto then = std::exchange(then_, nullptr)) then();
        deleteLater();
    }

    std::function<void()> then_;
};

void whenFirstExposed(QWidget& window, std::function<void()> then) { new FirstExposure(window, std::move(then)); }

// Asks whether to put the backup in place of a damaged catalog.
bool offerBackup(QWidget* parent, const QString& problem)
{
    const auto answer = QMessageBox::question(
        parent, QApplication::translate("main", "Lectern"),
        problem.left(1).toUpper() + problem.mid(1) + QStringLiteral("\n\n") +
            QApplication::translate("main", "Restore the copy made after the last import now? "
                                            "What changed since then is found again at the next import."));
    return answer == QMessageBox::Yes;
}

}  // namespace

int main(int argc, char** argv)
{
    lectern::failWritesInsteadOfDying();
    QApplication application(argc, argv);
    lectern::setApplicationIdentity();
    lectern::useBundledModels();
    // A models folder chosen in the settings was checked there before it was kept.
    if (const QString models = lectern::settings::modelsFolder(); !models.isEmpty()) {
        lectern::setClassifierModelDirectory(lectern::toPath(models));
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    lectern::installUiLanguage(application, lectern::settings::uiLanguage());
    lectern::followSystemTheme(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A media librarian for teachers."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption libraryOption(QStringLiteral("library"),
                                     QApplication::translate("main", "The library folder, or a school library's address (postgresql://SERVER/DATABASE)."),
                                     QStringLiteral("DIR"));
    parser.addOption(libraryOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Folders or files to import."),
                                 QStringLiteral("[paths...]"));
    parser.process(application);

    // The library asked for, else the one open last time, else the default.
    const QString last = lectern::settings::recentLibraries().value(0);
    const auto libraryDir = parser.isSet(libraryOption) ? lectern::toPath(parser.value(libraryOption))
                            : !last.isEmpty()           ? lectern::toPath(last)
                                                        : lectern::defaultLibraryDirectory();
    // Restoring the catalog's backup after the window is open needs the
    // library closed: the window quits, the backup is put in place, and
    // Lectern starts again on it.
    bool restoreAfterClosing = false;
    {
        lectern::LibraryService service;
        service.holdSearchPreparation();
        QString problem = service.open(libraryDir);
        if (service.openFoundDamagedCatalog() && lectern::LibraryService::hasBackup(libraryDir) &&
            offerBackup(nullptr, problem)) {
            problem = service.restoreBackupAndOpen(libraryDir);
        }
        if (!problem.isEmpty()) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Lectern"), problem);
            if (service.libraryPath().isEmpty()) return 2;
        }
        lectern::MainWindow window(service);
        QObject::connect(&service, &lectern::LibraryService::catalogDamaged, &window, [&](const QString& damage) {
            if (lectern::LibraryService::hasBackup(libraryDir) && offerBackup(&window, damage)) {
                restoreAfterClosing = true;
                window.close();
                QApplication::quit();
            } else {
                QMessageBox::warning(&window, QApplication::translate("main", "Lectern"), damage);
            }
        });
        window.show();
        // What loads the models, and the check of every catalog page, wait
        // until the window is on screen.
        whenFirstExposed(window, [&service, paths = parser.positionalArguments()] {
            service.checkCatalog();
            service.releaseSearchPreparation();
            // Finish anything an earlier session left pending, then the paths given.
            if (service.isWritable()) service.importPaths(paths);
        });
        const int status = QApplication::exec();
        if (!restoreAfterClosing) return status;
    }
    if (lectern::Status restored = lectern::Library::restoreBackup(libraryDir); !restored) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Lectern"),
                             lectern::toQString(restored.error().message));
        return 2;
    }
    QStringList again = {QStringLiteral("--library"), lectern::toQString(libraryDir)};
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), again) ? 0 : 2;
}
