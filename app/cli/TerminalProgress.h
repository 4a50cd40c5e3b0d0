// A one-line progress bar on stderr, drawn only when stderr is a terminal.
#pragma once

#include <chrono>

#include "pipeline/ImportProgress.h"

namespace lectern {

class TerminalProgress {
public:
    TerminalProgress();
    void update(const ImportProgress& progress);
    void finish();

private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point lastDraw_{};
};

}  // namespace lectern
