#include "pipeline/ContentHash.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <vector>

#include "common/Fnv1a.h"
#include "common/Paths.h"

namespace lectern {
namespace {

constexpr int64_t kSampleBytes = 64 * 1024;

}  // namespace

Result<std::string> contentHash(const std::filesystem::path& path, int64_t size)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) return failure("cannot open " + toUtf8(path) + " for reading");
    Fnv1a64 hash;
    const auto sizeBytes = static_cast<uint64_t>(size);
    hash.add(reinterpret_cast<const unsigned char*>(&sizeBytes), sizeof sizeBytes);

    const std::array<int64_t, 3> offsets = {0, std::max<int64_t>(0, size / 2 - kSampleBytes / 2),
                                            std::max<int64_t>(0, size - kSampleBytes)};
    std::vector<unsigned char> buffer(static_cast<size_t>(kSampleBytes));
    for (int64_t offset : offsets) {
        file.clear();
        file.seekg(offset);
        file.read(reinterpret_cast<char*>(buffer.data()), kSampleBytes);
        if (file.bad()) return failure("cannot read " + toUtf8(path));
        hash.add(buffer.data(), static_cast<size_t>(file.gcount()));
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash.value()));
    return std::string(text);
}

}  // namespace lectern
