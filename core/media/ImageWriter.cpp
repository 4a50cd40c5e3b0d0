#include "media/ImageWriter.h"

#include <fstream>
#include <memory>

#include "common/Paths.h"
#include "media/FfmpegHandles.h"
#include "media/FfmpegSetup.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

namespace lectern {
namespace {


Status encode(const std::filesystem::path& file, const RgbImage& image, AVCodecID codecId, AVPixelFormat format)
{
    prepareFfmpeg();
    if (image.width <= 0 || image.height <= 0) return failure("cannot write an empty image");
    const AVCodec* codec = avcodec_find_encoder(codecId);
    if (!codec) return failure("this FFmpeg has no image encoder for the format");
    CodecHandle context(avcodec_alloc_context3(codec));
    FrameHandle frame(av_frame_alloc());
    PacketHandle packet(av_packet_alloc());
    if (!context || !frame || !packet) return failure("out of memory");
    context->width = image.width;
    context->height = image.height;
    context->pix_fmt = format;
    context->time_base = {1, 25};
    if (codecId == AV_CODEC_ID_MJPEG) {
        context->flags |= AV_CODEC_FLAG_QSCALE;
        context->global_quality = FF_QP2LAMBDA * 4;  // good quality, small thumbnails
        context->color_range = AVCOL_RANGE_JPEG;
    }
    if (avcodec_open2(context.get(), codec, nullptr) < 0) return failure("cannot open the image encoder");

    frame->format = format;
    frame->width = image.width;
    frame->height = image.height;
    if (av_frame_get_buffer(frame.get(), 0) < 0) return failure("out of memory");
    SwsContext* converter = sws_getContext(image.width, image.height, AV_PIX_FMT_RGB24, image.width, image.height,
                                           format, SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!converter) return failure("cannot convert the image");
    const uint8_t* source[1] = {image.pixels.data()};
    const int sourceStride[1] = {image.width * 3};
    sws_scale(converter, source, sourceStride, 0, image.height, frame->data, frame->linesize);
    sws_freeContext(converter);
    if (codecId == AV_CODEC_ID_MJPEG) frame->quality = context->global_quality;

    if (avcodec_send_frame(context.get(), frame.get()) < 0 || avcodec_send_frame(context.get(), nullptr) < 0 ||
        avcodec_receive_packet(context.get(), packet.get()) < 0) {
        return failure("image encoding failed");
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(packet->data), packet->size);
    if (!out) return failure("cannot write " + toUtf8(file));
    return success();
}

}  // namespace

Status writePng(const std::filesystem::path& file, const RgbImage& image)
{
    return encode(file, image, AV_CODEC_ID_PNG, AV_PIX_FMT_RGB24);
}

Status writeJpeg(const std::filesystem::path& file, const RgbImage& image)
{
    return encode(file, image, AV_CODEC_ID_MJPEG, AV_PIX_FMT_YUVJ420P);
}

}  // namespace lectern
