#include "SoundRecordings.h"

#include <cstdint>
#include <stdexcept>

#include "BinaryIo.h"
#include "dsp/LogMel.h"

namespace lectern::ml {
namespace {

constexpr char kMagic[4] = {'L', 'S', 'R', '1'};

}  // namespace

long long SoundRecording::frameCount() const { return static_cast<long long>(frames.size()) / kMelBands; }

void writeRecordings(const std::filesystem::path& file, const std::vector<SoundRecording>& recordings)
{
    const std::filesystem::path partial = file.string() + ".partial";
    std::ofstream out(partial, std::ios::binary);
    out.write(kMagic, 4);
    put(out, static_cast<uint32_t>(recordings.size()));
    for (const SoundRecording& recording : recordings) {
        putString(out, recording.split);
        put(out, static_cast<uint8_t>(recording.bed));
        put(out, static_cast<uint32_t>(recording.concepts.size()));
        for (const std::string& soundConcept : recording.concepts) putString(out, soundConcept);
        putString(out, recording.package);
        putString(out, recording.path);
        put(out, static_cast<uint64_t>(recording.frames.size()));
        out.write(reinterpret_cast<const char*>(recording.frames.data()),
                  static_cast<std::streamsize>(recording.frames.size() * sizeof(float)));
    }
    out.close();
    if (!out) throw std::runtime_error("cannot write " + partial.string());
    std::filesystem::rename(partial, file);
}

std::vector<SoundRecording> readRecordings(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    if (!in || std::string(magic, 4) != std::string(kMagic, 4)) {
        throw std::runtime_error(file.string() + " is not a sound recordings file; run lectern-sound-features");
    }
    std::vector<SoundRecording> recordings(get<uint32_t>(in));
    for (SoundRecording& recording : recordings) {
        recording.split = getString(in);
        recording.bed = get<uint8_t>(in) != 0;
        recording.concepts.resize(get<uint32_t>(in));
        for (std::string& soundConcept : recording.concepts) soundConcept = getString(in);
        recording.package = getString(in);
        recording.path = getString(in);
        recording.frames.resize(get<uint64_t>(in));
        in.read(reinterpret_cast<char*>(recording.frames.data()),
                static_cast<std::streamsize>(recording.frames.size() * sizeof(float)));
    }
    if (!in) throw std::runtime_error(file.string() + " is truncated");
    return recordings;
}

}  // namespace lectern::ml
