#include "media/Tags.h"

#include <cstdlib>

#include "media/LanguageCode.h"

namespace lectern {
namespace {

void fillText(std::string& field, const std::map<std::string, std::string>& tags,
              const char* key)
{
    if (!field.empty()) return;
    if (auto it = tags.find(key); it != tags.end()) field = it->second;
}

void fillNumber(int& field, const std::map<std::string, std::string>& tags, const char* key)
{
    if (field != 0) return;
    if (auto it = tags.find(key); it != tags.end()) {
        // "2019-05-01" and "3/12" both start with the number we want.
        field = std::atoi(it->second.c_str());
    }
}

}  // namespace

void Tags::fillMissingFrom(const std::map<std::string, std::string>& containerTags)
{
    fillText(title, containerTags, "title");
    fillText(artist, containerTags, "artist");
    fillText(album, containerTags, "album");
    fillText(genre, containerTags, "genre");
    fillText(comment, containerTags, "comment");
    fillNumber(year, containerTags, "date");
    fillNumber(year, containerTags, "year");
    fillNumber(track, containerTags, "track");
    fillText(language, containerTags, "language");
    language = languageCode(language);
}

}  // namespace lectern
