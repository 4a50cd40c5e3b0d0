// FFTW's planner is not thread-safe; executing a finished plan is. Every
// plan is created and destroyed under this one lock.
#pragma once

#include <mutex>

namespace lectern {

std::mutex& fftwPlannerMutex();

}  // namespace lectern
