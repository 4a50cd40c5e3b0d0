// The folders imported into a library, by the window or lectern-cli alike,
// each watched for changes unless the teacher switched that off. Kept in
// the catalog, so every program that opens the library knows them.
#pragma once

#include <string>
#include <vector>

#include "catalog/Database.h"
#include "common/Result.h"

namespace lectern {

struct ImportedFolder {
    std::string path;  // absolute, UTF-8
    bool watched = true;
};

class ImportedFolders {
public:
    explicit ImportedFolders(Database& db) : db_(db) {}

    Result<std::vector<ImportedFolder>> list();
    // Adds a folder (a folder already known keeps its switch).
    Status note(const std::string& path);
    Status setWatched(const std::string& path, bool watched);

private:
    Database& db_;
};

}  // namespace lectern
