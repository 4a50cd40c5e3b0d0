#include "dsp/FftwPlanner.h"

namespace lectern {

std::mutex& fftwPlannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

}  // namespace lectern
