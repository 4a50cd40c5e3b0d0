// The search box's text: the query language (filters, phrases, exclusions)
// and the FTS5 expression built from it. Whatever is typed, the expression
// is refused or SQLite's FTS5 takes it: the teacher's words never make the
// catalog's full-text query fail.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "catalog/Database.h"
#include "catalog/FtsQuery.h"
#include "search/SearchQuery.h"

namespace {

lectern::Database& fullTextTable()
{
    static const std::unique_ptr<lectern::Database> db = [] {
        auto opened = lectern::Database::open(":memory:", lectern::Database::Mode::ReadWrite);
        if (!opened) __builtin_trap();
        (*opened)->execute("CREATE VIRTUAL TABLE words USING fts5(title, path)");
        (*opened)->execute("INSERT INTO words VALUES ('The water cycle', '/course/science/water.m4a')");
        return std::move(opened).value();
    }();
    return *db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const lectern::SearchQuery query = lectern::parseSearchQuery(text);
    (void)query.hasTerms();
    (void)lectern::parseDurationSeconds(text);
    if (const auto expression = lectern::toFtsExpression(text)) {
        try {
            lectern::Statement match = fullTextTable().prepare("SELECT count(*) FROM words WHERE words MATCH ?1");
            match.bind(1, *expression);
            (void)match.step();
        } catch (const lectern::DatabaseError&) {
            __builtin_trap();  // an expression FTS5 refuses
        }
    }
    return 0;
}
