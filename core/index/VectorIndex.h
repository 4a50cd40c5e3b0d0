// The approximate nearest-neighbour index over segment embeddings (issue 6,
// design §7): HNSW (hnswlib) on int8-quantised unit vectors, ranked by
// inner product. Each entry knows its item and the segment's start time;
// items are added, replaced and removed whole. Saved to and loaded from a
// folder together with a stamp (the model version) so that an index made
// by another model, or a damaged one, is never used.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "common/Result.h"

namespace lectern {

struct IndexedSegment {
    double startSeconds = 0.0;
    std::span<const float> embedding;  // unit length
};

struct VectorHit {
    int64_t itemId = 0;
    double startSeconds = 0.0;
    float similarity = 0.0f;  // cosine, after quantisation
};

struct VectorIndexParameters {
    size_t links = 16;           // HNSW M
    size_t buildDepth = 100;     // ef_construction
    size_t searchDepth = 192;    // ef at query time (at least the number asked for): recall@10 ≥ 0.95 in tools/bench/search
};

class VectorIndex {
public:
    explicit VectorIndex(int dimensions, VectorIndexParameters parameters = {});
    ~VectorIndex();
    VectorIndex(VectorIndex&&) noexcept;
    VectorIndex& operator=(VectorIndex&&) noexcept;

    int dimensions() const;
    size_t liveEntries() const;
    size_t itemCount() const;
    // What the caller uses to tell whether an item's entries are current.
    std::optional<uint64_t> itemVersion(int64_t itemId) const;
    std::vector<int64_t> itemIds() const;

    // Replaces whatever the index held for this item.
    void setItem(int64_t itemId, uint64_t version, const std::vector<IndexedSegment>& segments);
    void removeItem(int64_t itemId);

    // The `count` nearest entries (several may belong to one item).
    std::vector<VectorHit> search(std::span<const float> query, size_t count) const;
    // Each item's nearest entry, nearest item first, among the `entries`
    // nearest entries; items in `excluded` are left out.
    std::vector<VectorHit> searchItems(std::span<const float> query, size_t entries,
                                       const std::set<int64_t>& excluded = {}) const;
    // The same by comparing with every entry: the truth that recall is measured against.
    std::vector<VectorHit> exactSearch(std::span<const float> query, size_t count) const;
    void setSearchDepth(size_t depth);

    // Files vectors.hnsw and vectors.meta in `folder`, written beside and
    // renamed into place, so a crash leaves the old pair or the new one.
    Status save(const std::filesystem::path& folder, const std::string& stamp) const;
    // Fails where the files are missing, damaged, or carry another stamp.
    static Result<VectorIndex> load(const std::filesystem::path& folder, const std::string& stamp,
                                    VectorIndexParameters parameters = {});
    size_t memoryBytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace lectern
