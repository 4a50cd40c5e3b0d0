// lectern-sound-features RECORDINGS.tsv OUT.lsr: decodes every recording that
// tools/vocabulary/label_recordings.py listed, once, with the app's decoder
// and log-mel front end (design §5), and writes them for the concept trainer.
// A bed keeps its first minute: the trainer mixes 10 s of it at a time.

#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>

#include "../ml/EveryCore.h"
#include "../ml/SoundRecordings.h"
#include "dsp/LogMel.h"
#include "media/MediaReader.h"

using namespace lectern;

namespace {

constexpr long long kBedFrames = 60 * 100;

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, separator);) parts.push_back(part);
    return parts;
}

bool decode(const std::filesystem::path& file, ml::SoundRecording& recording, std::string& error)
{
    auto reader = MediaReader::open(file);
    if (!reader) {
        error = file.string() + ": " + reader.error().message;
        return false;
    }
    LogMelExtractor logMel;
    while (!recording.bed || recording.frameCount() < kBedFrames) {
        auto chunk = (*reader)->nextAudioChunk();
        if (!chunk) {
            error = file.string() + ": " + chunk.error().message;
            return false;
        }
        if (chunk->empty()) break;
        logMel.process(*chunk, recording.frames);
    }
    if (recording.bed) recording.frames.resize(std::min<size_t>(recording.frames.size(), kBedFrames * kMelBands));
    if (recording.frames.empty()) error = file.string() + ": no audio";
    return !recording.frames.empty();
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: lectern-sound-features RECORDINGS.tsv OUT.lsr\n";
        return 2;
    }
    std::ifstream list(argv[1]);
    if (!list) {
        std::cerr << "cannot read " << argv[1] << "\n";
        return 1;
    }
    std::vector<ml::SoundRecording> recordings;
    std::vector<std::filesystem::path> files;
    std::string line;
    std::getline(list, line);  // the header
    while (std::getline(list, line)) {
        const std::vector<std::string> fields = split(line, '\t');
        if (fields.size() < 7) continue;
        ml::SoundRecording recording;
        recording.split = fields[0];
        recording.bed = fields[1] == "bed";
        if (!fields[2].empty()) recording.concepts = split(fields[2], ',');
        recording.package = fields[4];
        recording.path = fields[5];
        recordings.push_back(std::move(recording));
        files.push_back(std::filesystem::u8path(fields[6]));
    }
    std::vector<char> good(recordings.size(), 0);
    std::mutex printing;
    ml::forEachOnEveryCore(recordings.size(), [&](size_t i) {
        std::string error;
        good[i] = decode(files[i], recordings[i], error);
        if (!good[i]) {
            std::lock_guard lock(printing);
            std::cerr << "skipped " << error << "\n";
        }
    });
    std::vector<ml::SoundRecording> kept;
    for (size_t i = 0; i < recordings.size(); ++i) {
        if (good[i]) kept.push_back(std::move(recordings[i]));
    }
    ml::writeRecordings(argv[2], kept);
    std::cout << kept.size() << " recordings of " << recordings.size() << " written to " << argv[2] << "\n";
    return 0;
}
