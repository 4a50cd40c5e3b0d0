#include "catalog/MediaRoots.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/AsciiText.h"

namespace lectern {
namespace {

bool isSeparator(char c) { return c == '/' || c == '\\'; }

std::string trimmedCopy(std::string_view text)
{
    size_t start = 0, end = text.size();
    while (start < end && isAsciiSpace(text[start])) ++start;
    while (end > start && isAsciiSpace(text[end - 1])) --end;
    return std::string(text.substr(start, end - start));
}

// Whether `path` is `prefix` or below it, whatever separators either uses.
bool isUnder(std::string_view path, std::string_view prefix)
{
    if (path.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (path[i] != prefix[i] && !(isSeparator(path[i]) && isSeparator(prefix[i]))) return false;
    }
    return path.size() == prefix.size() || isSeparator(path[prefix.size()]);
}

// The separator this computer's path uses (a Windows share's backslash, or '/').
char separatorOf(std::string_view localPath)
{
    return localPath.find('\\') != std::string_view::npos && localPath.find('/') == std::string_view::npos ? '\\' : '/';
}

}  // namespace

MediaRoots::MediaRoots(std::vector<MediaRoot> roots) : roots_(std::move(roots))
{
    for (MediaRoot& root : roots_) {
        while (root.localPath.size() > 1 && isSeparator(root.localPath.back())) root.localPath.pop_back();
    }
    std::stable_sort(roots_.begin(), roots_.end(),
                     [](const MediaRoot& a, const MediaRoot& b) { return a.localPath.size() > b.localPath.size(); });
}

bool MediaRoots::isValidName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

Result<MediaRoots> MediaRoots::parse(std::string_view text)
{
    std::vector<MediaRoot> roots;
    std::istringstream lines{std::string(text)};
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        const std::string entry = trimmedCopy(line);
        if (entry.empty() || entry[0] == '#') continue;
        const size_t equals = entry.find('=');
        const std::string name = equals == std::string::npos ? "" : trimmedCopy(entry.substr(0, equals));
        const std::string path = equals == std::string::npos ? "" : trimmedCopy(entry.substr(equals + 1));
        if (!isValidName(name) || path.empty()) {
            return failure("media roots, line " + std::to_string(number) + ": \"" + entry +
                           "\" is not NAME=PATH (a name of letters, digits, - and _)");
        }
        roots.push_back({name, path});
    }
    return MediaRoots(std::move(roots));
}

Result<MediaRoots> MediaRoots::load(const std::filesystem::path& file)
{
    std::string text;
    if (const char* chosen = std::getenv("LECTERN_MEDIA_ROOTS"); chosen && *chosen) {
        text = chosen;
        std::replace(text.begin(), text.end(), ';', '\n');
        text += '\n';
    }
    std::ifstream in(file);
    if (in) text += std::string(std::istreambuf_iterator<char>(in), {});
    return parse(text);
}

Status MediaRoots::saveRoot(const std::filesystem::path& file, const std::string& name, const std::string& localPath)
{
    if (!isValidName(name)) return failure("a media root's name is letters, digits, - and _: \"" + name + "\"");
    std::vector<MediaRoot> kept;
    {
        std::ifstream in(file);
        auto existing = parse(in ? std::string(std::istreambuf_iterator<char>(in), {}) : std::string());
        if (!existing) return existing.error();
        for (const MediaRoot& root : existing->roots()) {
            if (root.name != name) kept.push_back(root);
        }
    }
    if (!localPath.empty()) kept.push_back({name, localPath});
    return save(file, MediaRoots(std::move(kept)));
}

Status MediaRoots::save(const std::filesystem::path& file, const MediaRoots& roots)
{
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    std::ofstream out(file, std::ios::trunc);
    out << "# Where this computer sees the school library's media roots: NAME=PATH (lectern-cli media-root)\n";
    for (const MediaRoot& root : roots.roots()) out << root.name << '=' << root.localPath << '\n';
    out.close();
    if (!out) return failure("cannot write " + file.string());
    return success();
}

std::string MediaRoots::toStored(std::string_view localPath) const
{
    for (const MediaRoot& root : roots_) {
        if (!isUnder(localPath, root.localPath)) continue;
        std::string stored = "@" + root.name;
        for (char c : localPath.substr(root.localPath.size())) stored += isSeparator(c) ? '/' : c;
        return stored;
    }
    return std::string(localPath);
}

std::string MediaRoots::toLocal(std::string_view storedPath) const
{
    if (storedPath.empty() || storedPath[0] != '@') return std::string(storedPath);
    const size_t end = storedPath.find('/');
    const std::string_view name = storedPath.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
    for (const MediaRoot& root : roots_) {
        if (root.name != name) continue;
        const char separator = separatorOf(root.localPath);
        std::string local = root.localPath;
        if (end != std::string_view::npos) {
            for (char c : storedPath.substr(end)) local += c == '/' ? separator : c;
        }
        return local;
    }
    return std::string(storedPath);
}

}  // namespace lectern
