// A large library for the window's benchmark: the analysed items of a small
// real library, replicated with varied titles and folders (as the search
// benchmark does), their class probabilities copied and their spectrogram
// overviews hard-linked, so every row draws as a real one would.
#pragma once

#include <cstddef>
#include <filesystem>

namespace lectern::bench {

void makeReplicatedLibrary(const std::filesystem::path& seed, const std::filesystem::path& target, size_t items);

}  // namespace lectern::bench
