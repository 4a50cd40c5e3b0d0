#include "platform/ModelLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "classify/FileClassifier.h"
#include "classify/InferenceLibrary.h"
#include "platform/LibraryLocation.h"

namespace lectern {

void useBundledModels()
{
    const QDir program(QCoreApplication::applicationDirPath());
    // The inference library: lib/lectern/plugins/ beside bin/ on Linux,
    // beside the program on Windows, in a macOS bundle's Frameworks/ (the
    // build tree's own is found without this); cmake/InstallLayout.cmake.
    for (const QString& relative : {QStringLiteral("../lib/lectern/plugins"), QStringLiteral("."),
                                    QStringLiteral("../Frameworks")}) {
        const QString folder = QDir::cleanPath(program.filePath(relative));
        if (!QDir(folder).entryList({QStringLiteral("*lectern-inference.*")}, QDir::Files).isEmpty()) {
            setInferenceLibraryDirectory(toPath(folder));
            break;
        }
    }
    for (const QString& relative : {QStringLiteral("../share/lectern/models"), QStringLiteral("models"),
                                    QStringLiteral("../Resources/models")}) {
        const QString folder = QDir::cleanPath(program.filePath(relative));
        if (QFileInfo::exists(folder + QStringLiteral("/audio.pt"))) {
            setClassifierModelDirectory(toPath(folder));
            return;
        }
    }
}

}  // namespace lectern
