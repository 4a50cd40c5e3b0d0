// The code index at scale (issue 6): the popcount scan against multi-index
// hashing, for codes distributed as the library's real ones and for codes
// spread evenly (the tables' best case).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lectern::bench {

// Prints a table. `realCodes` seed the generated ones: each generated code
// is a real one with 0–4 random bits flipped.
void benchCodeIndex(const std::vector<uint64_t>& realCodes, const std::vector<size_t>& sizes, size_t queries);

}  // namespace lectern::bench
