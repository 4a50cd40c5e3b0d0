// One process writes a library at a time (design §4). The lock is an OS file
// lock, so a crashed or killed writer never leaves a stale lock behind.
#pragma once

#include <filesystem>
#include <memory>

#include "common/Result.h"

namespace lectern {

class LibraryLock {
public:
    static Result<std::unique_ptr<LibraryLock>> acquire(const std::filesystem::path& libraryDir);
    ~LibraryLock();
    LibraryLock(const LibraryLock&) = delete;
    LibraryLock& operator=(const LibraryLock&) = delete;

private:
    struct Handle;
    explicit LibraryLock(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> handle_;
};

}  // namespace lectern
