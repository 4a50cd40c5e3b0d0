// The classifier CNN's embedding of every 10 s segment of every clip of a
// split (what import stores per segment), with the clip each came from and
// the clip's kind of recording: the material of the hash head (P4).
#pragma once

#include <torch/script.h>
#include <torch/torch.h>

#include <filesystem>
#include <string>
#include <vector>

#include "CorpusFeatures.h"

namespace lectern::ml {

struct SegmentRows {
    torch::Tensor embeddings;  // [segments, 256], L2-normalised
    std::vector<int> clip;     // index into the split's clips, per segment
};

SegmentRows segmentEmbeddings(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models);

// What the text-query model's item part reads of each clip, as the import
// stores it per item: the mean segment embedding (at unit length, as
// combineSegments makes it) and the sound profile; withDescriptors adds the
// sound descriptors (core/classify/SoundDescriptors).
torch::Tensor itemPartInputs(const SegmentRows& rows, const std::vector<ClipFeatures>& clips, bool withDescriptors);
// The inputs this text-query model's item part reads (with the descriptors
// where its width says so); undefined for a model without an item part.
torch::Tensor itemPartInputsOf(const torch::jit::Module& textQuery, const SegmentRows& rows,
                               const std::vector<ClipFeatures>& clips);

// The segments as the app's index holds them: through the text-query
// model's audio side (text-query.pt loaded), with its item part where the
// model has one. Unit rows.
torch::Tensor searchSpaceRows(torch::jit::Module& textQuery, const SegmentRows& rows,
                              const std::vector<ClipFeatures>& clips);

// The recipe of each clip ("drama", "language numbers", "recorded music", ...),
// read from the clip's JSON beside its media in the corpus folder: thirteen
// kinds of recording, finer than the five classes.
std::vector<std::string> recipeKinds(const std::vector<ClipFeatures>& clips, const std::filesystem::path& corpus);

// The kinds as numbers, in order of first appearance in `names` (the
// training split defines them; an unseen kind gets its own number).
std::vector<long> kindNumbers(const std::vector<std::string>& kinds, std::vector<std::string>& names);

}  // namespace lectern::ml
