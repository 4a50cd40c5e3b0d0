// The JSON shapes lectern-cli prints; scripts and tests rely on these keys.
#pragma once

#include <QJsonObject>

#include "catalog/CatalogReader.h"
#include "catalog/Item.h"
#include "pipeline/ImportProgress.h"

namespace lectern {

QJsonObject toJson(const Item& item);
QJsonObject toJson(const CatalogStats& stats);
QJsonObject toJson(const ImportSummary& summary);

}  // namespace lectern
