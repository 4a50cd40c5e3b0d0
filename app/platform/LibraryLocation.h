// Where a library lives when the user does not say.
#pragma once

#include <filesystem>

#include <QString>

namespace lectern {

// Organisation, name and version, which also decide the default library folder.
void setApplicationIdentity();

std::filesystem::path defaultLibraryDirectory();
std::filesystem::path toPath(const QString& text);
QString toQString(const std::filesystem::path& path);
QString toQString(const std::string& utf8);

}  // namespace lectern
