#include "media/MediaReader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <vector>

#include "common/AsciiText.h"
#include "common/Paths.h"
#include "media/FfmpegHandles.h"
#include "media/FfmpegSetup.h"
#include "media/MemoryInput.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

namespace lectern {

std::string nameOf(MediaKind kind) { return kind == MediaKind::Video ? "video" : "audio"; }

namespace {

constexpr size_t kChunkSamples = kAnalysisSampleRate;  // about one second
constexpr float kLoudestSample = 8.0f;                    // +18 dB over full scale
constexpr int kLowestSampleRate = 1000;
constexpr int kHighestSampleRate = 768000;

std::string ffmpegMessage(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return buffer;
}

struct ResamplerDeleter {
    void operator()(SwrContext* context) const { swr_free(&context); }
};

std::string codecName(const AVCodecParameters* parameters)
{
    const AVCodecDescriptor* descriptor = avcodec_descriptor_get(parameters->codec_id);
    return descriptor ? descriptor->name : "unknown";
}

std::map<std::string, std::string> readTags(const AVDictionary* dictionary)
{
    std::map<std::string, std::string> tags;
    const AVDictionaryEntry* entry = nullptr;
    while ((entry = av_dict_get(dictionary, "", entry, AV_DICT_IGNORE_SUFFIX)) != nullptr) {
        tags.emplace(asciiLowercase(entry->key), entry->value);
    }
    return tags;
}

}  // namespace

struct MediaReader::State {
    std::unique_ptr<MemoryInput> memory;  // declared first: freed after the format that reads it
    FormatHandle format;
    CodecHandle decoder;
    std::unique_ptr<SwrContext, ResamplerDeleter> resampler;
    PacketHandle packet{av_packet_alloc()};
    FrameHandle frame{av_frame_alloc()};
    int audioStream = -1;
    MediaInfo info;

    // The input layout the resampler was built for; rebuilt if a stream changes mid-way.
    AVChannelLayout resamplerLayout{};
    int resamplerFormat = -1;
    int resamplerRate = 0;

    std::vector<float> pending;  // converted samples not yet handed out
    std::vector<float> chunk;    // what the last nextAudioChunk() returned
    bool demuxerDone = false;
    bool decoderDrained = false;
    bool resamplerFlushed = false;
    long long damagedPackets = 0;
    long long decodedFrames = 0;

    ~State() { av_channel_layout_uninit(&resamplerLayout); }

    Status configureResampler(const AVFrame& input);
    Status convert(const AVFrame* input);
    Status receiveFrames();
    Status pump();
};

Status MediaReader::State::configureResampler(const AVFrame& input)
{
    AVChannelLayout inputLayout{};
    if (input.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || input.ch_layout.nb_channels == 0) {
        av_channel_layout_default(&inputLayout, std::max(1, input.ch_layout.nb_channels));
    } else if (av_channel_layout_copy(&inputLayout, &input.ch_layout) < 0) {
        return failure("cannot read the audio channel layout");
    }
    const bool unchanged = resampler && resamplerFormat == input.format &&
                           resamplerRate == input.sample_rate &&
                           av_channel_layout_compare(&resamplerLayout, &inputLayout) == 0;
    if (unchanged) {
        av_channel_layout_uninit(&inputLayout);
        return success();
    }
    if (resampler) {
        // Keep what the old configuration still holds before replacing it.
        if (Status flushed = convert(nullptr); !flushed) {
            av_channel_layout_uninit(&inputLayout);
            return flushed;
        }
    }
    // A header may claim any rate, and setting up a resampler from 682 MHz
    // takes minutes (found by fuzzing): no recording is outside these.
    if (input.sample_rate < kLowestSampleRate || input.sample_rate > kHighestSampleRate) {
        av_channel_layout_uninit(&inputLayout);
        return failure("the audio claims a sample rate of " + std::to_string(input.sample_rate) +
                       " Hz, which no recording has");
    }
    AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
    SwrContext* context = nullptr;
    int code = swr_alloc_set_opts2(&context, &mono, AV_SAMPLE_FMT_FLT, kAnalysisSampleRate,
                                   &inputLayout, static_cast<AVSampleFormat>(input.format),
                                   input.sample_rate, 0, nullptr);
    if (code >= 0) code = swr_init(context);
    if (code < 0) {
        swr_free(&context);
        av_channel_layout_uninit(&inputLayout);
        return failure("cannot convert this audio to 16 kHz mono (" + ffmpegMessage(code) + ")");
    }
    resampler.reset(context);
    av_channel_layout_uninit(&resamplerLayout);
    resamplerLayout = inputLayout;
    resamplerFormat = input.format;
    resamplerRate = input.sample_rate;
    return success();
}

Status MediaReader::State::convert(const AVFrame* input)
{
    const int inputSamples = input ? input->nb_samples : 0;
    const int capacity = swr_get_out_samples(resampler.get(), inputSamples);
    if (capacity <= 0) return success();
    const size_t offset = pending.size();
    pending.resize(offset + static_cast<size_t>(capacity));
    auto* output = reinterpret_cast<uint8_t*>(pending.data() + offset);
    const int produced =
        swr_convert(resampler.get(), &output, capacity,
                    input ? const_cast<const uint8_t**>(input->extended_data) : nullptr,
                    inputSamples);
    if (produced < 0) {
        pending.resize(offset);
        return failure("audio conversion failed (" + ffmpegMessage(produced) + ")");
    }
    pending.resize(offset + static_cast<size_t>(produced));
    // The analysis's input guard: a float file may hold samples that are not
    // numbers or are absurdly large (damaged, or made to hurt). Those are
    // silence, and the rest is limited to 18 dB over full scale, so no
    // analyser or model ever sees a NaN or an infinity.
    for (auto sample = pending.begin() + static_cast<std::ptrdiff_t>(offset); sample != pending.end(); ++sample) {
        *sample = std::isfinite(*sample) ? std::clamp(*sample, -kLoudestSample, kLoudestSample) : 0.0f;
    }
    return success();
}

Status MediaReader::State::receiveFrames()
{
    while (true) {
        const int code = avcodec_receive_frame(decoder.get(), frame.get());
        if (code == AVERROR(EAGAIN)) return success();
        if (code == AVERROR_EOF) {
            decoderDrained = true;
            return success();
        }
        if (code < 0) {
            ++damagedPackets;
            return success();
        }
        ++decodedFrames;
        Status status = configureResampler(*frame);
        if (status) status = convert(frame.get());
        av_frame_unref(frame.get());
        if (!status) return status;
    }
}

// Reads and decodes until a chunk's worth of samples is pending or the end.
Status MediaReader::State::pump()
{
    while (pending.size() < kChunkSamples && !decoderDrained) {
        if (!demuxerDone) {
            const int code = av_read_frame(format.get(), packet.get());
            if (code < 0) {
                // End of file, or a truncated one: drain what the decoder holds.
                demuxerDone = true;
                avcodec_send_packet(decoder.get(), nullptr);
            } else {
                if (packet->stream_index == audioStream &&
                    avcodec_send_packet(decoder.get(), packet.get()) < 0) {
                    ++damagedPackets;
                }
                av_packet_unref(packet.get());
            }
        }
        if (Status status = receiveFrames(); !status) return status;
    }
    if (decoderDrained && !resamplerFlushed && resampler) {
        resamplerFlushed = true;
        return convert(nullptr);
    }
    return success();
}

MediaReader::MediaReader(std::unique_ptr<State> state) : state_(std::move(state)) {}
MediaReader::~MediaReader() = default;

const MediaInfo& MediaReader::info() const { return state_->info; }
long long MediaReader::damagedPackets() const { return state_->damagedPackets; }

Result<std::unique_ptr<MediaReader>> MediaReader::open(const std::filesystem::path& path)
{
    prepareFfmpeg();
    auto state = std::make_unique<State>();
    if (!state->packet || !state->frame) return failure("out of memory");

    AVFormatContext* rawFormat = nullptr;
    const int code = avformat_open_input(&rawFormat, toUtf8(path).c_str(), nullptr, nullptr);
    if (code < 0) {
        return failure("not a media file that can be read (" + ffmpegMessage(code) + ")");
    }
    state->format.reset(rawFormat);
    return finishOpening(std::move(state));
}

Result<std::unique_ptr<MediaReader>> MediaReader::openMemory(std::vector<uint8_t> bytes)
{
    prepareFfmpeg();
    auto state = std::make_unique<State>();
    state->memory = std::make_unique<MemoryInput>(std::move(bytes));
    AVFormatContext* rawFormat = avformat_alloc_context();
    if (!state->packet || !state->frame || !state->memory->context() || !rawFormat) {
        avformat_free_context(rawFormat);
        return failure("out of memory");
    }
    rawFormat->pb = state->memory->context();
    rawFormat->flags |= AVFMT_FLAG_CUSTOM_IO;
    // On failure FFmpeg frees the context itself.
    const int code = avformat_open_input(&rawFormat, nullptr, nullptr, nullptr);
    if (code < 0) {
        return failure("not a media file that can be read (" + ffmpegMessage(code) + ")");
    }
    state->format.reset(rawFormat);
    return finishOpening(std::move(state));
}

Result<std::unique_ptr<MediaReader>> MediaReader::finishOpening(std::unique_ptr<State> state)
{
    AVFormatContext* rawFormat = state->format.get();
    int code = avformat_find_stream_info(rawFormat, nullptr);
    if (code < 0) {
        return failure("cannot read the streams of this file (" + ffmpegMessage(code) + ")");
    }

    MediaInfo& info = state->info;
    info.container = rawFormat->iformat ? rawFormat->iformat->name : "unknown";
    if (rawFormat->duration != AV_NOPTS_VALUE && rawFormat->duration > 0) {
        info.containerDurationSeconds = static_cast<double>(rawFormat->duration) / AV_TIME_BASE;
    }
    info.containerTags = readTags(rawFormat->metadata);

    for (unsigned i = 0; i < rawFormat->nb_streams; ++i) {
        AVStream* stream = rawFormat->streams[i];
        const AVCodecParameters* parameters = stream->codecpar;
        stream->discard = AVDISCARD_ALL;  // only the chosen audio stream is read
        if (parameters->codec_type == AVMEDIA_TYPE_VIDEO && !info.video &&
            (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) == 0) {
            AVRational rate = av_guess_frame_rate(rawFormat, stream, nullptr);
            info.video = VideoStreamInfo{codecName(parameters), parameters->width,
                                         parameters->height,
                                         rate.den > 0 ? av_q2d(rate) : 0.0};
        }
    }

    const AVCodec* codec = nullptr;
    const int audioStream =
        av_find_best_stream(rawFormat, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (audioStream >= 0) {
        AVStream* stream = rawFormat->streams[audioStream];
        const AVCodecParameters* parameters = stream->codecpar;
        if (!codec) {
            return failure("no decoder for the audio codec '" + codecName(parameters) + "'");
        }
        state->decoder.reset(avcodec_alloc_context3(codec));
        if (!state->decoder) return failure("out of memory");
        code = avcodec_parameters_to_context(state->decoder.get(), parameters);
        if (code >= 0) code = avcodec_open2(state->decoder.get(), codec, nullptr);
        if (code < 0) {
            return failure("cannot open the audio decoder '" + codecName(parameters) + "' (" +
                           ffmpegMessage(code) + ")");
        }
        stream->discard = AVDISCARD_DEFAULT;
        state->audioStream = audioStream;
        info.audio = AudioStreamInfo{codecName(parameters), parameters->sample_rate,
                                     parameters->ch_layout.nb_channels};
        for (auto& [key, value] : readTags(stream->metadata)) info.containerTags.emplace(key, value);
    } else {
        state->demuxerDone = true;
        state->decoderDrained = true;
    }
    if (!info.audio && !info.video) return failure("the file has neither audio nor video");

    return std::unique_ptr<MediaReader>(new MediaReader(std::move(state)));
}

Result<std::span<const float>> MediaReader::nextAudioChunk()
{
    State& s = *state_;
    if (Status status = s.pump(); !status) return status.error();
    const size_t count = std::min(s.pending.size(), kChunkSamples);
    s.chunk.assign(s.pending.begin(), s.pending.begin() + static_cast<std::ptrdiff_t>(count));
    s.pending.erase(s.pending.begin(), s.pending.begin() + static_cast<std::ptrdiff_t>(count));
    return std::span<const float>(s.chunk);
}

}  // namespace lectern
