// The search box's text: the query language (filters, phrases, exclusions)
// and the FTS5 expression built from it. Whatever is typed, the expression
// is either refused or balanced: every quote closed, so SQLite never sees a
// syntax error made of the user's words.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "catalog/FtsQuery.h"
#include "search/SearchQuery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const lectern::SearchQuery query = lectern::parseSearchQuery(text);
    (void)query.hasTerms();
    (void)lectern::parseDurationSeconds(text);
    if (const auto expression = lectern::toFtsExpression(text)) {
        if (std::count(expression->begin(), expression->end(), '"') % 2 != 0) __builtin_trap();
    }
    return 0;
}
