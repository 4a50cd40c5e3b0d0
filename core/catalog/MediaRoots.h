// Named media roots (issue 28): a school's files are seen at different
// places on different computers (/mnt/media, \\server\media,
// /Volumes/media). A school library stores a path under a root as
// "@NAME/relative/path", and each computer maps NAME to where the root is
// mounted there, so a file is found again wherever its root is mounted.
// The catalog layer maps paths both ways (Database::mediaRoots), so the
// rest of the program sees this computer's paths only. A path under no
// mapped root is stored as it is; a stored root this computer does not map
// stays "@NAME/…", which opens no file here until the root is mapped.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/Result.h"

namespace lectern {

struct MediaRoot {
    std::string name;       // letters, digits, '-' and '_'
    std::string localPath;  // where this computer sees it, UTF-8, without a trailing separator
};

class MediaRoots {
public:
    MediaRoots() = default;
    explicit MediaRoots(std::vector<MediaRoot> roots);

    // Reads "NAME=PATH" lines (# comments, blank lines skipped); fails with the line that is wrong.
    static Result<MediaRoots> parse(std::string_view text);
    // This computer's roots for a library: the file `file` where it exists,
    // else none. LECTERN_MEDIA_ROOTS ("NAME=PATH;NAME=PATH") is read first.
    static Result<MediaRoots> load(const std::filesystem::path& file);
    static bool isValidName(std::string_view name);
    // Writes these roots to `file`, a NAME=PATH line each.
    static Status save(const std::filesystem::path& file, const MediaRoots& roots);
    // Sets (or, with an empty path, removes) one root in `file`, keeping the others.
    static Status saveRoot(const std::filesystem::path& file, const std::string& name, const std::string& localPath);

    // "/mnt/media/Science/a.m4a" → "@media/Science/a.m4a" where media is mounted at /mnt/media.
    std::string toStored(std::string_view localPath) const;
    // "@media/Science/a.m4a" → "/mnt/media/Science/a.m4a"; other paths as they are.
    std::string toLocal(std::string_view storedPath) const;
    bool empty() const { return roots_.empty(); }
    const std::vector<MediaRoot>& roots() const { return roots_; }

private:
    std::vector<MediaRoot> roots_;  // the longest local path first, so nested mounts map to the innermost
};

}  // namespace lectern
