// What probing a media file tells us about its streams.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace lectern {

enum class MediaKind { Audio, Video };

std::string nameOf(MediaKind kind);

struct VideoStreamInfo {
    std::string codec;
    int width = 0;
    int height = 0;
    double frameRate = 0.0;
};

struct AudioStreamInfo {
    std::string codec;
    int sampleRate = 0;
    int channels = 0;
};

struct MediaInfo {
    std::string container;
    double containerDurationSeconds = 0.0;  // the container's estimate; 0 when unknown
    std::optional<AudioStreamInfo> audio;
    std::optional<VideoStreamInfo> video;  // cover art is not a video stream
    std::map<std::string, std::string> containerTags;  // lower-case keys

    MediaKind kind() const { return video ? MediaKind::Video : MediaKind::Audio; }
};

}  // namespace lectern
