// A forward real FFT of a fixed size with FFTW: input and output buffers
// and a plan, made once per analyzer. FFTW's planner is not thread-safe, so
// plans are created and destroyed under one lock; executing them is safe.
#pragma once

#include <fftw3.h>

namespace lectern {

class RealFft {
public:
    explicit RealFft(int size);
    ~RealFft();
    RealFft(const RealFft&) = delete;
    RealFft& operator=(const RealFft&) = delete;

    float* input() { return input_; }                     // size values, filled by the caller
    const fftwf_complex* output() const { return output_; }  // size / 2 + 1 bins after execute()
    void execute() { fftwf_execute(plan_); }

private:
    float* input_ = nullptr;
    fftwf_complex* output_ = nullptr;
    fftwf_plan plan_ = nullptr;
};

}  // namespace lectern
