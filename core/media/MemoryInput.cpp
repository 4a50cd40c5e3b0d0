#include "media/MemoryInput.h"

#include <algorithm>
#include <cstring>

extern "C" {
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

namespace lectern {
namespace {

constexpr int kBufferSize = 1 << 16;

}  // namespace

MemoryInput::MemoryInput(std::vector<uint8_t> bytes) : bytes_(std::move(bytes))
{
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
    if (!buffer) return;
    context_ = avio_alloc_context(buffer, kBufferSize, 0, this, &MemoryInput::read, nullptr, &MemoryInput::seek);
    if (!context_) av_free(buffer);
}

MemoryInput::~MemoryInput()
{
    if (!context_) return;
    av_freep(&context_->buffer);  // FFmpeg may have replaced the one given
    avio_context_free(&context_);
}

int MemoryInput::read(void* opaque, uint8_t* buffer, int size)
{
    auto& input = *static_cast<MemoryInput*>(opaque);
    const size_t left = input.bytes_.size() - input.position_;
    if (left == 0) return AVERROR_EOF;
    const size_t count = std::min(left, static_cast<size_t>(std::max(size, 0)));
    std::memcpy(buffer, input.bytes_.data() + input.position_, count);
    input.position_ += count;
    return static_cast<int>(count);
}

int64_t MemoryInput::seek(void* opaque, int64_t offset, int whence)
{
    auto& input = *static_cast<MemoryInput*>(opaque);
    const auto size = static_cast<int64_t>(input.bytes_.size());
    int64_t target = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE: return size;
    case SEEK_SET: target = offset; break;
    case SEEK_CUR: target = static_cast<int64_t>(input.position_) + offset; break;
    case SEEK_END: target = size + offset; break;
    default: return AVERROR(EINVAL);
    }
    if (target < 0 || target > size) return AVERROR(EINVAL);
    input.position_ = static_cast<size_t>(target);
    return target;
}

}  // namespace lectern
