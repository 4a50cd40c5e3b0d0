// Opens a media file once, reports its streams and decodes its audio track to
// 16 kHz mono float in chunks of about a second (design §5), so that memory
// stays flat however long the file is.
#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <vector>

#include "common/Result.h"
#include "media/MediaInfo.h"

namespace lectern {

inline constexpr int kAnalysisSampleRate = 16000;

class MediaReader {
public:
    static Result<std::unique_ptr<MediaReader>> open(const std::filesystem::path& path);
    // The same for a file's bytes in memory.
    static Result<std::unique_ptr<MediaReader>> openMemory(std::vector<uint8_t> bytes);

    ~MediaReader();
    MediaReader(const MediaReader&) = delete;
    MediaReader& operator=(const MediaReader&) = delete;

    const MediaInfo& info() const;

    // The next chunk of 16 kHz mono samples; an empty span once the stream is
    // exhausted. The span is valid until the next call. Damaged packets are
    // skipped and counted rather than failing the whole file.
    Result<std::span<const float>> nextAudioChunk();

    long long damagedPackets() const;

private:
    struct State;
    explicit MediaReader(std::unique_ptr<State> state);
    // Reads the streams of the opened input and readies the audio decoder.
    static Result<std::unique_ptr<MediaReader>> finishOpening(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace lectern
