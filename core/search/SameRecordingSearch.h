// "Where does this clip come from?" (P1 §3): candidates from the hashed
// sub-fingerprint index; for each, the best-aligned bit error rate near the
// voted offset under a threshold and the self-similarity filter (MAE and
// MADE under thresholds) at that position. The paper runs the self-similarity
// filter first; the bit-error check is cheaper and must pass as well, so it
// runs first here (measured: 3.7 → 2.9 ms a query at 50k, same answers).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "index/FingerprintIndex.h"

namespace lectern {

// The deep pass for a search someone asked for by name ("where does this
// clip come from", lectern-cli match): it costs a clip that is not in the
// library 45-55 ms at 10k-100k items (0.3 s at 500k), and finds up to 8
// points more of the clips under loud noise. 512 probes found up to a point
// more than 256; 1024 cost three times as much for at most 0.3 points
// (tools/README.md).
inline constexpr int kDeepProbesWhenAsked = 512;

struct SameRecordingOptions {
    // A first pass with few probes settles the easy queries (clean, quieter,
    // re-encoded, mild noise): an answer with at most quickAcceptBitErrors
    // ends the search. The rest are searched again with probesPerFrame, and
    // what that finds nothing for, once more with deepProbes (0: no deep
    // pass). A deep pass finds more under loud noise (white at 0 dB,
    // babble), where few keys match exactly, but every clip from outside the
    // library pays for it: 512 probes take 45 ms instead of 5 at 10k items,
    // and an example clip is seldom in the library, so it is off by default
    // (tools/README.md).
    int quickProbes = 4;
    double quickAcceptBitErrors = 0.25;
    int probesPerFrame = 64;  // in each key table
    int deepProbes = 0;
    size_t maxCandidates = 12;
    // The deep pass runs only where the others found nothing, and checking a
    // candidate costs microseconds against its milliseconds of votes: more
    // of them find true items that chance votes outranked (tools/README.md).
    size_t deepCandidates = 100;
    int blockLength = 64;    // l: frames of the query's self-similarity block (2 s)
    int positionSlack = 3;   // frames either side of the voted offset
    double maeThreshold = 0.14;
    double madeThreshold = 0.12;
    // Bit errors weighted by the query's margins (WeightedBitErrors):
    // unrelated audio scores about 0.5, the true source under white noise at
    // 0 dB 0.14 at the median. Plain errors at 0.40 found 1.3 % fewer such
    // queries and answered more clips from outside the library (tools/README.md).
    double bitErrorThreshold = 0.37;
    bool selfSimilarityFilter = true;  // off: candidates go straight to the bit-error check
};

struct SameRecordingMatch {
    uint32_t item = 0;          // the index's item number
    int position = 0;           // reference frame of the query's first frame
    double offsetSeconds = 0.0;
    double score = 0.0;         // 1 - bit error rate
    double bitErrorRate = 1.0;  // weighted by the query's bit margins where it has them (WeightedBitErrors)
    double mae = 1.0;
    double made = 1.0;
};

std::vector<SameRecordingMatch> findSameRecording(const FingerprintIndex& index, std::span<const uint32_t> query,
                                                  std::span<const float> margins,
                                                  const SameRecordingOptions& options = {});

}  // namespace lectern
