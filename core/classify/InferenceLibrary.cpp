#include "classify/InferenceLibrary.h"

#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <dlfcn.h>
#endif

#include "common/Paths.h"

namespace lectern {
namespace {

std::mutex& libraryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::filesystem::path& chosenDirectory()
{
    static std::filesystem::path folder;
    return folder;
}

std::vector<std::filesystem::path> candidateFiles()
{
    if (const char* file = std::getenv("LECTERN_INFERENCE_LIBRARY"); file && *file) {
        return {std::filesystem::u8path(file)};
    }
    const std::filesystem::path name = std::filesystem::u8path(LECTERN_INFERENCE_FILE_NAME);
    std::vector<std::filesystem::path> files;
    if (!chosenDirectory().empty()) files.push_back(chosenDirectory() / name);
    files.push_back(std::filesystem::u8path(LECTERN_INSTALLED_INFERENCE_DIR) / name);
    files.push_back(std::filesystem::u8path(LECTERN_BUILD_INFERENCE_DIR) / name);
    return files;
}

// The entry point of the library at `file`; throws with the system's reason.
InferenceEntryPoint openEntryPoint(const std::filesystem::path& file)
{
#ifdef _WIN32
    HMODULE library = LoadLibraryW(file.wstring().c_str());
    if (!library) {
        throw std::runtime_error("Lectern's inference library " + toUtf8(file) + " would not open (error " +
                                 std::to_string(GetLastError()) + ")");
    }
    auto entry = reinterpret_cast<InferenceEntryPoint>(GetProcAddress(library, kInferenceEntryPointName));
#else
    // Never closed: the models it makes live until the process ends.
    void* library = dlopen(file.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!library) {
        const char* reason = dlerror();
        throw std::runtime_error("Lectern's inference library would not open: " +
                                 std::string(reason ? reason : toUtf8(file)));
    }
    auto entry = reinterpret_cast<InferenceEntryPoint>(dlsym(library, kInferenceEntryPointName));
#endif
    if (!entry) throw std::runtime_error(toUtf8(file) + " is not Lectern's inference library");
    return entry;
}

const InferenceBackend& openBackend()
{
    std::string looked;
    for (const std::filesystem::path& file : candidateFiles()) {
        std::error_code ignored;
        if (!std::filesystem::exists(file, ignored)) {
            looked += (looked.empty() ? "" : ", ") + toUtf8(file);
            continue;
        }
        const InferenceBackend* backend = openEntryPoint(file)();
        if (!backend) throw std::runtime_error(toUtf8(file) + " offers no models");
        return *backend;
    }
    throw std::runtime_error("Lectern's inference library is not installed (looked for " + looked + ")");
}

}  // namespace

const InferenceBackend& inferenceBackend()
{
    std::lock_guard lock(libraryMutex());
    // Opened once; a failure is thrown again at each call (a message, not a crash).
    static const InferenceBackend* backend = nullptr;
    if (!backend) backend = &openBackend();
    return *backend;
}

void setInferenceLibraryDirectory(const std::filesystem::path& folder)
{
    std::lock_guard lock(libraryMutex());
    chosenDirectory() = folder;
}

}  // namespace lectern
