// Owning handles for FFmpeg's C objects, so every exit path frees them.
#pragma once

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace lectern {

struct FormatDeleter {
    void operator()(AVFormatContext* context) const { avformat_close_input(&context); }
};
struct CodecDeleter {
    void operator()(AVCodecContext* context) const { avcodec_free_context(&context); }
};
struct PacketDeleter {
    void operator()(AVPacket* packet) const { av_packet_free(&packet); }
};
struct FrameDeleter {
    void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};

using FormatHandle = std::unique_ptr<AVFormatContext, FormatDeleter>;
using CodecHandle = std::unique_ptr<AVCodecContext, CodecDeleter>;
using PacketHandle = std::unique_ptr<AVPacket, PacketDeleter>;
using FrameHandle = std::unique_ptr<AVFrame, FrameDeleter>;

}  // namespace lectern
