#include "search/NearDuplicates.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "catalog/CatalogReader.h"
#include "dsp/Fingerprint.h"
#include "search/LibrarySameRecording.h"

namespace lectern {
namespace {

// Five seconds of fingerprint frames probe each item: long enough for the
// self-similarity block (2 s) and for many exact sub-fingerprint hits.
constexpr size_t kProbeFrames = static_cast<size_t>(5 * kFingerprintFramesPerSecond);
// A probe of one code repeated (silence, a steady tone) matches every other
// such probe; only probes with this share of distinct codes are searched.
constexpr double kLeastDistinctCodes = 0.2;

class UnionFind {
public:
    explicit UnionFind(size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), size_t{0}); }
    size_t root(size_t at)
    {
        while (parent_[at] != at) at = parent_[at] = parent_[parent_[at]];
        return at;
    }
    void join(size_t a, size_t b) { parent_[root(a)] = root(b); }

private:
    std::vector<size_t> parent_;
};

bool variedEnough(std::span<const uint32_t> probe)
{
    const std::set<uint32_t> distinct(probe.begin(), probe.end());
    return static_cast<double>(distinct.size()) >= kLeastDistinctCodes * static_cast<double>(probe.size());
}

// Probes from the middle of the item, and a quarter and three quarters in
// where it is long enough, so that an excerpt of any part is found.
std::vector<std::span<const uint32_t>> probesOf(std::span<const uint32_t> codes)
{
    if (codes.size() <= kProbeFrames) return {codes};
    std::vector<std::span<const uint32_t>> probes;
    const size_t last = codes.size() - kProbeFrames;
    for (double at : {0.5, 0.25, 0.75}) {
        probes.push_back(codes.subspan(static_cast<size_t>(at * static_cast<double>(last)), kProbeFrames));
        if (codes.size() < 4 * kProbeFrames) break;
    }
    return probes;
}

}  // namespace

Result<std::vector<DuplicateGroup>> findDuplicates(Database& db)
{
    CatalogReader reader(db);
    const auto library = LibrarySameRecording::load(db);
    if (!library) return library.error();
    ItemFilter analysed;
    analysed.status = ItemStatus::Analyzed;
    auto items = reader.list(analysed);
    if (!items) return items.error();

    std::map<int64_t, size_t> numberOf;  // item id -> position in *items
    for (size_t i = 0; i < items->size(); ++i) numberOf[(*items)[i].id] = i;
    UnionFind groups(items->size());
    std::map<std::string, size_t> firstWithHash;
    for (size_t i = 0; i < items->size(); ++i) {
        const std::string& hash = (*items)[i].contentHash;
        if (hash.empty()) continue;
        const auto [first, inserted] = firstWithHash.emplace(hash, i);
        if (!inserted) groups.join(i, first->second);
    }

    // offsets[{a, b}]: where b's audio starts in a, from a match of b's probe in a.
    std::map<std::pair<size_t, size_t>, double> offsets;
    for (size_t entry = 0; entry < library->itemCount(); ++entry) {
        const auto prober = numberOf.find(library->itemIdAt(entry));
        if (prober == numberOf.end()) continue;  // not analysed any more
        const std::span<const uint32_t> codes = library->codesAt(entry);
        for (std::span<const uint32_t> probe : probesOf(codes)) {
            if (probe.size() < 64 || !variedEnough(probe)) continue;
            const double probeStart = static_cast<double>(probe.data() - codes.data()) / kFingerprintFramesPerSecond;
            for (const LibraryMatch& match : library->findCodes(probe)) {
                const auto found = numberOf.find(match.itemId);
                if (found == numberOf.end() || found->second == prober->second) continue;
                groups.join(prober->second, found->second);
                offsets.emplace(std::pair{found->second, prober->second},
                                std::max(0.0, match.offsetSeconds - probeStart));
            }
        }
    }

    std::map<size_t, std::vector<size_t>> members;
    for (size_t i = 0; i < items->size(); ++i) members[groups.root(i)].push_back(i);
    std::vector<DuplicateGroup> found;
    for (auto& [root, numbers] : members) {
        if (numbers.size() < 2) continue;
        std::stable_sort(numbers.begin(), numbers.end(), [&](size_t a, size_t b) {
            return (*items)[a].durationSeconds > (*items)[b].durationSeconds;
        });
        const Item& first = (*items)[numbers.front()];
        const bool identical = std::all_of(numbers.begin(), numbers.end(), [&](size_t n) {
            return !first.contentHash.empty() && (*items)[n].contentHash == first.contentHash;
        });
        DuplicateGroup group{identical ? "identical files" : "same recording", {}};
        for (size_t n : numbers) {
            const auto offset = offsets.find({numbers.front(), n});
            group.members.push_back({(*items)[n].id, offset == offsets.end() ? 0.0 : offset->second});
        }
        found.push_back(std::move(group));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DuplicateGroup& a, const DuplicateGroup& b) { return a.members.size() > b.members.size(); });
    return found;
}

}  // namespace lectern
