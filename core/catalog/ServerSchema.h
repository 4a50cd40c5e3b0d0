// The catalog's schema on a PostgreSQL server (issue 28): the tables the
// SQLite migrations reach at their current version, in the server's types,
// with full-text search by tsvector instead of FTS5 and the columns of the
// analysis leases that workers on many computers claim.
#pragma once

#include "catalog/Database.h"

namespace lectern {

// Creates every table, index, function and trigger in an empty database.
void createServerSchema(Database& db);

}  // namespace lectern
