#include "media/FfmpegSetup.h"

#include <mutex>

extern "C" {
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

namespace lectern {

void prepareFfmpeg()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_QUIET);
        av_max_alloc(kLargestFfmpegAllocation);
    });
}

}  // namespace lectern
