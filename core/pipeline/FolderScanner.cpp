#include "pipeline/FolderScanner.h"

#include <algorithm>

#include "common/Paths.h"
#include "media/MediaSniffer.h"

namespace fs = std::filesystem;

namespace lectern {
namespace {

bool isHidden(const fs::path& path)
{
    const std::string name = toUtf8(path.filename());
    return !name.empty() && name.front() == '.';
}

// Files with a media extension are always taken, so that a damaged one is
// reported as failed; others only when their first bytes look like media.
bool isCandidate(const fs::path& path)
{
    return hasMediaExtension(path) || looksLikeMedia(path);
}

void addFile(const fs::path& path, ScanResult& result)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) {
        // Vanished or unreadable between listing and now.
        result.problems.push_back({toUtf8(path), error.message()});
        return;
    }
    const int64_t mtime = modificationTimeNs(path, error);
    if (error) {
        result.problems.push_back({toUtf8(path), error.message()});
        return;
    }
    result.files.push_back({toUtf8(fs::absolute(path).lexically_normal()),
                            static_cast<int64_t>(size), mtime});
}

void scanFolder(const fs::path& root, const CancellationToken& cancel, ScanResult& result)
{
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    if (error) {
        result.problems.push_back({toUtf8(root), error.message()});
        return;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
        if (error) {
            result.problems.push_back({toUtf8(it->path()), error.message()});
            error.clear();
            continue;
        }
        if (cancel.cancelled()) return;
        const fs::path& path = it->path();
        if (isHidden(path)) {
            if (it->is_directory(error)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(error) && isCandidate(path)) addFile(path, result);
    }
}

}  // namespace

int64_t modificationTimeNs(const fs::path& path, std::error_code& error)
{
    const auto time = fs::last_write_time(path, error);
    return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

ScanResult scanForMedia(const std::vector<fs::path>& roots, const CancellationToken& cancel)
{
    ScanResult result;
    for (const fs::path& root : roots) {
        std::error_code error;
        const fs::file_status status = fs::status(root, error);
        if (error || !fs::exists(status)) {
            result.problems.push_back({toUtf8(root), "no such file or folder"});
        } else if (fs::is_directory(status)) {
            scanFolder(root, cancel, result);
        } else if (isCandidate(root)) {
            addFile(root, result);
        } else {
            result.problems.push_back({toUtf8(root), "not an audio or video file"});
        }
    }
    std::sort(result.files.begin(), result.files.end(),
              [](const FileFacts& a, const FileFacts& b) { return a.path < b.path; });
    result.files.erase(std::unique(result.files.begin(), result.files.end(),
                                   [](const FileFacts& a, const FileFacts& b) {
                                       return a.path == b.path;
                                   }),
                       result.files.end());
    return result;
}

}  // namespace lectern
