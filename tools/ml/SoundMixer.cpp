#include "SoundMixer.h"

#include <algorithm>
#include <cmath>

#include "classify/LogMelSegments.h"
#include "dsp/LogMel.h"

namespace lectern::ml {
namespace {

constexpr int kBands = kMelBands;
constexpr int kFrames = kSegmentFrames;
using Magnitudes = std::vector<float>;  // kFrames × kBands, time-major

float uniform(std::mt19937& rng, float low, float high) { return std::uniform_real_distribution<float>(low, high)(rng); }
bool chance(std::mt19937& rng, double p) { return std::bernoulli_distribution(p)(rng); }
float fromDecibels(float db) { return std::pow(10.0f, db / 20.0f); }

// The recording's magnitudes, at another speed (0.9–1.1: resampled in time)
// and shifted by a band up or down now and then (a small pitch change).
Magnitudes magnitudesOf(const SoundRecording& recording, std::mt19937& rng, bool vary)
{
    const long long n = recording.frameCount();
    const double speed = vary && chance(rng, 0.5) ? uniform(rng, 0.9f, 1.1f) : 1.0;
    const int shift = vary && chance(rng, 0.3) ? (chance(rng, 0.5) ? 1 : -1) : 0;
    const long long out = std::max<long long>(1, static_cast<long long>(std::floor(static_cast<double>(n) / speed)));
    Magnitudes m(static_cast<size_t>(out * kBands));
    for (long long t = 0; t < out; ++t) {
        const double at = std::min(static_cast<double>(n - 1), static_cast<double>(t) * speed);
        const long long t0 = static_cast<long long>(at);
        const long long t1 = std::min(n - 1, t0 + 1);
        const float f = static_cast<float>(at - static_cast<double>(t0));
        for (int b = 0; b < kBands; ++b) {
            const int source = std::clamp(b - shift, 0, kBands - 1);
            const float a = std::max(0.0f, std::exp(recording.frames[static_cast<size_t>(t0 * kBands + source)]) - kMelLogOffset);
            const float c = std::max(0.0f, std::exp(recording.frames[static_cast<size_t>(t1 * kBands + source)]) - kMelLogOffset);
            m[static_cast<size_t>(t * kBands + b)] = a + f * (c - a);
        }
    }
    return m;
}

// Adds `source` (scaled) into `canvas` from frame `at` on: magnitudes add as powers.
void mixInto(Magnitudes& canvas, const Magnitudes& source, long long at, float scale)
{
    const long long frames = static_cast<long long>(source.size()) / kBands;
    for (long long t = 0; t < frames && at + t < kFrames; ++t) {
        if (at + t < 0) continue;
        for (int b = 0; b < kBands; ++b) {
            float& c = canvas[static_cast<size_t>((at + t) * kBands + b)];
            const float s = source[static_cast<size_t>(t * kBands + b)] * scale;
            c = std::sqrt(c * c + s * s);
        }
    }
}

// A 10 s window of the recording: a random one of a long recording; a
// short one once or a few times at random moments, or tiled from its start
// as the import fills a short file's segment (LogMelSegments.h).
Magnitudes placed(const Magnitudes& source, std::mt19937& rng)
{
    Magnitudes canvas(static_cast<size_t>(kFrames * kBands), 0.0f);
    const long long n = static_cast<long long>(source.size()) / kBands;
    if (n >= kFrames) {
        const long long start = std::uniform_int_distribution<long long>(0, n - kFrames)(rng);
        std::copy(source.begin() + start * kBands, source.begin() + (start + kFrames) * kBands, canvas.begin());
        return canvas;
    }
    if (chance(rng, 0.3)) {
        for (long long t = 0; t < kFrames; t += n) mixInto(canvas, source, t, 1.0f);
        return canvas;
    }
    const int copies = 1 + std::uniform_int_distribution<int>(0, static_cast<int>(std::min<long long>(3, kFrames / n - 1)))(rng);
    for (int k = 0; k < copies; ++k) {
        mixInto(canvas, source, std::uniform_int_distribution<long long>(0, kFrames - n)(rng), 1.0f);
    }
    return canvas;
}

float meanPower(const Magnitudes& m)
{
    double sum = 0;
    for (float v : m) sum += static_cast<double>(v) * v;
    return static_cast<float>(sum / static_cast<double>(m.size()));
}

// A room: each band's magnitude decays from frame to frame (60 dB over RT).
void reverberate(Magnitudes& m, float rtSeconds)
{
    const float decay = std::pow(10.0f, -3.0f * 0.01f / rtSeconds);
    for (int t = 1; t < kFrames; ++t) {
        for (int b = 0; b < kBands; ++b) {
            float& v = m[static_cast<size_t>(t * kBands + b)];
            const float tail = decay * m[static_cast<size_t>((t - 1) * kBands + b)];
            v = std::sqrt(v * v + 0.5f * tail * tail);
        }
    }
}

}  // namespace

SoundMixer::SoundMixer(const std::vector<const SoundRecording*>& events, const std::vector<const SoundRecording*>& beds,
                       const std::vector<std::string>& concepts)
    : events_(events), beds_(beds), eventsOf_(concepts.size())
{
    for (size_t i = 0; i < concepts.size(); ++i) conceptIndex_[concepts[i]] = static_cast<int>(i);
    for (const SoundRecording* recording : events_) {
        for (const std::string& soundConcept : recording->concepts) {
            const auto found = conceptIndex_.find(soundConcept);
            if (found != conceptIndex_.end()) eventsOf_[static_cast<size_t>(found->second)].push_back(recording);
        }
    }
    for (size_t i = 0; i < eventsOf_.size(); ++i) {
        if (!eventsOf_[i].empty()) drawable_.push_back(static_cast<int>(i));
    }
}

void SoundMixer::addConcepts(const SoundRecording& recording, Labels& labels, bool known) const
{
    for (const std::string& soundConcept : recording.concepts) {
        const bool unknown = markedUnknown(soundConcept);
        const auto found = conceptIndex_.find(unknown ? soundConcept.substr(1) : soundConcept);
        if (found == conceptIndex_.end()) continue;
        const size_t i = static_cast<size_t>(found->second);
        if (known && !unknown) {
            labels.target[i] = 1.0f;
            labels.weight[i] = 1.0f;
        } else if (labels.target[i] == 0.0f) {
            labels.weight[i] = 0.0f;
        }
    }
}

MixedBatch SoundMixer::batch(int size, std::mt19937& rng) const
{
    const size_t conceptCount = eventsOf_.size();
    std::vector<float> input, targets, weights;
    input.reserve(static_cast<size_t>(size) * kFrames * kBands);
    for (int i = 0; i < size; ++i) {
        Labels labels{std::vector<float>(conceptCount, 0.0f), std::vector<float>(conceptCount, 1.0f)};
        const auto& pool = eventsOf_[static_cast<size_t>(drawable_[std::uniform_int_distribution<size_t>(0, drawable_.size() - 1)(rng)])];
        const SoundRecording& event = *pool[std::uniform_int_distribution<size_t>(0, pool.size() - 1)(rng)];
        Magnitudes canvas = placed(magnitudesOf(event, rng, true), rng);
        addConcepts(event, labels, true);
        const float eventPower = std::max(1e-6f, meanPower(canvas));
        if (chance(rng, 0.25)) {
            const SoundRecording& other = *events_[std::uniform_int_distribution<size_t>(0, events_.size() - 1)(rng)];
            const Magnitudes second = placed(magnitudesOf(other, rng, true), rng);
            const float scale = std::sqrt(eventPower / std::max(1e-6f, meanPower(second))) * fromDecibels(uniform(rng, -6, 3));
            mixInto(canvas, second, 0, scale);
            addConcepts(other, labels, true);
        }
        if (!beds_.empty() && chance(rng, 0.6)) {
            const SoundRecording& bed = *beds_[std::uniform_int_distribution<size_t>(0, beds_.size() - 1)(rng)];
            if (&bed != &event) {
                const Magnitudes under = placed(magnitudesOf(bed, rng, false), rng);
                const float snr = uniform(rng, -3, 25);
                mixInto(canvas, under, 0, std::sqrt(eventPower / std::max(1e-6f, meanPower(under))) * fromDecibels(-snr));
                addConcepts(bed, labels, snr < 6.0f);
            }
        }
        if (chance(rng, 0.5)) {  // a noise floor with a tilt
            const float level = std::sqrt(eventPower) * fromDecibels(uniform(rng, -45, -20));
            const float tilt = uniform(rng, -12, 6);
            std::normal_distribution<float> wobble(0.0f, 0.3f);
            Magnitudes noise(canvas.size());
            for (size_t k = 0; k < noise.size(); ++k) {
                const float band = static_cast<float>(k % kBands) / (kBands - 1);
                noise[k] = level * fromDecibels(tilt * band) * std::exp(wobble(rng));
            }
            mixInto(canvas, noise, 0, 1.0f);
        }
        if (chance(rng, 0.3)) reverberate(canvas, uniform(rng, 0.2f, 1.0f));
        // The microphone and the codec: a tilt, sometimes a lost top or bottom.
        const float tilt = uniform(rng, -10, 10);
        const int top = chance(rng, 0.25) ? std::uniform_int_distribution<int>(40, 60)(rng) : kBands;
        const int bottom = chance(rng, 0.15) ? std::uniform_int_distribution<int>(1, 5)(rng) : 0;
        const float gain = fromDecibels(uniform(rng, -15, 15));
        for (size_t k = 0; k < canvas.size(); ++k) {
            const int band = static_cast<int>(k % kBands);
            float v = canvas[k] * gain * fromDecibels(tilt * (static_cast<float>(band) / (kBands - 1) - 0.5f));
            if (band >= top || band < bottom) v *= 0.03f;
            canvas[k] = v;
        }
        // Band-major as the network reads a segment ([bands, frames]).
        for (int b = 0; b < kBands; ++b) {
            for (int t = 0; t < kFrames; ++t) input.push_back(std::log(canvas[static_cast<size_t>(t * kBands + b)] + kMelLogOffset));
        }
        targets.insert(targets.end(), labels.target.begin(), labels.target.end());
        weights.insert(weights.end(), labels.weight.begin(), labels.weight.end());
    }
    const long count = static_cast<long>(size), concepts = static_cast<long>(conceptCount);
    return {torch::tensor(input).view({count, 1, kBands, kFrames}), torch::tensor(targets).view({count, concepts}),
            torch::tensor(weights).view({count, concepts})};
}

}  // namespace lectern::ml
