// How Lectern uses the FFmpeg libraries, set once before any use: every
// user of them calls this first.
// - Quiet: FFmpeg writes warnings about damaged files and deprecated formats
//   to stderr; Lectern reports problems itself, as values.
// - Bounded: no single allocation over kLargestFfmpegAllocation. A damaged
//   header may name a chunk of gigabytes, which FFmpeg would allocate
//   (found by fuzzing: a WAV's LIST chunk); refused, the file fails to read
//   instead of taking the machine's memory.
#pragma once

#include <cstddef>

namespace lectern {

inline constexpr size_t kLargestFfmpegAllocation = size_t{256} << 20;  // an 8K RGB frame is 100 MB

void prepareFfmpeg();

}  // namespace lectern
