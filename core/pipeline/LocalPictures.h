// An item's pictures on this computer (issue 28): the spectrogram overview
// and a video's keyframe thumbnails live in the local cache of the computer
// that analysed the item. Another computer of a school library draws its
// own from the file when it first shows the item.
#pragma once

#include <filesystem>

#include "catalog/Item.h"
#include "common/CancellationToken.h"
#include "common/Result.h"

namespace lectern {

// Whether this computer's cache lacks a picture the results would show.
bool lacksLocalPictures(const Item& item, const std::filesystem::path& cacheDirectory);

// Decodes the item's file once and draws them; nothing is written to the catalog.
Status drawLocalPictures(const Item& item, const std::filesystem::path& cacheDirectory, const CancellationToken& cancel);

}  // namespace lectern
