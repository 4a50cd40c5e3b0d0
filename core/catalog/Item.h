// One catalogued media file, as the catalog stores it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "media/MediaInfo.h"
#include "media/Tags.h"

namespace lectern {

enum class ItemStatus { Pending, Analyzed, Failed };
enum class ClassSource { Auto, Manual };

std::string nameOf(ItemStatus status);
std::optional<ItemStatus> parseItemStatus(const std::string& text);
std::string nameOf(ClassSource source);
std::optional<MediaKind> parseMediaKind(const std::string& text);

// The file-system facts that decide whether a file changed since its import.
struct FileFacts {
    std::string path;  // absolute, UTF-8
    int64_t size = 0;
    int64_t mtimeNs = 0;
};

// The classifier's answer for one item (design §6).
struct ItemClassification {
    std::string modelVersion;
    std::array<double, 5> probabilities{};  // in the order of kResourceClasses
};

// One segment's audio embedding (design §5 segments).
struct SegmentEmbedding {
    double startSeconds = 0.0;
    std::vector<float> values;
    std::optional<uint64_t> code;  // 64-bit hash code (issue 5), where the model made one
};

// A sound concept heard in an item (issue 25): the concept's id
// (resources/vocabulary/concepts.tsv), the score of the segment where it
// sounds most (0–1), and that moment in seconds from the file's start.
struct HeardSound {
    std::string conceptId;
    float score = 0.0f;
    double atSeconds = 0.0;
};

// An item heard as a concept, for search.
struct ItemHeard {
    int64_t itemId = 0;
    HeardSound sound;
};

// A segment's code with where it comes from, for near-duplicate detection.
struct StoredSegmentCode {
    int64_t itemId = 0;
    double startSeconds = 0.0;
    uint64_t code = 0;
};

struct Item {
    int64_t id = 0;
    std::string path;
    std::string folder;
    std::string fileName;
    int64_t size = 0;
    int64_t mtimeNs = 0;
    std::string contentHash;
    MediaKind kind = MediaKind::Audio;
    double durationSeconds = 0.0;
    std::string container;
    std::string audioCodec;
    int sampleRate = 0;
    int channels = 0;
    std::string videoCodec;
    int width = 0;
    int height = 0;
    double frameRate = 0.0;
    Tags tags;
    ItemStatus status = ItemStatus::Pending;
    std::string error;
    std::string resourceClass = "unknown";
    ClassSource classSource = ClassSource::Auto;
    std::optional<double> classConfidence;  // the model's probability of its class
    int64_t addedAt = 0;  // seconds since the Unix epoch
    std::optional<double> loudnessLufs;  // EBU R128 integrated; empty for silence
    std::optional<double> loudnessRangeLu;
    std::optional<double> truePeakDbtp;
    bool tagsEdited = false;  // the teacher's tags, kept over the file's on re-analysis
    bool missing = false;     // the file was gone when its folder was last scanned
};

// What an item is called: its title tag, else its file name.
std::string titleOf(const Item& item);

}  // namespace lectern
