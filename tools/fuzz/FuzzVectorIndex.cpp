// The library's own vector index files (index/vectors.meta and
// vectors.hnsw), damaged: a valid index of 40 vectors is saved once, and
// each input patches bytes of one of its two files. Loading must refuse
// the damage or give an index that answers searches, never crash or
// allocate without bound.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

#include "index/VectorIndex.h"

namespace fs = std::filesystem;

namespace {

constexpr int kDimensions = 8;
const char* const kStamp = "fuzz";

struct SavedIndex {
    fs::path folder;
    std::vector<std::string> files;     // vectors.meta, vectors.hnsw
    std::vector<std::vector<char>> bytes;
};

std::vector<char> contentsOf(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const SavedIndex& savedIndex()
{
    static const SavedIndex saved = [] {
        SavedIndex index;
        index.folder = fs::temp_directory_path() / ("lectern-fuzz-index-" + std::to_string(getpid()));
        fs::create_directories(index.folder);
        lectern::VectorIndex vectors(kDimensions);
        std::mt19937 random(7);
        std::normal_distribution<float> normal;
        for (int64_t item = 1; item <= 20; ++item) {
            std::vector<std::vector<float>> rows(2, std::vector<float>(kDimensions));
            std::vector<lectern::IndexedSegment> segments;
            for (size_t s = 0; s < rows.size(); ++s) {
                float norm = 0;
                for (float& value : rows[s]) {
                    value = normal(random);
                    norm += value * value;
                }
                for (float& value : rows[s]) value /= std::sqrt(norm);
                segments.push_back({static_cast<double>(s) * 5.0, rows[s]});
            }
            vectors.setItem(item, 1, segments);
        }
        if (!vectors.save(index.folder, kStamp)) __builtin_trap();
        for (const char* name : {"vectors.meta", "vectors.hnsw"}) {
            index.files.emplace_back(name);
            index.bytes.push_back(contentsOf(index.folder / name));
        }
        return index;
    }();
    return saved;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const SavedIndex& saved = savedIndex();
    if (size < 1) return 0;
    // Byte 0 chooses the file; then (offset high, offset low, value) triples patch it.
    const size_t which = data[0] % saved.files.size();
    std::vector<char> damaged = saved.bytes[which];
    for (size_t i = 1; i + 2 < size; i += 3) {
        if (damaged.empty()) break;
        const size_t offset = ((static_cast<size_t>(data[i]) << 8) | data[i + 1]) % damaged.size();
        damaged[offset] = static_cast<char>(data[i + 2]);
    }
    // A tail of the input past the triples cuts the file short.
    if (size % 3 == 2) damaged.resize(damaged.size() / 2);
    const fs::path folder = saved.folder / "damaged";
    fs::create_directories(folder);
    for (size_t f = 0; f < saved.files.size(); ++f) {
        const std::vector<char>& bytes = f == which ? damaged : saved.bytes[f];
        std::ofstream(folder / saved.files[f], std::ios::binary | std::ios::trunc)
            .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    auto loaded = lectern::VectorIndex::load(folder, kStamp);
    if (loaded) {
        const std::vector<float> query(kDimensions, 1.0f / std::sqrt(float{kDimensions}));
        (void)loaded->searchItems(query, 10);
    }
    return 0;
}
