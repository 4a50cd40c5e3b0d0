// A list of item ids as one bound parameter (a JSON array), so that a
// statement's text does not change with the list and nothing is pasted into
// SQL: "id IN (the ids of parameter ?N)" in each backend's words.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/Database.h"

namespace lectern {

// " IN (SELECT … FROM json_each(?N))" for SQLite, json_array_elements_text on a server.
inline std::string inIdList(Database::Backend backend, int parameter)
{
    const std::string placeholder = "?" + std::to_string(parameter);
    return backend == Database::Backend::Sqlite
               ? " IN (SELECT value FROM json_each(" + placeholder + "))"
               : " IN (SELECT value::bigint FROM json_array_elements_text(CAST(" + placeholder + " AS json)))";
}

// [1,2,3]
inline std::string idListOf(const std::vector<int64_t>& ids)
{
    std::string json = "[";
    for (size_t i = 0; i < ids.size(); ++i) json += (i ? "," : "") + std::to_string(ids[i]);
    return json + "]";
}

}  // namespace lectern
