// FFmpeg writes warnings about damaged files and deprecated formats to
// stderr; Lectern reports problems itself, as values. Every user of the
// FFmpeg libraries calls this first.
#pragma once

namespace lectern {

void quietFfmpegLogs();

}  // namespace lectern
