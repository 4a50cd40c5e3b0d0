// The teacher's preferences, kept with QSettings where each platform keeps
// them (the registry, a plist, ~/.config): one typed accessor per setting,
// so a key is spelt in one place.
#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "ui/search/SearchState.h"

namespace lectern::settings {

QStringList recentLibraries();
void noteLibraryOpened(const QString& path);

// 0: one per core.
int analysisWorkers();
void setAnalysisWorkers(int workers);

// Empty: the models that ship with Lectern.
QString modelsFolder();
void setModelsFolder(const QString& folder);

bool autoPreview();
void setAutoPreview(bool on);

// A locale name such as "fr", or empty for the system's language.
QString uiLanguage();
void setUiLanguage(const QString& language);

enum class ColourMap { Viridis, Grey, InvertedGrey };
ColourMap spectrogramColours();
void setSpectrogramColours(ColourMap map);
// The engine draws in viridis; the other maps follow its brightness, which
// viridis raises steadily from dark to light.
QImage recoloured(const QImage& picture, ColourMap map);

QList<QPair<QString, SearchState>> savedSearches(const QString& library);
void saveSearch(const QString& library, const QString& name, const SearchState& state);
void deleteSavedSearch(const QString& library, const QString& name);

}  // namespace lectern::settings
