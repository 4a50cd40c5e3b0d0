#include "catalog/LibraryOverview.h"

#include "catalog/Guarded.h"

namespace lectern {

Result<std::vector<OverviewCount>> readLibraryOverview(Database& db)
{
    return guarded([&]() -> Result<std::vector<OverviewCount>> {
        Statement statement = db.prepare(
            "SELECT folder, kind, class, status, missing_since IS NOT NULL, count(*) FROM items "
            "GROUP BY folder, kind, class, status, 5");
        std::vector<OverviewCount> counts;
        while (statement.step()) {
            counts.push_back({db.mediaRoots().toLocal(statement.text(0)), parseMediaKind(statement.text(1)).value_or(MediaKind::Audio),
                              statement.text(2), parseItemStatus(statement.text(3)).value_or(ItemStatus::Pending),
                              statement.integer(4) != 0, statement.integer(5)});
        }
        return counts;
    });
}

}  // namespace lectern
