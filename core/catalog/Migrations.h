// The catalog schema, built up by numbered migrations; PRAGMA user_version
// records how far a catalog has come.
#pragma once

#include "catalog/Database.h"

namespace lectern {

int currentSchemaVersion();

// Applies every migration newer than the catalog's version, each in its own
// transaction. Throws DatabaseError; refuses catalogs from a newer Lectern.
// `upTo` exists for tests that need a catalog of an older version.
void migrate(Database& db, int upTo = currentSchemaVersion());

}  // namespace lectern
