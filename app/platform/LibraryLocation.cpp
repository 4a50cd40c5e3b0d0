#include "platform/LibraryLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace lectern {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lectern"));
    QCoreApplication::setApplicationName(QStringLiteral("Lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
}

std::filesystem::path defaultLibraryDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return toPath(QDir(base).filePath(QStringLiteral("library")));
}

std::filesystem::path toPath(const QString& text) { return std::filesystem::path(text.toStdU16String()); }

QString toQString(const std::filesystem::path& path)
{
    return QString::fromStdU16String(path.u16string());
}

QString toQString(const std::string& utf8) { return QString::fromStdString(utf8); }

}  // namespace lectern
