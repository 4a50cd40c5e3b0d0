#include "AudioBatches.h"

#include "classify/LogMelSegments.h"

namespace lectern::ml {

torch::Tensor segmentsToInput(const std::vector<float>& segments)
{
    const long count = static_cast<long>(segments.size() / (kSegmentFrames * kMelBands));
    return torch::from_blob(const_cast<float*>(segments.data()), {count, 1, kSegmentFrames, kMelBands})
        .transpose(2, 3)
        .contiguous();
}

torch::Tensor trainingBatch(const std::vector<ClipFeatures>& clips, const std::vector<size_t>& picks,
                            std::mt19937& rng)
{
    std::vector<float> segments;
    segments.reserve(picks.size() * kSegmentFrames * kMelBands);
    for (size_t pick : picks) {
        const ClipFeatures& clip = clips[pick];
        const long long spare = std::max(0LL, clip.frameCount() - kSegmentFrames);
        const long long start = std::uniform_int_distribution<long long>(0, spare)(rng);
        const std::vector<float> segment = segmentAt(clip.frames, start);
        segments.insert(segments.end(), segment.begin(), segment.end());
    }
    torch::Tensor batch = segmentsToInput(segments);
    // A different recording level: scale the magnitudes, not the log values.
    const long count = batch.size(0);
    std::uniform_real_distribution<float> decibels(-15.0f, 15.0f);
    std::vector<float> gains(static_cast<size_t>(count));
    for (float& gain : gains) gain = std::pow(10.0f, decibels(rng) / 20.0f);
    const torch::Tensor gain = torch::tensor(gains).view({count, 1, 1, 1});
    batch = torch::log(torch::clamp_min(torch::exp(batch) - kMelLogOffset, 0.0) * gain + kMelLogOffset);
    // Mask a few neighbouring bands (SpecAugment's frequency masking); never
    // time masking, which would draw pauses.
    std::uniform_int_distribution<int> width(0, 6), first(0, kMelBands - 7);
    for (long i = 0; i < count; ++i) {
        const int w = width(rng), f = first(rng);
        if (w > 0) batch[i].narrow(1, f, w).fill_(batch[i].mean().item<float>());
    }
    return batch;
}

torch::Tensor clipSegments(const ClipFeatures& clip)
{
    std::vector<float> segments;
    for (long long start : segmentStarts(clip.frameCount())) {
        const std::vector<float> segment = segmentAt(clip.frames, start);
        segments.insert(segments.end(), segment.begin(), segment.end());
    }
    return segmentsToInput(segments).clone();
}

}  // namespace lectern::ml
