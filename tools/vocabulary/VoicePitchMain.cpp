// lectern-voice-pitch FILE...: each recording's voice pitch (VoicePitch.h),
// decoded with the app's decoder, one line a file: the file, the median
// pitch in Hz and the voiced frames, or "-" where no voice was found.
// tools/vocabulary/label_recordings.py reads it to label speech by speaker.

#include <iostream>
#include <string>
#include <vector>

#include "../ml/EveryCore.h"
#include "VoicePitch.h"
#include "media/ClipReader.h"

using namespace lectern;

namespace {

std::string pitchLine(const std::filesystem::path& file)
{
    const auto samples = readClip(file, {});  // the whole file, as 16 kHz mono
    if (!samples) return "-\t" + samples.error().message;
    const auto pitch = vocabulary::voicePitchOf(*samples);
    if (!pitch) return "-\tno voice";
    return std::to_string(pitch->medianHz) + "\t" + std::to_string(pitch->voicedFrames);
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: lectern-voice-pitch FILE...\n";
        return 2;
    }
    std::vector<std::filesystem::path> files(argv + 1, argv + argc);
    std::vector<std::string> lines(files.size());
    ml::forEachOnEveryCore(files.size(), [&](size_t i) { lines[i] = pitchLine(files[i]); });
    for (size_t i = 0; i < files.size(); ++i) std::cout << files[i].string() << "\t" << lines[i] << "\n";
    return 0;
}
