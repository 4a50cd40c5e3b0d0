#include "search/SameRecordingSearch.h"

#include <algorithm>

#include "dsp/Fingerprint.h"
#include "dsp/SelfSimilarity.h"
#include "dsp/BitErrors.h"

namespace lectern {

namespace {

// The bit-error check and the self-similarity filter for each candidate;
// one answer per item, its best alignment, best first.
std::vector<SameRecordingMatch> verified(const FingerprintIndex& index, const WeightedBitErrors& bitErrors,
                                         const std::vector<float>& queryBlock, int length,
                                         const std::vector<FingerprintCandidate>& candidates,
                                         const SameRecordingOptions& options)
{
    std::vector<SameRecordingMatch> matches;
    for (const FingerprintCandidate& candidate : candidates) {
        const std::span<const uint32_t> reference = index.codes(candidate.item);
        SameRecordingMatch match;
        match.item = candidate.item;
        // The bit-error check is the cheaper of the two filters (one row of
        // popcounts against a block of them), so it goes first and the
        // self-similarity filter only sees the candidates it kept; a match
        // must pass both either way.
        for (int position = candidate.offset - options.positionSlack;
             position <= candidate.offset + options.positionSlack; ++position) {
            const double errors = bitErrors.at(reference, position);
            if (errors < match.bitErrorRate) {
                match.bitErrorRate = errors;
                match.position = position;
            }
        }
        if (match.bitErrorRate > options.bitErrorThreshold) continue;
        if (options.selfSimilarityFilter) {
            const SelfSimilarityComparison comparison =
                compareSelfSimilarity(queryBlock, length, reference, match.position - 1, match.position + 1);
            if (comparison.position < 0 || comparison.mae > options.maeThreshold ||
                comparison.made > options.madeThreshold) {
                continue;
            }
            match.mae = comparison.mae;
            match.made = comparison.made;
        }
        match.score = 1.0 - match.bitErrorRate;
        match.offsetSeconds = match.position / kFingerprintFramesPerSecond;
        matches.push_back(match);
    }
    std::sort(matches.begin(), matches.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    std::vector<SameRecordingMatch> unique;
    for (const SameRecordingMatch& match : matches) {
        if (std::none_of(unique.begin(), unique.end(), [&](const auto& kept) { return kept.item == match.item; })) {
            unique.push_back(match);
        }
    }
    return unique;
}

}  // namespace

std::vector<SameRecordingMatch> findSameRecording(const FingerprintIndex& index, std::span<const uint32_t> query,
                                                  std::span<const float> margins,
                                                  const SameRecordingOptions& options)
{
    if (query.empty()) return {};
    const int length = std::min(options.blockLength, static_cast<int>(query.size()));
    const std::vector<float> queryBlock = selfSimilarityBlock(query, length);
    const WeightedBitErrors bitErrors(query, margins);
    if (options.quickProbes > 0 && options.quickProbes < options.probesPerFrame) {
        auto quick = verified(index, bitErrors, queryBlock, length,
                              index.candidates(query, margins, options.quickProbes, options.maxCandidates), options);
        if (!quick.empty() && quick.front().bitErrorRate <= options.quickAcceptBitErrors) return quick;
    }
    auto full = verified(index, bitErrors, queryBlock, length,
                         index.candidates(query, margins, options.probesPerFrame, options.maxCandidates), options);
    if (!full.empty() || options.deepProbes <= options.probesPerFrame) return full;
    return verified(index, bitErrors, queryBlock, length,
                    index.candidates(query, margins, options.deepProbes, options.deepCandidates), options);
}

}  // namespace lectern
