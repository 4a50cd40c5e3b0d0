// The catalog schema, built up by numbered migrations; PRAGMA user_version
// records how far a catalog has come.
#pragma once

#include "catalog/Database.h"

namespace lectern {

int currentSchemaVersion();

// Applies every migration newer than the catalog's version, each in its own
// transaction. Throws DatabaseError; refuses catalogs from a newer Lectern.
void migrate(Database& db);

}  // namespace lectern
