#include "catalog/LibraryLock.h"

#include <fstream>
#include <string>

#include "common/Paths.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace lectern {
namespace {

std::filesystem::path lockFile(const std::filesystem::path& libraryDir)
{
    return libraryDir / "lectern.lock";
}

std::string holderOf(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::string pid;
    std::getline(in, pid);
    return pid.empty() ? std::string("another process") : "process " + pid;
}

std::string inUseMessage(const std::filesystem::path& libraryDir)
{
    return "the library " + toUtf8(libraryDir) + " is in use by another Lectern (" +
           holderOf(lockFile(libraryDir)) + "); close it first";
}

}  // namespace

#ifdef _WIN32

struct LibraryLock::Handle {
    HANDLE file = INVALID_HANDLE_VALUE;
    ~Handle()
    {
        if (file != INVALID_HANDLE_VALUE) CloseHandle(file);
    }
};

Result<std::unique_ptr<LibraryLock>> LibraryLock::acquire(const std::filesystem::path& libraryDir)
{
    auto handle = std::make_unique<Handle>();
    handle->file = CreateFileW(lockFile(libraryDir).c_str(), GENERIC_READ | GENERIC_WRITE,
                               FILE_SHARE_READ, nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle->file == INVALID_HANDLE_VALUE) {
        if (GetLastError() == ERROR_SHARING_VIOLATION) return failure(inUseMessage(libraryDir));
        return failure("cannot create the lock file in " + toUtf8(libraryDir));
    }
    const std::string pid = std::to_string(GetCurrentProcessId()) + "\n";
    DWORD written = 0;
    SetEndOfFile(handle->file);
    WriteFile(handle->file, pid.data(), static_cast<DWORD>(pid.size()), &written, nullptr);
    return std::unique_ptr<LibraryLock>(new LibraryLock(std::move(handle)));
}

#else

struct LibraryLock::Handle {
    int fd = -1;
    ~Handle()
    {
        if (fd >= 0) close(fd);  // closing releases the flock
    }
};

Result<std::unique_ptr<LibraryLock>> LibraryLock::acquire(const std::filesystem::path& libraryDir)
{
    auto handle = std::make_unique<Handle>();
    handle->fd = ::open(lockFile(libraryDir).c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (handle->fd < 0) {
        if (errno == EACCES || errno == EROFS || errno == EPERM) {
            return failure("the library's folder " + toUtf8(libraryDir) + " cannot be written (" +
                           std::strerror(errno) + "), so Lectern can only read it");
        }
        return failure("cannot create the lock file in " + toUtf8(libraryDir) + ": " + std::strerror(errno));
    }
    if (flock(handle->fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) return failure(inUseMessage(libraryDir));
        return failure("cannot lock " + toUtf8(lockFile(libraryDir)) + ": " + std::strerror(errno));
    }
    const std::string pid = std::to_string(getpid()) + "\n";
    if (ftruncate(handle->fd, 0) != 0 || pwrite(handle->fd, pid.data(), pid.size(), 0) < 0) {
        // The pid is only a courtesy for the message above; the lock holds without it.
    }
    return std::unique_ptr<LibraryLock>(new LibraryLock(std::move(handle)));
}

#endif

LibraryLock::LibraryLock(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
LibraryLock::~LibraryLock() = default;

}  // namespace lectern
