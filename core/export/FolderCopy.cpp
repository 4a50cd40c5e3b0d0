#include "export/FolderCopy.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "common/AsciiText.h"
#include "common/Paths.h"

namespace lectern {
namespace {

bool isReservedOnWindows(const std::string& stem)
{
    static const std::array<const char*, 22> reserved = {
        "CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    const std::string lower = asciiLowercase(stem);
    return std::any_of(reserved.begin(), reserved.end(), [&lower](const char* name) { return lower == asciiLowercase(name); });
}

// "name.ext" → "name (n).ext"
std::string numbered(const std::string& name, int n)
{
    const size_t dot = name.rfind('.');
    const bool hasExtension = dot != std::string::npos && dot > 0;
    const std::string stem = hasExtension ? name.substr(0, dot) : name;
    const std::string extension = hasExtension ? name.substr(dot) : std::string();
    return stem + " (" + std::to_string(n) + ")" + extension;
}

// Case-folded, since Windows and macOS folders do not tell "A.mp3" from "a.mp3".
std::string folded(const std::string& name) { return asciiLowercase(name); }

}  // namespace

std::string safeFileName(const std::string& name)
{
    std::string safe;
    for (unsigned char c : name) {
        const bool forbidden = c < 32 || c == 127 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' ||
                               c == '"' || c == '<' || c == '>' || c == '|';
        safe += forbidden ? '_' : static_cast<char>(c);
    }
    // Windows drops trailing dots and spaces, which could make two names one.
    while (!safe.empty() && (safe.back() == '.' || safe.back() == ' ')) safe.pop_back();
    while (!safe.empty() && safe.front() == ' ') safe.erase(safe.begin());
    if (safe.empty()) return "unnamed";
    const std::string stem = safe.substr(0, safe.find('.'));
    if (isReservedOnWindows(stem)) safe.insert(0, "_");
    return safe;
}

Result<FolderCopySummary> copyFilesToFolder(const std::vector<std::string>& sources,
                                            const std::filesystem::path& target, const FolderCopyProgress& progress,
                                            const CancellationToken& cancel)
{
    std::error_code error;
    std::filesystem::create_directories(target, error);
    if (error || !std::filesystem::is_directory(target)) {
        return failure("cannot make the folder " + toUtf8(target) + (error ? ": " + error.message() : std::string()));
    }
    FolderCopySummary summary;
    std::set<std::string> taken;  // names given in this run, folded
    for (size_t i = 0; i < sources.size(); ++i) {
        if (cancel.cancelled()) {
            summary.cancelled = true;
            break;
        }
        const std::filesystem::path source = fromUtf8(sources[i]);
        const std::string name = safeFileName(toUtf8(source.filename()));
        std::string chosen = name;
        for (int n = 2; taken.count(folded(chosen)) || std::filesystem::exists(target / fromUtf8(chosen), error);
             ++n) {
            chosen = numbered(name, n);
        }
        taken.insert(folded(chosen));
        const std::filesystem::path destination = target / fromUtf8(chosen);
        // skip_existing: a file that appeared since the check is never overwritten.
        std::error_code copyError;
        const bool copied =
            std::filesystem::copy_file(source, destination, std::filesystem::copy_options::skip_existing, copyError);
        if (copied) {
            summary.copied.push_back(destination);
        } else {
            summary.problems.push_back(
                {sources[i], copyError ? copyError.message() : "a file of that name appeared in the folder"});
            if (copyError) std::filesystem::remove(destination, error);  // a partial copy
        }
        if (progress) progress(i + 1, sources.size());
    }
    return summary;
}

}  // namespace lectern
