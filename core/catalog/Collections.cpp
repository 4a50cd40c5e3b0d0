#include "catalog/Collections.h"

#include "catalog/Guarded.h"

namespace lectern {
namespace {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<Collection> readCollections(Statement& statement)
{
    std::vector<Collection> collections;
    while (statement.step()) collections.push_back({statement.integer(0), statement.text(1), statement.integer(2)});
    return collections;
}

}  // namespace

Result<std::vector<Collection>> Collections::list()
{
    return guarded([&]() -> Result<std::vector<Collection>> {
        Statement statement = db_.prepare(
            "SELECT c.id, c.name, count(ci.item_id) FROM collections c "
            "LEFT JOIN collection_items ci ON ci.collection_id = c.id GROUP BY c.id, c.name ORDER BY lower(c.name), c.name");
        return readCollections(statement);
    });
}

Result<std::vector<int64_t>> Collections::itemIds(int64_t collectionId)
{
    return guarded([&]() -> Result<std::vector<int64_t>> {
        Statement statement =
            db_.prepare("SELECT item_id FROM collection_items WHERE collection_id = ?1 ORDER BY position");
        statement.bind(1, collectionId);
        std::vector<int64_t> ids;
        while (statement.step()) ids.push_back(statement.integer(0));
        return ids;
    });
}

Result<std::vector<Collection>> Collections::holding(int64_t itemId)
{
    return guarded([&]() -> Result<std::vector<Collection>> {
        Statement statement = db_.prepare(
            "SELECT c.id, c.name, (SELECT count(*) FROM collection_items WHERE collection_id = c.id) "
            "FROM collections c JOIN collection_items ci ON ci.collection_id = c.id "
            "WHERE ci.item_id = ?1 ORDER BY lower(c.name), c.name");
        statement.bind(1, itemId);
        return readCollections(statement);
    });
}

Result<std::string> Collections::checkedName(const std::string& name, int64_t except)
{
    const std::string wanted = trimmed(name);
    if (wanted.empty()) return failure("a collection needs a name");
    Statement taken = db_.prepare("SELECT 1 FROM collections WHERE name = ?1 AND id != ?2");
    taken.bind(1, wanted).bind(2, except);
    if (taken.step()) return failure("there is already a collection called '" + wanted + "'");
    return wanted;
}

Result<int64_t> Collections::create(const std::string& name)
{
    return guarded([&]() -> Result<int64_t> {
        auto wanted = checkedName(name, 0);
        if (!wanted) return wanted.error();
        Statement statement = db_.prepare("INSERT INTO collections (name) VALUES (?1)");
        statement.bind(1, *wanted);
        statement.run();
        return db_.lastInsertId();
    });
}

Status Collections::rename(int64_t collectionId, const std::string& name)
{
    return guarded([&]() -> Status {
        auto wanted = checkedName(name, collectionId);
        if (!wanted) return wanted.error();
        Statement statement = db_.prepare("UPDATE collections SET name = ?2 WHERE id = ?1");
        statement.bind(1, collectionId).bind(2, *wanted);
        statement.run();
        if (db_.changes() == 0) return failure("no such collection");
        return success();
    });
}

Status Collections::remove(int64_t collectionId)
{
    return guarded([&]() -> Status {
        Statement statement = db_.prepare("DELETE FROM collections WHERE id = ?1");
        statement.bind(1, collectionId);
        statement.run();
        return success();
    });
}

Status Collections::add(int64_t collectionId, const std::vector<int64_t>& itemIds)
{
    return guarded([&]() -> Status {
        Transaction transaction(db_);
        Statement next = db_.prepare(
            "SELECT coalesce(max(position), 0) + 1 FROM collection_items WHERE collection_id = ?1");
        next.bind(1, collectionId);
        next.step();
        int64_t position = next.integer(0);
        // Foreign keys refuse an unknown collection or item, and the
        // transaction then takes back the whole batch.
        Statement insert = db_.prepare(
            "INSERT INTO collection_items (collection_id, item_id, position) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        for (const int64_t itemId : itemIds) {
            insert.reset();
            insert.bind(1, collectionId).bind(2, itemId).bind(3, position++);
            insert.run();
        }
        transaction.commit();
        return success();
    });
}

Status Collections::removeItems(int64_t collectionId, const std::vector<int64_t>& itemIds)
{
    return guarded([&]() -> Status {
        Transaction transaction(db_);
        Statement statement = db_.prepare("DELETE FROM collection_items WHERE collection_id = ?1 AND item_id = ?2");
        for (const int64_t itemId : itemIds) {
            statement.reset();
            statement.bind(1, collectionId).bind(2, itemId);
            statement.run();
        }
        transaction.commit();
        return success();
    });
}

}  // namespace lectern
