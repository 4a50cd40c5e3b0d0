// A speaking voice's pitch (issue 25): the median fundamental frequency of
// the voiced frames of a recording, by the cumulative mean normalised
// difference of YIN (de Cheveigné and Kawahara 2002). Used to tell men's,
// women's and children's voices apart in recordings of speech that say only
// their language, so that "a woman speaking" has recordings to learn from.
#pragma once

#include <optional>
#include <span>

namespace lectern::vocabulary {

struct VoicePitch {
    double medianHz = 0.0;
    int voicedFrames = 0;  // 10 ms frames in which a pitch was found
};

// The pitch of 16 kHz mono samples, searched between 60 and 500 Hz; none
// where fewer than `minimumVoicedFrames` frames are voiced.
std::optional<VoicePitch> voicePitchOf(std::span<const float> samples, int minimumVoicedFrames = 15);

}  // namespace lectern::vocabulary
