// EBU R128 loudness of the analysis signal (16 kHz mono) with libebur128:
// integrated loudness, loudness range and true peak.
#pragma once

#include <memory>
#include <optional>
#include <span>

namespace lectern {

struct Loudness {
    std::optional<double> integratedLufs;  // empty for silence
    std::optional<double> rangeLu;
    std::optional<double> truePeakDbtp;
};

class LoudnessMeter {
public:
    explicit LoudnessMeter(int sampleRate = 16000);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    void process(std::span<const float> samples);
    Loudness result() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace lectern
