// The library's vector index, kept in step with the catalog (the truth,
// design §4): opened from the library's index/ folder, rebuilt when it is
// missing, damaged or made by another model, then brought up to date item
// by item (new and re-analysed items added, removed ones dropped) and saved
// again where anything changed.
#pragma once

#include <filesystem>
#include <string>

#include "catalog/CatalogReader.h"
#include "common/CancellationToken.h"
#include "common/Result.h"
#include "index/SearchSpace.h"
#include "index/VectorIndex.h"

namespace lectern {

struct VectorIndexSync {
    bool rebuilt = false;
    std::string whyRebuilt;  // the reason the stored index could not be used
    size_t itemsAdded = 0;   // new or re-analysed
    size_t itemsRemoved = 0;
};

// What an index's entries depend on: the audio model, the space its
// embeddings are mapped into, and how segments are chosen.
std::string vectorIndexStamp(const std::string& modelVersion, const SearchSpace& space);

// The stored segment embeddings go in mapped by `space`. A cancelled open
// fails ("cancelled") between items.
Result<VectorIndex> openLibraryVectorIndex(const std::filesystem::path& indexFolder, CatalogReader& reader,
                                           const std::string& stamp, const SearchSpace& space, int dimensions,
                                           VectorIndexSync* report = nullptr,
                                           const CancellationToken* cancel = nullptr);

// Brings an open index up to date with the catalog and saves it where
// anything changed (after an import: no reload of the saved files).
Status syncLibraryVectorIndex(VectorIndex& index, const std::filesystem::path& indexFolder, CatalogReader& reader,
                              const std::string& stamp, const SearchSpace& space, VectorIndexSync* report = nullptr,
                              const CancellationToken* cancel = nullptr);

}  // namespace lectern
