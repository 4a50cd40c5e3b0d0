// The media reader on any bytes, from memory (MediaReader::openMemory): it
// must refuse or decode, never crash, and what it decodes must be finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "media/MediaReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto reader = lectern::MediaReader::openMemory(std::vector<uint8_t>(data, data + size));
    if (!reader) return 0;
    // A damaged header may claim hours; a few seconds show the decoder's behaviour.
    for (int chunk = 0; chunk < 30; ++chunk) {
        auto samples = (*reader)->nextAudioChunk();
        if (!samples || samples->empty()) break;
        for (float sample : *samples) {
            if (!std::isfinite(sample)) __builtin_trap();
        }
    }
    return 0;
}
