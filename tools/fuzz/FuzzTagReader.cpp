// TagLib on any bytes (readTagsFromMemory): tags or none, never a crash.
#include <cstddef>
#include <cstdint>
#include <span>

#include "media/TagReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const lectern::Tags tags = lectern::readTagsFromMemory(std::span(data, size));
    (void)tags;
    return 0;
}
