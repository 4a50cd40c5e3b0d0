#include "index/LibraryVectorIndex.h"

#include <set>

#include "common/Fnv1a.h"

#include "index/DistinctSegments.h"
#include "index/StoredItemOffsets.h"

namespace lectern {
namespace {

uint64_t versionOf(const SegmentStamp& stamp)
{
    Fnv1a64 hash;
    for (int64_t number : {stamp.firstRow, stamp.rows, stamp.size, stamp.modifiedNs}) hash.add(&number, sizeof number);
    hash.add(stamp.contentHash.data(), stamp.contentHash.size());
    return hash.value();
}

Status indexItem(VectorIndex& index, CatalogReader& reader, const SearchSpace& space, const SegmentStamp& stamp)
{
    auto segments = reader.segmentEmbeddings(stamp.itemId);
    if (!segments) return failure(segments.error().message);
    const auto offsets = storedItemOffsets(reader, space, {stamp.itemId});
    if (!offsets) return failure(offsets.error().message);
    for (SegmentEmbedding& segment : *segments) segment.values = space.map(segment.values, offsetOf(*offsets, stamp.itemId));
    std::vector<IndexedSegment> kept;
    for (size_t i : distinctSegments(*segments)) kept.push_back({(*segments)[i].startSeconds, (*segments)[i].values});
    index.setItem(stamp.itemId, versionOf(stamp), kept);
    return success();
}

}  // namespace

std::string vectorIndexStamp(const std::string& modelVersion, const SearchSpace& space)
{
    return modelVersion + "; " + space.stamp() + "; distinct segments at cosine " + std::to_string(kSameSoundSimilarity) + ", at most " +
           std::to_string(kMostSegmentsPerItem);
}

namespace {

// Item by item, recording what changed in `sync`.
Status bringUpToDate(VectorIndex& index, CatalogReader& reader, const SearchSpace& space, VectorIndexSync& sync,
                     const CancellationToken* cancel)
{
    const auto stamps = reader.segmentStamps();
    if (!stamps) return failure(stamps.error().message);
    std::set<int64_t> current;
    for (const SegmentStamp& item : *stamps) {
        if (cancel && cancel->cancelled()) return failure("cancelled");
        current.insert(item.itemId);
        if (index.itemVersion(item.itemId) == versionOf(item)) continue;
        if (Status added = indexItem(index, reader, space, item); !added) return added;
        ++sync.itemsAdded;
    }
    for (int64_t id : index.itemIds()) {
        if (current.count(id)) continue;
        index.removeItem(id);
        ++sync.itemsRemoved;
    }
    return success();
}

Status syncAndSave(VectorIndex& index, const std::filesystem::path& indexFolder, CatalogReader& reader,
                   const std::string& stamp, const SearchSpace& space, VectorIndexSync& sync,
                   const CancellationToken* cancel)
{
    if (Status synced = bringUpToDate(index, reader, space, sync, cancel); !synced) return synced;
    if (sync.rebuilt || sync.itemsAdded || sync.itemsRemoved) {
        // Only a cache: a failed save costs a rebuild next time, not an answer now.
        (void)index.save(indexFolder, stamp);
    }
    return success();
}

}  // namespace

Result<VectorIndex> openLibraryVectorIndex(const std::filesystem::path& indexFolder, CatalogReader& reader,
                                           const std::string& stamp, const SearchSpace& space, int dimensions,
                                           VectorIndexSync* report, const CancellationToken* cancel)
{
    VectorIndexSync sync;
    Result<VectorIndex> loaded = VectorIndex::load(indexFolder, stamp);
    if (loaded && loaded->dimensions() != dimensions) loaded = failure("the vector index has other dimensions");
    if (!loaded) {
        sync.rebuilt = true;
        sync.whyRebuilt = loaded.error().message;
    }
    VectorIndex index = loaded ? std::move(loaded).value() : VectorIndex(dimensions);
    if (Status synced = syncAndSave(index, indexFolder, reader, stamp, space, sync, cancel); !synced) {
        return synced.error();
    }
    if (report) *report = sync;
    return index;
}

Status syncLibraryVectorIndex(VectorIndex& index, const std::filesystem::path& indexFolder, CatalogReader& reader,
                              const std::string& stamp, const SearchSpace& space, VectorIndexSync* report,
                              const CancellationToken* cancel)
{
    VectorIndexSync sync;
    if (Status synced = syncAndSave(index, indexFolder, reader, stamp, space, sync, cancel); !synced) return synced;
    if (report) *report = sync;
    return success();
}

}  // namespace lectern
