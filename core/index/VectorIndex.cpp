#include "index/VectorIndex.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>

#include <hnswlib/hnswlib.h>

#include "index/QuantizedVector.h"

namespace lectern {
namespace {

// hnswlib's metric for quantised vectors: 1 − cosine, so nearer is smaller.
class Int8InnerProductSpace : public hnswlib::SpaceInterface<float> {
public:
    explicit Int8InnerProductSpace(size_t dimensions) : dimensions_(dimensions) {}
    size_t get_data_size() override { return dimensions_; }
    hnswlib::DISTFUNC<float> get_dist_func() override { return &distance; }
    void* get_dist_func_param() override { return &dimensions_; }

private:
    static float distance(const void* a, const void* b, const void* dimensions)
    {
        return 1.0f - quantizedSimilarity(static_cast<const int8_t*>(a), static_cast<const int8_t*>(b),
                                          *static_cast<const size_t*>(dimensions));
    }

    size_t dimensions_;
};

constexpr char kMagic[8] = {'L', 'E', 'C', 'T', 'V', 'E', 'C', '3'};
constexpr const char* kGraphFile = "vectors.hnsw";
constexpr const char* kMetaFile = "vectors.meta";

struct Entry {
    int64_t itemId = 0;  // 0 once removed
    double startSeconds = 0.0;
};

struct ItemEntries {
    uint64_t version = 0;
    std::vector<size_t> labels;
};

// A cheap checksum over a file (or its first `length` bytes): a damaged or
// truncated graph must never reach hnswlib, which trusts its input, and a
// damaged entry list must never give wrong answers.
Result<uint64_t> checksumOf(const std::filesystem::path& file, uint64_t length = UINT64_MAX)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) return failure("cannot read " + file.string());
    uint64_t hash = 1469598103934665603ull;
    std::vector<char> buffer(1 << 20);
    while (in && length > 0) {
        in.read(buffer.data(), static_cast<std::streamsize>(std::min<uint64_t>(buffer.size(), length)));
        length -= static_cast<uint64_t>(in.gcount());
        const size_t got = static_cast<size_t>(in.gcount());
        size_t i = 0;
        for (; i + 8 <= got; i += 8) {
            uint64_t word;
            std::memcpy(&word, buffer.data() + i, 8);
            // The shift folds the high bits back down: without it, changes
            // to the top byte of two words cancelled out one time in 256
            // (found by fuzzing).
            hash = (hash ^ word) * 1099511628211ull;
            hash ^= hash >> 31;
        }
        for (; i < got; ++i) hash = (hash ^ static_cast<unsigned char>(buffer[i])) * 1099511628211ull;
    }
    return hash;
}

template <typename T>
void writePod(std::ostream& out, const T& value)
{
    out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
bool readPod(std::istream& in, T& value)
{
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&value), sizeof value));
}

}  // namespace

struct VectorIndex::Impl {
    Impl(int size, VectorIndexParameters chosen)
        : dimensions(size), parameters(chosen), space(static_cast<size_t>(size))
    {
    }

    void createGraph(size_t capacity)
    {
        graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(&space, std::max<size_t>(capacity, 1024),
                                                                  parameters.links, parameters.buildDepth);
        graph->setEf(parameters.searchDepth);
    }

    void reserveOneMore()
    {
        if (entries.size() + 1 > graph->max_elements_) graph->resizeIndex(graph->max_elements_ * 2);
    }

    std::vector<VectorHit> hitsOf(std::priority_queue<std::pair<float, hnswlib::labeltype>> nearest) const
    {
        std::vector<VectorHit> hits;
        hits.reserve(nearest.size());
        while (!nearest.empty()) {
            const auto [distance, label] = nearest.top();
            nearest.pop();
            if (label >= entries.size()) continue;  // only a damaged graph names one
            const Entry& entry = entries[label];
            hits.push_back({entry.itemId, entry.startSeconds, 1.0f - distance});
        }
        std::reverse(hits.begin(), hits.end());
        return hits;
    }

    int dimensions;
    VectorIndexParameters parameters;
    Int8InnerProductSpace space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;
    std::vector<Entry> entries;  // by label
    std::map<int64_t, ItemEntries> items;
    size_t live = 0;
};

VectorIndex::VectorIndex(int dimensions, VectorIndexParameters parameters)
    : impl_(std::make_unique<Impl>(dimensions, parameters))
{
    impl_->createGraph(1024);
}

VectorIndex::~VectorIndex() = default;
VectorIndex::VectorIndex(VectorIndex&&) noexcept = default;
VectorIndex& VectorIndex::operator=(VectorIndex&&) noexcept = default;

int VectorIndex::dimensions() const { return impl_->dimensions; }
size_t VectorIndex::liveEntries() const { return impl_->live; }
size_t VectorIndex::itemCount() const { return impl_->items.size(); }

std::optional<uint64_t> VectorIndex::itemVersion(int64_t itemId) const
{
    const auto found = impl_->items.find(itemId);
    return found == impl_->items.end() ? std::nullopt : std::optional<uint64_t>(found->second.version);
}

std::vector<int64_t> VectorIndex::itemIds() const
{
    std::vector<int64_t> ids;
    ids.reserve(impl_->items.size());
    for (const auto& [id, entries] : impl_->items) ids.push_back(id);
    return ids;
}

void VectorIndex::setItem(int64_t itemId, uint64_t version, const std::vector<IndexedSegment>& segments)
{
    removeItem(itemId);
    ItemEntries& item = impl_->items[itemId];
    item.version = version;
    for (const IndexedSegment& segment : segments) {
        if (static_cast<int>(segment.embedding.size()) != impl_->dimensions) continue;
        impl_->reserveOneMore();
        const size_t label = impl_->entries.size();
        impl_->entries.push_back({itemId, segment.startSeconds});
        const std::vector<int8_t> quantized = quantizedUnitVector(segment.embedding);
        impl_->graph->addPoint(quantized.data(), label);
        item.labels.push_back(label);
        ++impl_->live;
    }
}

void VectorIndex::removeItem(int64_t itemId)
{
    const auto found = impl_->items.find(itemId);
    if (found == impl_->items.end()) return;
    for (size_t label : found->second.labels) {
        impl_->graph->markDelete(label);
        impl_->entries[label].itemId = 0;
        --impl_->live;
    }
    impl_->items.erase(found);
}

std::vector<VectorHit> VectorIndex::search(std::span<const float> query, size_t count) const
{
    if (impl_->live == 0 || static_cast<int>(query.size()) != impl_->dimensions || count == 0) return {};
    const std::vector<int8_t> quantized = quantizedUnitVector(query);
    // hnswlib's ef is per index; a deeper search for a long list is asked for
    // through k, which it takes as at least ef.
    return impl_->hitsOf(impl_->graph->searchKnn(quantized.data(), std::min(count, impl_->live)));
}

std::vector<VectorHit> VectorIndex::searchItems(std::span<const float> query, size_t entries,
                                                const std::set<int64_t>& excluded) const
{
    std::vector<VectorHit> best;
    std::set<int64_t> seen = excluded;
    for (const VectorHit& hit : search(query, entries)) {
        if (seen.insert(hit.itemId).second) best.push_back(hit);
    }
    return best;
}

std::vector<VectorHit> VectorIndex::exactSearch(std::span<const float> query, size_t count) const
{
    if (static_cast<int>(query.size()) != impl_->dimensions) return {};
    const std::vector<int8_t> quantized = quantizedUnitVector(query);
    std::vector<VectorHit> hits;
    for (size_t label = 0; label < impl_->entries.size(); ++label) {
        const Entry& entry = impl_->entries[label];
        if (entry.itemId == 0) continue;
        const auto* stored = reinterpret_cast<const int8_t*>(impl_->graph->getDataByInternalId(
            impl_->graph->label_lookup_.at(label)));
        hits.push_back({entry.itemId, entry.startSeconds,
                        quantizedSimilarity(quantized.data(), stored, quantized.size())});
    }
    const size_t kept = std::min(count, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + static_cast<long>(kept), hits.end(),
                      [](const VectorHit& a, const VectorHit& b) { return a.similarity > b.similarity; });
    hits.resize(kept);
    return hits;
}

void VectorIndex::setSearchDepth(size_t depth)
{
    impl_->parameters.searchDepth = depth;
    impl_->graph->setEf(depth);
}

size_t VectorIndex::memoryBytes() const
{
    const auto& graph = *impl_->graph;
    return graph.max_elements_ * graph.size_data_per_element_ + graph.cur_element_count * graph.size_links_per_element_ +
           impl_->entries.size() * sizeof(Entry) + impl_->items.size() * (sizeof(ItemEntries) + 48);
}

Status VectorIndex::save(const std::filesystem::path& folder, const std::string& stamp) const
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    const auto graphFile = folder / kGraphFile;
    const auto metaFile = folder / kMetaFile;
    const auto graphTemp = folder / (std::string(kGraphFile) + ".new");
    const auto metaTemp = folder / (std::string(kMetaFile) + ".new");
    try {
        impl_->graph->saveIndex(graphTemp.string());
    } catch (const std::exception& failed) {
        return failure("cannot write the vector index in " + folder.string() + ": " + failed.what());
    }
    const Result<uint64_t> checksum = checksumOf(graphTemp);
    if (!checksum) return failure(checksum.error().message);
    {
        std::ofstream out(metaTemp, std::ios::binary | std::ios::trunc);
        out.write(kMagic, sizeof kMagic);
        writePod(out, static_cast<uint64_t>(stamp.size()));
        out.write(stamp.data(), static_cast<std::streamsize>(stamp.size()));
        writePod(out, static_cast<int32_t>(impl_->dimensions));
        writePod(out, static_cast<uint64_t>(std::filesystem::file_size(graphTemp, error)));
        writePod(out, *checksum);
        writePod(out, static_cast<uint64_t>(impl_->entries.size()));
        for (const Entry& entry : impl_->entries) {
            writePod(out, entry.itemId);
            writePod(out, entry.startSeconds);
        }
        writePod(out, static_cast<uint64_t>(impl_->items.size()));
        for (const auto& [id, item] : impl_->items) {
            writePod(out, id);
            writePod(out, item.version);
        }
        if (!out.flush()) return failure("cannot write " + metaTemp.string());
        // Last, the checksum of everything before it.
        const Result<uint64_t> metaChecksum = checksumOf(metaTemp);
        if (!metaChecksum) return failure(metaChecksum.error().message);
        writePod(out, *metaChecksum);
        if (!out.flush()) return failure("cannot write " + metaTemp.string());
    }
    // The meta file names the graph's size and checksum, so it goes last.
    std::filesystem::rename(graphTemp, graphFile, error);
    if (!error) std::filesystem::rename(metaTemp, metaFile, error);
    if (error) return failure("cannot replace the vector index in " + folder.string() + ": " + error.message());
    return success();
}

Result<VectorIndex> VectorIndex::load(const std::filesystem::path& folder, const std::string& stamp,
                                      VectorIndexParameters parameters)
{
    const auto graphFile = folder / kGraphFile;
    std::ifstream in(folder / kMetaFile, std::ios::binary);
    if (!in) return failure("no vector index in " + folder.string());
    const auto damaged = [&folder]() { return failure("the vector index in " + folder.string() + " is damaged"); };
    std::error_code error;
    const uint64_t metaBytes = std::filesystem::file_size(folder / kMetaFile, error);
    uint64_t storedMetaChecksum = 0;
    if (error || metaBytes < sizeof storedMetaChecksum) return damaged();
    in.seekg(static_cast<std::streamoff>(metaBytes - sizeof storedMetaChecksum));
    const Result<uint64_t> metaChecksum = checksumOf(folder / kMetaFile, metaBytes - sizeof storedMetaChecksum);
    if (!readPod(in, storedMetaChecksum) || !metaChecksum || *metaChecksum != storedMetaChecksum) return damaged();
    in.seekg(0);
    char magic[sizeof kMagic];
    uint64_t stampSize = 0;
    if (!in.read(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0) return damaged();
    if (!readPod(in, stampSize) || stampSize > 4096) return damaged();
    std::string storedStamp(stampSize, '\0');
    if (!in.read(storedStamp.data(), static_cast<std::streamsize>(stampSize))) return damaged();
    if (storedStamp != stamp) return failure("the vector index was made by model " + storedStamp);
    int32_t dimensions = 0;
    uint64_t graphBytes = 0, checksum = 0, entryCount = 0, itemCount = 0;
    if (!readPod(in, dimensions) || !readPod(in, graphBytes) || !readPod(in, checksum) || !readPod(in, entryCount))
        return damaged();
    if (dimensions <= 0 || dimensions > 65536 || entryCount > (uint64_t{1} << 34)) return damaged();
    // Each entry takes 16 bytes of the meta file: a count its size cannot
    // hold is damage, refused before anything is allocated for it.
    if (entryCount > metaBytes / (sizeof(int64_t) + sizeof(double))) return damaged();
    if (std::filesystem::file_size(graphFile, error) != graphBytes || error) return damaged();
    const Result<uint64_t> actual = checksumOf(graphFile);
    if (!actual || *actual != checksum) return damaged();

    VectorIndex index(dimensions, parameters);
    Impl& impl = *index.impl_;
    impl.entries.resize(entryCount);
    for (Entry& entry : impl.entries) {
        if (!readPod(in, entry.itemId) || !readPod(in, entry.startSeconds)) return damaged();
    }
    if (!readPod(in, itemCount) || itemCount > entryCount + 1) return damaged();
    for (uint64_t i = 0; i < itemCount; ++i) {
        int64_t id = 0;
        uint64_t version = 0;
        if (!readPod(in, id) || !readPod(in, version)) return damaged();
        impl.items[id].version = version;
    }
    for (size_t label = 0; label < impl.entries.size(); ++label) {
        const auto item = impl.items.find(impl.entries[label].itemId);
        if (item == impl.items.end()) continue;
        item->second.labels.push_back(label);
        ++impl.live;
    }
    try {
        impl.graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(&impl.space, graphFile.string(), false,
                                                                       std::max<size_t>(entryCount, 1024));
        impl.graph->setEf(parameters.searchDepth);
    } catch (const std::exception&) {
        return damaged();
    }
    if (impl.graph->cur_element_count != entryCount) return damaged();
    return index;
}

}  // namespace lectern
