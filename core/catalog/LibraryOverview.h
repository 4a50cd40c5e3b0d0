// How many items the library holds of each kind, class and status, folder by
// folder: everything a sidebar of counts needs, read in one grouped query.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/Database.h"
#include "catalog/Item.h"
#include "common/Result.h"

namespace lectern {

struct OverviewCount {
    std::string folder;
    MediaKind kind = MediaKind::Audio;
    std::string resourceClass;
    ItemStatus status = ItemStatus::Pending;
    bool missing = false;  // the file was gone at the last scan
    int64_t items = 0;
};

Result<std::vector<OverviewCount>> readLibraryOverview(Database& db);

}  // namespace lectern
