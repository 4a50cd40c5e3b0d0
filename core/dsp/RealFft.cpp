#include "dsp/RealFft.h"

#include <algorithm>
#include <mutex>

namespace lectern {
namespace {

std::mutex& plannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

}  // namespace

RealFft::RealFft(int size)
{
    std::lock_guard lock(plannerMutex());
    input_ = fftwf_alloc_real(static_cast<size_t>(size));
    output_ = fftwf_alloc_complex(static_cast<size_t>(size / 2 + 1));
    std::fill(input_, input_ + size, 0.0f);
    plan_ = fftwf_plan_dft_r2c_1d(size, input_, output_, FFTW_ESTIMATE);
}

RealFft::~RealFft()
{
    std::lock_guard lock(plannerMutex());
    fftwf_destroy_plan(plan_);
    fftwf_free(input_);
    fftwf_free(output_);
}

}  // namespace lectern
