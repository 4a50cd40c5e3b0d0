#include "media/VideoFrameReader.h"

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include "common/Paths.h"
#include "media/FfmpegHandles.h"
#include "media/FfmpegSetup.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace lectern {
namespace {

struct ScalerDeleter {
    void operator()(SwsContext* context) const { sws_freeContext(context); }
};

// One open video stream with its decoder and a scaler to RGB.
class VideoDecoder {
public:
    Status open(const std::filesystem::path& path)
    {
        prepareFfmpeg();
        AVFormatContext* raw = nullptr;
        if (avformat_open_input(&raw, toUtf8(path).c_str(), nullptr, nullptr) < 0) {
            return failure("not a media file that can be read");
        }
        format_.reset(raw);
        if (avformat_find_stream_info(raw, nullptr) < 0) return failure("cannot read the streams of this file");
        for (unsigned i = 0; i < raw->nb_streams; ++i) {
            AVStream* stream = raw->streams[i];
            stream->discard = AVDISCARD_ALL;
            if (stream_ < 0 && stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
                (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) == 0) {
                stream_ = static_cast<int>(i);
            }
        }
        if (stream_ < 0) return failure("the file has no video stream");
        AVStream* stream = raw->streams[stream_];
        stream->discard = AVDISCARD_DEFAULT;
        const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
        if (!codec) return failure("no decoder for this video codec");
        decoder_.reset(avcodec_alloc_context3(codec));
        if (!decoder_ || avcodec_parameters_to_context(decoder_.get(), stream->codecpar) < 0) return failure("out of memory");
        decoder_->thread_count = 1;  // the import already runs one file per core
        if (avcodec_open2(decoder_.get(), codec, nullptr) < 0) return failure("cannot open the video decoder");
        timeBase_ = av_q2d(stream->time_base);
        startTime_ = stream->start_time != AV_NOPTS_VALUE ? static_cast<double>(stream->start_time) * timeBase_ : 0.0;
        return success();
    }

    // From now on only key frames are read and decoded.
    void decodeKeyFramesOnly()
    {
        keyFramesOnly_ = true;
        decoder_->skip_frame = AVDISCARD_NONKEY;
    }

    int frameArea() const { return decoder_->width * decoder_->height; }
    // The latest time of a packet of the stream read so far.
    double lastPacketTime() const { return lastPacketTime_; }

    // Decodes the next frame; false at the end of the stream. With key
    // frames only, those before `earliest` seconds are not decoded either.
    bool next(AVFrame* frame, double earliest = -std::numeric_limits<double>::infinity())
    {
        while (true) {
            const int received = avcodec_receive_frame(decoder_.get(), frame);
            if (received == 0) return true;
            if (received == AVERROR_EOF) return false;
            if (received != AVERROR(EAGAIN)) {
                ++damaged_;
                if (damaged_ > 1000) return false;
                continue;
            }
            if (drained_) return false;
            const int read = av_read_frame(format_.get(), packet_.get());
            if (read < 0) {
                drained_ = true;
                avcodec_send_packet(decoder_.get(), nullptr);
                continue;
            }
            if (packet_->stream_index == stream_ && wanted(packet_.get(), earliest)) {
                avcodec_send_packet(decoder_.get(), packet_.get());
            }
            av_packet_unref(packet_.get());
        }
    }

    // Notes the packet's time; whether it is to be decoded.
    bool wanted(const AVPacket* packet, double earliest)
    {
        const double time = packet->pts != AV_NOPTS_VALUE ? static_cast<double>(packet->pts) * timeBase_ - startTime_ : -1.0;
        lastPacketTime_ = std::max(lastPacketTime_, time);
        if (!keyFramesOnly_) return true;
        return (packet->flags & AV_PKT_FLAG_KEY) != 0 && (time < 0 || time + 1e-3 >= earliest);
    }

    double timeOf(const AVFrame* frame) const
    {
        const int64_t stamp = frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
        return stamp == AV_NOPTS_VALUE ? -1.0 : static_cast<double>(stamp) * timeBase_ - startTime_;
    }

    RgbImage scale(const AVFrame* frame, int width, int height)
    {
        RgbImage image(width, height);
        scaler_.reset(sws_getCachedContext(scaler_.release(), frame->width, frame->height,
                                           static_cast<AVPixelFormat>(frame->format), width, height, AV_PIX_FMT_RGB24,
                                           SWS_AREA, nullptr, nullptr, nullptr));
        if (!scaler_) return image;
        uint8_t* target[1] = {image.pixels.data()};
        const int stride[1] = {width * 3};
        sws_scale(scaler_.get(), frame->data, frame->linesize, 0, frame->height, target, stride);
        return image;
    }

    bool seek(double seconds)
    {
        const auto stamp = static_cast<int64_t>((seconds + startTime_) / timeBase_);
        if (av_seek_frame(format_.get(), stream_, stamp, AVSEEK_FLAG_BACKWARD) < 0) return false;
        avcodec_flush_buffers(decoder_.get());
        drained_ = false;
        return true;
    }

private:
    FormatHandle format_;
    CodecHandle decoder_;
    PacketHandle packet_{av_packet_alloc()};
    std::unique_ptr<SwsContext, ScalerDeleter> scaler_;
    int stream_ = -1;
    double timeBase_ = 0.0;
    double startTime_ = 0.0;
    bool drained_ = false;
    int damaged_ = 0;
    bool keyFramesOnly_ = false;
    double lastPacketTime_ = 0.0;
};

// The first decoded frame at or after each multiple of 1/rate seconds.
Status sampleFrames(VideoDecoder& decoder, double framesPerSecond, int width, int height,
                    const std::function<void(const SampledFrame&)>& onFrame, const CancellationToken& cancel)
{
    FrameHandle frame(av_frame_alloc());
    double nextSample = 0.0;
    long long decoded = 0, sampled = 0;
    while (!cancel.cancelled() && decoder.next(frame.get(), nextSample)) {
        ++decoded;
        const double time = decoder.timeOf(frame.get());
        const double at = time >= 0 ? time : static_cast<double>(decoded - 1) / 25.0;
        if (at + 1e-6 >= nextSample) {
            onFrame({at, decoder.scale(frame.get(), width, height)});
            ++sampled;
            nextSample = (std::floor(at * framesPerSecond + 1e-6) + 1.0) / framesPerSecond;
        }
        av_frame_unref(frame.get());
    }
    if (cancel.cancelled()) return failure("cancelled");
    if (sampled == 0) return failure("no video frame could be decoded");
    return success();
}

}  // namespace

struct VideoFrameGrabber::State {
    VideoDecoder decoder;
};

Status sampleVideoFrames(const std::filesystem::path& path, double framesPerSecond, int width, int height,
                         const std::function<void(const SampledFrame&)>& onFrame, const CancellationToken& cancel,
                         FrameDecoding decoding)
{
    VideoDecoder decoder;
    if (Status opened = decoder.open(path); !opened) return opened;
    const bool large = decoder.frameArea() > kLargestFullyDecodedFrame;
    if (decoding == FrameDecoding::EveryFrame || (decoding == FrameDecoding::BySize && !large)) {
        return sampleFrames(decoder, framesPerSecond, width, height, onFrame, cancel);
    }
    decoder.decodeKeyFramesOnly();
    if (decoding == FrameDecoding::KeyFramesOnly) return sampleFrames(decoder, framesPerSecond, width, height, onFrame, cancel);
    // Kept until it is clear the key frames are enough.
    std::vector<SampledFrame> frames;
    const Status sampled = sampleFrames(
        decoder, framesPerSecond, width, height, [&](const SampledFrame& frame) { frames.push_back(frame); }, cancel);
    if (sampled && static_cast<double>(frames.size()) >= decoder.lastPacketTime() / kLongestKeyFrameGap) {
        for (const SampledFrame& frame : frames) onFrame(frame);
        return success();
    }
    if (cancel.cancelled()) return sampled;
    VideoDecoder everyFrame;
    if (Status opened = everyFrame.open(path); !opened) return opened;
    return sampleFrames(everyFrame, framesPerSecond, width, height, onFrame, cancel);
}

VideoFrameGrabber::VideoFrameGrabber(std::unique_ptr<State> state) : state_(std::move(state)) {}
VideoFrameGrabber::~VideoFrameGrabber() = default;

Result<std::unique_ptr<VideoFrameGrabber>> VideoFrameGrabber::open(const std::filesystem::path& path)
{
    auto state = std::make_unique<State>();
    if (Status opened = state->decoder.open(path); !opened) return opened.error();
    return std::unique_ptr<VideoFrameGrabber>(new VideoFrameGrabber(std::move(state)));
}

Result<RgbImage> VideoFrameGrabber::frameAt(double timeSeconds, int width)
{
    state_->decoder.seek(timeSeconds);
    FrameHandle frame(av_frame_alloc());
    FrameHandle last(av_frame_alloc());
    bool haveLast = false;
    while (state_->decoder.next(frame.get())) {
        const double time = state_->decoder.timeOf(frame.get());
        av_frame_unref(last.get());
        av_frame_move_ref(last.get(), frame.get());
        haveLast = true;
        if (time + 0.02 >= timeSeconds) break;
    }
    if (!haveLast) return failure("no video frame could be decoded at " + std::to_string(timeSeconds) + " s");
    const int height = std::max(2, static_cast<int>(std::lround(static_cast<double>(width) * last->height /
                                                                std::max(1, last->width) / 2.0)) * 2);
    return state_->decoder.scale(last.get(), width, height);
}

}  // namespace lectern
