#include "platform/ModelLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "classify/FileClassifier.h"
#include "platform/LibraryLocation.h"

namespace lectern {

void useBundledModels()
{
    const QDir program(QCoreApplication::applicationDirPath());
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
