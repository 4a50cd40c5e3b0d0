// Training segments made from real recordings in the log-mel domain (issue
// 25): an event (or two) placed at random moments of a 10 s segment, once,
// repeated or tiled as the import tiles a short file, over another
// recording's ambience at a random SNR, with a noise floor, a room's decay,
// a small change of speed and pitch, a tilted or band-limited response and a
// random level. Mixing magnitudes (the root of summed powers) in the mel
// domain stands in for mixing the waveforms: two unrelated sounds add in
// power, and the front end (design §5) is then the same as the import's.
// Every draw comes from the caller's generator, so a seed repeats a run.
#pragma once

#include <torch/torch.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "SoundRecordings.h"

namespace lectern::ml {

struct MixedBatch {
    torch::Tensor input;    // [batch, 1, bands, frames], log-mel as the import computes it
    torch::Tensor targets;  // [batch, concepts], 0 or 1
    torch::Tensor weights;  // [batch, concepts], 0 where a quiet bed leaves a concept unknown
};

class SoundMixer {
public:
    // Events: the recordings with concepts among `concepts`; beds: those marked as beds.
    SoundMixer(const std::vector<const SoundRecording*>& events, const std::vector<const SoundRecording*>& beds,
               const std::vector<std::string>& concepts);
    // Each segment starts from a concept drawn uniformly, then one of its recordings.
    MixedBatch batch(int size, std::mt19937& rng) const;

private:
    struct Labels {
        std::vector<float> target, weight;
    };
    void addConcepts(const SoundRecording& recording, Labels& labels, bool known) const;

    std::vector<const SoundRecording*> events_, beds_;
    std::map<std::string, int> conceptIndex_;
    std::vector<std::vector<const SoundRecording*>> eventsOf_;  // per concept
    std::vector<int> drawable_;                                 // concepts with recordings
};

}  // namespace lectern::ml
