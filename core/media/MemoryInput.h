// Bytes in memory as FFmpeg's input (a custom AVIOContext): for media that is
// not a file, and for fuzzing the reader without touching the disk.
#pragma once

#include <cstdint>
#include <vector>

extern "C" {
#include <libavformat/avio.h>
}

namespace lectern {

class MemoryInput {
public:
    explicit MemoryInput(std::vector<uint8_t> bytes);
    ~MemoryInput();
    MemoryInput(const MemoryInput&) = delete;
    MemoryInput& operator=(const MemoryInput&) = delete;

    // Null where memory ran out; owned here, so it must outlive the format
    // context that reads it.
    AVIOContext* context() const { return context_; }

private:
    static int read(void* opaque, uint8_t* buffer, int size);
    static int64_t seek(void* opaque, int64_t offset, int whence);

    std::vector<uint8_t> bytes_;
    size_t position_ = 0;
    AVIOContext* context_ = nullptr;
};

}  // namespace lectern
