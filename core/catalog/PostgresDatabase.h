// A catalog on a school's PostgreSQL server (issue 28), through libpq.
// Credentials come from libpq's own places (~/.pgpass, a service file, the
// PG* environment), never from Lectern's settings; TLS is used where the
// server offers it (libpq's sslmode=prefer). Statements keep the catalog's
// `?` placeholders and are numbered for the server here.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "catalog/Database.h"
#include "common/Result.h"

namespace lectern {

// Whether a library location names a server ("postgresql://host/db" or
// "postgres://…") rather than a folder.
bool isServerLocation(std::string_view location);

// The location without a password, for messages: "postgresql://school.lan/media".
std::string displayedServerLocation(std::string_view location);

// The location without a password but otherwise whole (host, port, options),
// as a library is remembered among the recent ones: passwords belong in
// libpq's ~/.pgpass, never in Lectern's settings.
std::string withoutPassword(std::string_view location);

// `?` placeholders as $1, $2 … and `?7` as $7, outside quoted text, identifiers and comments.
std::string numberedPlaceholders(std::string_view sql);

// Connects to the server at `location` (a libpq connection URI). ReadOnly
// connections start every transaction read-only.
Result<std::unique_ptr<Database>> connectToServer(const std::string& location, Database::Mode mode);

}  // namespace lectern
