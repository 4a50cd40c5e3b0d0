#include "CorpusFeatures.h"

#include <cstdint>
#include <stdexcept>

#include "BinaryIo.h"
#include "dsp/LogMel.h"

namespace lectern::ml {
namespace {

constexpr char kMagic[4] = {'L', 'C', 'F', '2'};

}  // namespace

long long ClipFeatures::frameCount() const { return static_cast<long long>(frames.size()) / kMelBands; }

void writeSplit(const std::filesystem::path& file, const std::vector<ClipFeatures>& clips)
{
    const std::filesystem::path partial = file.string() + ".partial";
    std::ofstream out(partial, std::ios::binary);
    out.write(kMagic, 4);
    put(out, static_cast<uint32_t>(clips.size()));
    for (const ClipFeatures& clip : clips) {
        put(out, static_cast<int32_t>(clip.label));
        put(out, static_cast<uint8_t>(clip.hasVideo));
        putString(out, clip.path);
        putString(out, clip.text);
        putString(out, clip.textKind);
        put(out, static_cast<uint32_t>(clip.captions.size()));
        for (const std::string& caption : clip.captions) putString(out, caption);
        put(out, static_cast<uint64_t>(clip.frames.size()));
        out.write(reinterpret_cast<const char*>(clip.frames.data()),
                  static_cast<std::streamsize>(clip.frames.size() * sizeof(float)));
    }
    out.close();
    if (!out) throw std::runtime_error("cannot write " + partial.string());
    std::filesystem::rename(partial, file);
}

std::vector<ClipFeatures> readSplit(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    if (!in || std::string(magic, 4) != std::string(kMagic, 4)) {
        throw std::runtime_error(file.string() + " is not a corpus feature file of this version; run lectern-corpus-features");
    }
    std::vector<ClipFeatures> clips(get<uint32_t>(in));
    for (ClipFeatures& clip : clips) {
        clip.label = get<int32_t>(in);
        clip.hasVideo = get<uint8_t>(in) != 0;
        clip.path = getString(in);
        clip.text = getString(in);
        clip.textKind = getString(in);
        clip.captions.resize(get<uint32_t>(in));
        for (std::string& caption : clip.captions) caption = getString(in);
        clip.frames.resize(get<uint64_t>(in));
        in.read(reinterpret_cast<char*>(clip.frames.data()),
                static_cast<std::streamsize>(clip.frames.size() * sizeof(float)));
    }
    if (!in) throw std::runtime_error(file.string() + " is truncated");
    return clips;
}

}  // namespace lectern::ml
