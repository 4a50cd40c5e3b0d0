// Work over many independent items (decoding a corpus) on one thread per
// core: each index is taken once, by whichever thread is free.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace lectern::ml {

inline void forEachOnEveryCore(size_t count, const std::function<void(size_t)>& work)
{
    std::atomic<size_t> next{0};
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t) {
        workers.emplace_back([&] {
            for (size_t i = next++; i < count; i = next++) work(i);
        });
    }
    for (std::thread& worker : workers) worker.join();
}

}  // namespace lectern::ml
