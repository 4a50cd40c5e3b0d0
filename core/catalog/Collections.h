// The teacher's own lists of items (a course unit, a lesson): named, each
// item in as many as the teacher likes, in the order it was added.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/Database.h"
#include "common/Result.h"

namespace lectern {

struct Collection {
    int64_t id = 0;
    std::string name;
    int64_t itemCount = 0;
};

// Reads through any connection; writes only through the writing one.
class Collections {
public:
    explicit Collections(Database& db) : db_(db) {}

    // Every collection, by name.
    Result<std::vector<Collection>> list();
    // The item ids of a collection, in the order they were added.
    Result<std::vector<int64_t>> itemIds(int64_t collectionId);
    // The collections that hold this item, by name.
    Result<std::vector<Collection>> holding(int64_t itemId);

    // Names are trimmed and must be new and non-empty.
    Result<int64_t> create(const std::string& name);
    Status rename(int64_t collectionId, const std::string& name);
    // The collection goes; its items stay in the library.
    Status remove(int64_t collectionId);
    // Items already in it keep their place; unknown ids are refused whole.
    Status add(int64_t collectionId, const std::vector<int64_t>& itemIds);
    Status removeItems(int64_t collectionId, const std::vector<int64_t>& itemIds);

private:
    Result<std::string> checkedName(const std::string& name, int64_t except);
    Database& db_;
};

}  // namespace lectern
