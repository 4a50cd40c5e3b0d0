#include "ui/settings/AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace lectern::settings {
namespace {

constexpr int kMostRecentLibraries = 8;

// Per-library keys: a library folder's path can hold any character.
QString libraryKey(const QString& library, const char* name)
{
    const QByteArray id = QCryptographicHash::hash(QDir::cleanPath(library).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("libraries/%1/%2").arg(QString::fromLatin1(id.left(16)), QLatin1String(name));
}

}  // namespace

QStringList recentLibraries() { return QSettings().value(QStringLiteral("library/recent")).toStringList(); }

void noteLibraryOpened(const QString& path)
{
    QStringList recent = recentLibraries();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMostRecentLibraries) recent.removeLast();
    QSettings settings;
    settings.setValue(QStringLiteral("library/recent"), recent);
    settings.setValue(QStringLiteral("library/current"), path);
}

int analysisWorkers() { return QSettings().value(QStringLiteral("analysis/workers"), 0).toInt(); }
void setAnalysisWorkers(int workers) { QSettings().setValue(QStringLiteral("analysis/workers"), workers); }

QString modelsFolder() { return QSettings().value(QStringLiteral("models/folder")).toString(); }
void setModelsFolder(const QString& folder) { QSettings().setValue(QStringLiteral("models/folder"), folder); }

bool autoPreview() { return QSettings().value(QStringLiteral("player/autoPreview"), false).toBool(); }
void setAutoPreview(bool on) { QSettings().setValue(QStringLiteral("player/autoPreview"), on); }

QString uiLanguage() { return QSettings().value(QStringLiteral("ui/language")).toString(); }
void setUiLanguage(const QString& language) { QSettings().setValue(QStringLiteral("ui/language"), language); }

ColourMap spectrogramColours()
{
    return static_cast<ColourMap>(QSettings().value(QStringLiteral("spectrogram/colours"), 0).toInt());
}

void setSpectrogramColours(ColourMap map)
{
    QSettings().setValue(QStringLiteral("spectrogram/colours"), static_cast<int>(map));
}

QImage recoloured(const QImage& picture, ColourMap map)
{
    if (map == ColourMap::Viridis || picture.isNull()) return picture;
    QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    if (map == ColourMap::InvertedGrey) grey.invertPixels();
    return grey;
}

QList<QPair<QString, SearchState>> savedSearches(const QString& library)
{
    QList<QPair<QString, SearchState>> searches;
    const QVariantMap stored = QSettings().value(libraryKey(library, "searches")).toMap();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        searches.push_back({it.key(), SearchState::fromVariant(it.value().toMap())});
    }
    return searches;
}

void saveSearch(const QString& library, const QString& name, const SearchState& state)
{
    QVariantMap stored = QSettings().value(libraryKey(library, "searches")).toMap();
    stored[name] = state.toVariant();
    QSettings().setValue(libraryKey(library, "searches"), stored);
}

void deleteSavedSearch(const QString& library, const QString& name)
{
    QVariantMap stored = QSettings().value(libraryKey(library, "searches")).toMap();
    stored.remove(name);
    QSettings().setValue(libraryKey(library, "searches"), stored);
}

}  // namespace lectern::settings
