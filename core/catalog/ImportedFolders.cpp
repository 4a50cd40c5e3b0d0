#include "catalog/ImportedFolders.h"

#include "catalog/Guarded.h"

namespace lectern {

Result<std::vector<ImportedFolder>> ImportedFolders::list()
{
    return guarded([&]() -> Result<std::vector<ImportedFolder>> {
        Statement statement = db_.prepare("SELECT path, watched FROM imported_folders ORDER BY path");
        std::vector<ImportedFolder> folders;
        while (statement.step()) folders.push_back({db_.mediaRoots().toLocal(statement.text(0)), statement.integer(1) != 0});
        return folders;
    });
}

Status ImportedFolders::note(const std::string& path)
{
    return guarded([&] {
        Statement statement = db_.prepare("INSERT INTO imported_folders (path) VALUES (?1) ON CONFLICT DO NOTHING");
        statement.bind(1, db_.mediaRoots().toStored(path));
        statement.run();
    });
}

Status ImportedFolders::setWatched(const std::string& path, bool watched)
{
    return guarded([&]() -> Status {
        Statement statement = db_.prepare("UPDATE imported_folders SET watched = ?2 WHERE path = ?1");
        statement.bind(1, db_.mediaRoots().toStored(path)).bind(2, watched ? 1 : 0);
        statement.run();
        if (db_.changes() == 0) return failure("no imported folder " + path);
        return success();
    });
}

}  // namespace lectern
