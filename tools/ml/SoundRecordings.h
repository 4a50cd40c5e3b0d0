// The real, labelled recordings as the concept trainer reads them (issue 25):
// per recording its split, role (an event, or a bed to mix events over), its
// concepts with their ancestors, where it came from, and its log-mel frames,
// decoded once by lectern-sound-features from label_recordings.py's list.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lectern::ml {

struct SoundRecording {
    std::string split;  // train or heldout
    bool bed = false;   // a long ambience that events are mixed over
    // Its concepts with their ancestors, then those it is not known to be
    // or not to be, marked '?' (speech whose speaker's voice was not told).
    std::vector<std::string> concepts;
    std::string package;
    std::string path;           // inside the package
    std::vector<float> frames;  // kMelBands values per frame, time-major
    long long frameCount() const;
};

// Whether a recording's concept is one marked unknown ("?male_speech"),
// which the trainer neither learns nor counts as absent.
inline bool markedUnknown(const std::string& soundConcept) { return soundConcept.starts_with('?'); }

void writeRecordings(const std::filesystem::path& file, const std::vector<SoundRecording>& recordings);
// Throws std::runtime_error with the file's name when it is missing or damaged.
std::vector<SoundRecording> readRecordings(const std::filesystem::path& file);

}  // namespace lectern::ml
