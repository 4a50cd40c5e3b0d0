// The text a file carries about itself, as the text channel reads it: its
// tags, its folder's name and its file name without the extension.
#pragma once

#include <filesystem>
#include <string>

#include "media/Tags.h"

namespace lectern {

std::string annotationText(const Tags& tags, const std::filesystem::path& path);

}  // namespace lectern
