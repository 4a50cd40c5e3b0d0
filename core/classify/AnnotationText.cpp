#include "classify/AnnotationText.h"

#include "common/Paths.h"

namespace lectern {

std::string annotationText(const Tags& tags, const std::filesystem::path& path)
{
    std::string text;
    auto add = [&text](const std::string& part) {
        if (part.empty()) return;
        if (!text.empty()) text += " | ";
        text += part;
    };
    add(tags.title);
    add(tags.artist);
    add(tags.album);
    add(tags.genre);
    add(tags.comment);
    add(toUtf8(path.parent_path().filename()));
    add(toUtf8(path.stem()));
    return text;
}

}  // namespace lectern
