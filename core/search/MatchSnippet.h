// Why a text result matched, in words: the first annotation field holding
// one of the query's words, with the hit in [brackets] and a little context.
// Made here from the item rather than by FTS5's snippet(), which had to run
// inside the ranking query and cost as much as the ranking itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/Item.h"

namespace lectern {

struct FieldSnippet {
    std::string field;    // "title", "comment", "file name", …
    std::string snippet;  // "Planets of the [solar] system"
};

// Words match case-insensitively at the start of a word in the field; the
// last term also as a prefix (it may still be being typed).
std::optional<FieldSnippet> snippetOf(const Item& item, const std::vector<std::string>& terms);

}  // namespace lectern
