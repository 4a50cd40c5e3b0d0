#include "dsp/Loudness.h"

#include <cmath>

#include <ebur128.h>

namespace lectern {
namespace {

std::optional<double> finite(double value)
{
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

}  // namespace

struct LoudnessMeter::State {
    ebur128_state* meter = nullptr;
    bool anySamples = false;
    ~State() { ebur128_destroy(&meter); }
};

LoudnessMeter::LoudnessMeter(int sampleRate) : state_(std::make_unique<State>())
{
    state_->meter = ebur128_init(1, static_cast<unsigned long>(sampleRate),
                                 EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_TRUE_PEAK);
}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::process(std::span<const float> samples)
{
    if (!state_->meter || samples.empty()) return;
    ebur128_add_frames_float(state_->meter, samples.data(), samples.size());
    state_->anySamples = true;
}

Loudness LoudnessMeter::result() const
{
    Loudness loudness;
    if (!state_->meter || !state_->anySamples) return loudness;
    double value = 0;
    if (ebur128_loudness_global(state_->meter, &value) == EBUR128_SUCCESS) loudness.integratedLufs = finite(value);
    if (ebur128_loudness_range(state_->meter, &value) == EBUR128_SUCCESS && loudness.integratedLufs) {
        loudness.rangeLu = finite(value);
    }
    if (ebur128_true_peak(state_->meter, 0, &value) == EBUR128_SUCCESS && value > 0) {
        loudness.truePeakDbtp = finite(20.0 * std::log10(value));
    }
    return loudness;
}

}  // namespace lectern
