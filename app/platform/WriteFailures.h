// Writes that cannot be made (a full disk, a quota, a file-size limit) must
// reach the code as errors it can report, not end the process.
#pragma once

namespace lectern {

// On POSIX, a write past the process's file-size limit (RLIMIT_FSIZE, as a
// quota or `ulimit -f` sets) raises SIGXFSZ, which kills the process; ignored,
// the write fails with EFBIG like a full disk. Call once at start.
void failWritesInsteadOfDying();

}  // namespace lectern
