#include "media/TagReader.h"

#include <mutex>

#include "media/LanguageCode.h"

#include <taglib/fileref.h>
#include <taglib/tbytevectorstream.h>
#include <taglib/tpropertymap.h>
#include <taglib/tag.h>
#include <taglib/tdebuglistener.h>

namespace lectern {
namespace {

class QuietDebugListener : public TagLib::DebugListener {
public:
    void printMessage(const TagLib::String&) override {}
};

void silenceTagLibOnce()
{
    // TagLib prints parser complaints about damaged files to stderr.
    static QuietDebugListener listener;
    static std::once_flag once;
    std::call_once(once, [] { TagLib::setDebugListener(&listener); });
}

std::string utf8(const TagLib::String& text) { return text.to8Bit(true); }

Tags tagsOf(const TagLib::FileRef& file)
{
    Tags tags;
    if (file.isNull() || file.tag() == nullptr) return tags;
    const TagLib::Tag& tag = *file.tag();
    tags.title = utf8(tag.title());
    tags.artist = utf8(tag.artist());
    tags.album = utf8(tag.album());
    tags.genre = utf8(tag.genre());
    tags.comment = utf8(tag.comment());
    tags.year = static_cast<int>(tag.year());
    tags.track = static_cast<int>(tag.track());
    // ID3 TLAN, Vorbis and FLAC LANGUAGE, APE Language: one property in TagLib.
    const TagLib::PropertyMap properties = file.file()->properties();
    if (const auto language = properties.find("LANGUAGE"); language != properties.end() && !language->second.isEmpty()) {
        tags.language = languageCode(utf8(language->second.front()));
    }
    return tags;
}

}  // namespace

Tags readTags(const std::filesystem::path& path)
{
    silenceTagLibOnce();
    return tagsOf(TagLib::FileRef(path.c_str(), false));
}

Tags readTagsFromMemory(std::span<const uint8_t> bytes)
{
    silenceTagLibOnce();
    TagLib::ByteVector data(reinterpret_cast<const char*>(bytes.data()), static_cast<unsigned>(bytes.size()));
    TagLib::ByteVectorStream stream(data);
    return tagsOf(TagLib::FileRef(&stream, false));
}

Tags readTags(const std::filesystem::path& path, const std::map<std::string, std::string>& containerTags)
{
    Tags tags = readTags(path);
    tags.fillMissingFrom(containerTags);
    return tags;
}

}  // namespace lectern
