// 64-bit FNV-1a: a small, stable hash for stamps and sampled file hashes
// (not for anything an attacker chooses).
#pragma once

#include <cstddef>
#include <cstdint>

namespace lectern {

class Fnv1a64 {
public:
    void add(const void* data, size_t length)
    {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < length; ++i) {
            state_ ^= bytes[i];
            state_ *= 0x100000001b3ULL;
        }
    }
    uint64_t value() const { return state_; }

private:
    uint64_t state_ = 0xcbf29ce484222325ULL;
};

}  // namespace lectern
