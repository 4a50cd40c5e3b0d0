#include "index/LibraryVectorIndex.h"

#include <fstream>
#include <optional>
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

// How far a school library's catalog had been read into the index saved
// in `folder` (CatalogReader::changesSince), kept beside it with the
// index's stamp: another model's index starts from nothing.
std::filesystem::path changesFile(const std::filesystem::path& folder) { return folder / "changes-read"; }

std::optional<uint64_t> changesRead(const std::filesystem::path& folder, const std::string& stamp)
{
    std::ifstream in(changesFile(folder));
    std::string savedStamp;
    uint64_t upTo = 0;
    if (!std::getline(in, savedStamp) || savedStamp != stamp || !(in >> upTo)) return std::nullopt;
    return upTo;
}

void noteChangesRead(const std::filesystem::path& folder, const std::string& stamp, uint64_t upTo)
{
    std::ofstream out(changesFile(folder), std::ios::trunc);
    out << stamp << '\n' << upTo << '\n';
}

Status indexChanges(VectorIndex& index, CatalogReader& reader, const SearchSpace& space, VectorIndexSync& sync,
                    const CatalogReader::Changes& changes, const CancellationToken* cancel)
{
    for (const SegmentStamp& item : changes.stamps) {
        if (cancel && cancel->cancelled()) return failure("cancelled");
        if (index.itemVersion(item.itemId) == versionOf(item)) continue;
        if (Status added = indexItem(index, reader, space, item); !added) return added;
        ++sync.itemsAdded;
    }
    for (int64_t id : changes.goneIds) {
        if (!index.itemVersion(id)) continue;
        index.removeItem(id);
        ++sync.itemsRemoved;
    }
    return success();
}

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

// A school library's index reads only what changed since it last looked
// (the whole catalog the first time); a folder's compares one stamp per item.
Status syncAndSave(VectorIndex& index, const std::filesystem::path& indexFolder, CatalogReader& reader,
                   const std::string& stamp, const SearchSpace& space, VectorIndexSync& sync,
                   const CancellationToken* cancel)
{
    std::optional<uint64_t> upTo;
    if (reader.readsChanges()) {
        const std::optional<uint64_t> since = sync.rebuilt ? std::nullopt : changesRead(indexFolder, stamp);
        if (since) {
            auto changes = reader.changesSince(since);
            if (!changes) return failure(changes.error().message);
            if (Status synced = indexChanges(index, reader, space, sync, *changes, cancel); !synced) return synced;
            upTo = changes->upTo;
        } else {
            auto start = reader.changesMark();  // where the next look starts, taken before the whole read
            if (!start) return failure(start.error().message);
            if (Status synced = bringUpToDate(index, reader, space, sync, cancel); !synced) return synced;
            upTo = *start;
        }
    } else if (Status synced = bringUpToDate(index, reader, space, sync, cancel); !synced) {
        return synced;
    }
    // Only a cache: a failed save costs a rebuild next time, not an answer now.
    const bool saved = !(sync.rebuilt || sync.itemsAdded || sync.itemsRemoved) || index.save(indexFolder, stamp).ok();
    if (saved && upTo) noteChangesRead(indexFolder, stamp, *upTo);
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
