// Cooperative cancellation shared between the caller and the workers it
// started; long loops poll it at least once per decoded chunk.
#pragma once

#include <atomic>
#include <memory>

namespace lectern {

class CancellationToken {
public:
    CancellationToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}

    void cancel() const { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return flag_->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> flag_;
};

}  // namespace lectern
