// Same-recording search, the protocol of P1 Tables 3 and 4: 6 s queries cut
// at random offsets from library items under six conditions, libraries of
// 10k to 500k items; recall, accuracy and time per query for our two-stage
// search, for the same without its self-similarity filter, and for LSH and
// brute-force nearest-neighbour baselines. Prints tables; not a test.
//
//   lectern-bench-same-recording MEDIA_DIR [--sizes 10000,50000,...] [--queries N]
//
// Libraries beyond the real targets are filled with distractor items: 30 s
// code sequences assembled from 3 s pieces of random targets, each
// distractor XOR-ed with its own random 32-bit mask. They keep the temporal
// and bit statistics of real fingerprints but are no copy of any target.
#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "../BenchSupport.h"

#include "dsp/Fingerprint.h"
#include "dsp/SelfSimilarity.h"
#include "dsp/BitErrors.h"
#include "index/FingerprintIndex.h"
#include "media/ClipReader.h"
#include "search/SameRecordingSearch.h"

namespace fs = std::filesystem;
using namespace lectern;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kQuerySeconds = 6.0;
constexpr int kDistractorFrames = 937;  // 30 s
constexpr int kPieceFrames = 94;        // 3 s

enum Condition { Clean, White10, White0, Babble10, GainMinus6, Mp3At64, ConditionCount };
const char* kConditionNames[] = {"clean", "white 10dB", "white 0dB", "babble 10dB", "gain -6dB", "mp3 64k"};

struct Target {
    std::string name;
    std::vector<float> audio;
    std::vector<float> mp3Audio;
    std::vector<uint32_t> codes;
    // Queries are cut from targets of 8 s or more with something to hear:
    // wesnoth's "silence" track is 10 s of dither at -90 dBFS. It stays in
    // the library, but a query from it mixed with noise is only noise.
    bool querySource = false;
};

// Level below which a target has nothing to hear: far under any recording's
// quietest passage, far above dither.
constexpr double kAudibleDbfs = -60.0;

struct Query {
    uint32_t target = 0;
    double startSeconds = 0;
    Condition condition = Clean;
    std::vector<uint32_t> codes;
    std::vector<float> margins;
    std::string what;  // for a clip from outside the library: where it was cut
};

struct Answer {
    bool found = false;    // the source item is among the answers
    bool correct = false;  // the first answer is the source, offset within 0.1 s
};

double power(std::span<const float> signal)
{
    double sum = 0;
    for (float s : signal) sum += static_cast<double>(s) * s;
    return sum / static_cast<double>(std::max<size_t>(1, signal.size()));
}

std::vector<float> slice(const std::vector<float>& audio, double start, double seconds)
{
    const auto first = static_cast<size_t>(start * 16000);
    const size_t last = std::min(audio.size(), first + static_cast<size_t>(seconds * 16000));
    return {audio.begin() + static_cast<std::ptrdiff_t>(first), audio.begin() + static_cast<std::ptrdiff_t>(last)};
}

void mix(std::vector<float>& clip, std::span<const float> noise, double snrDb)
{
    const double gain = std::sqrt(power(clip) / std::pow(10.0, snrDb / 10.0) / std::max(1e-12, power(noise)));
    for (size_t i = 0; i < clip.size(); ++i) clip[i] += static_cast<float>(gain * noise[i % noise.size()]);
}

std::vector<Query> makeQueries(const std::vector<Target>& targets, const std::vector<float>& babble,
                               int perCondition, uint64_t seed, double& fingerprintMs)
{
    std::mt19937_64 random(seed);
    std::vector<Query> queries;
    std::normal_distribution<float> gaussian(0.0f, 1.0f);
    std::vector<float> white(16000 * 7);
    for (float& s : white) s = gaussian(random);
    const auto started = Clock::now();
    for (int c = 0; c < ConditionCount; ++c) {
        for (int i = 0; i < perCondition; ++i) {
            Query query;
            query.condition = static_cast<Condition>(c);
            do {
                query.target = static_cast<uint32_t>(random() % targets.size());
            } while (!targets[query.target].querySource);
            const double length = static_cast<double>(targets[query.target].audio.size()) / 16000.0;
            query.startSeconds = std::floor(std::uniform_real_distribution<double>(0.0, length - kQuerySeconds - 0.5)(random) * 1000) / 1000;
            const Target& target = targets[query.target];
            std::vector<float> clip = slice(c == Mp3At64 ? target.mp3Audio : target.audio, query.startSeconds, kQuerySeconds);
            if (c == White10) mix(clip, white, 10.0);
            if (c == White0) mix(clip, white, 0.0);
            if (c == Babble10) {
                const size_t offset = random() % (babble.size() - clip.size());
                mix(clip, std::span(babble).subspan(offset, clip.size()), 10.0);
            }
            if (c == GainMinus6) {
                for (float& s : clip) s *= 0.501f;
            }
            query.codes = fingerprintOf(clip, &query.margins);
            queries.push_back(std::move(query));
        }
    }
    fingerprintMs = std::chrono::duration<double, std::milli>(Clock::now() - started).count() /
                    static_cast<double>(queries.size());
    return queries;
}

Answer judge(const Query& query, const std::vector<std::pair<uint32_t, double>>& answers)
{
    Answer answer;
    for (const auto& [item, offset] : answers) answer.found = answer.found || item == query.target;
    answer.correct = !answers.empty() && answers.front().first == query.target &&
                     std::abs(answers.front().second - query.startSeconds) <= 0.1;
    return answer;
}

// Brute-force nearest neighbour: every position of every item, lowest bit error rate wins.
std::vector<std::pair<uint32_t, double>> bruteForce(const FingerprintIndex& index, const Query& query)
{
    double best = 1.0;
    uint32_t bestItem = 0;
    int bestPosition = 0;
    for (uint32_t item = 0; item < index.itemCount(); ++item) {
        const auto codes = index.codes(item);
        for (int position = 0; position + static_cast<int>(query.codes.size()) <= static_cast<int>(codes.size()); ++position) {
            const double errors = bitErrorRate(query.codes, codes, position);
            if (errors < best) {
                best = errors;
                bestItem = item;
                bestPosition = position;
            }
        }
    }
    if (best > 0.35) return {};
    return {{bestItem, bestPosition / kFingerprintFramesPerSecond}};
}

// LSH baseline: bit sampling over windows of three codes (96 bits), several
// tables, votes for (item, offset), the best pair verified by bit error rate.
class LshBaseline {
public:
    LshBaseline(const FingerprintIndex& index, int tables, int bits) : index_(index)
    {
        std::mt19937 random(7);
        for (int t = 0; t < tables; ++t) {
            std::vector<int> positions(96);
            std::iota(positions.begin(), positions.end(), 0);
            std::shuffle(positions.begin(), positions.end(), random);
            positions.resize(static_cast<size_t>(bits));
            sampled_.push_back(positions);
            tables_.emplace_back();
        }
        for (uint32_t item = 0; item < index.itemCount(); ++item) {
            const auto codes = index.codes(item);
            for (size_t f = 0; f + 3 <= codes.size(); ++f) {
                for (size_t t = 0; t < tables_.size(); ++t) tables_[t][key(t, codes.data() + f)].push_back({item, static_cast<uint32_t>(f)});
            }
        }
    }

    std::vector<std::pair<uint32_t, double>> find(const Query& query) const
    {
        std::unordered_map<uint64_t, int> votes;
        for (size_t q = 0; q + 3 <= query.codes.size(); ++q) {
            for (size_t t = 0; t < tables_.size(); ++t) {
                const auto it = tables_[t].find(key(t, query.codes.data() + q));
                if (it == tables_[t].end() || it->second.size() > 20000) continue;
                for (const auto& [item, frame] : it->second) {
                    const int offset = static_cast<int>(frame) - static_cast<int>(q);
                    if (offset >= 0) ++votes[(static_cast<uint64_t>(item) << 32) | static_cast<uint32_t>(offset)];
                }
            }
        }
        uint64_t best = 0;
        int bestVotes = 0;
        for (const auto& [pair, count] : votes) {
            if (count > bestVotes) {
                bestVotes = count;
                best = pair;
            }
        }
        if (bestVotes == 0) return {};
        const auto item = static_cast<uint32_t>(best >> 32);
        const auto offset = static_cast<int>(best & 0xffffffffu);
        if (bitErrorRate(query.codes, index_.codes(item), offset) > 0.35) return {};
        return {{item, offset / kFingerprintFramesPerSecond}};
    }

    size_t memoryBytes() const
    {
        size_t bytes = 0;
        for (const auto& table : tables_) {
            for (const auto& [key, list] : table) bytes += list.capacity() * 8 + 48;
        }
        return bytes;
    }

private:
    uint32_t key(size_t table, const uint32_t* window) const
    {
        uint32_t value = 0;
        for (int position : sampled_[table]) {
            value = (value << 1) | ((window[position / 32] >> (position % 32)) & 1u);
        }
        return value;
    }

    const FingerprintIndex& index_;
    std::vector<std::vector<int>> sampled_;
    std::vector<std::unordered_map<uint32_t, std::vector<std::pair<uint32_t, uint32_t>>>> tables_;
};

struct Tally {
    int queries[ConditionCount] = {};
    int found[ConditionCount] = {};
    int correct[ConditionCount] = {};
    double milliseconds = 0;
    int total = 0;
};

template <typename Search>
Tally run(const std::vector<Query>& queries, int perConditionLimit, Search&& search)
{
    Tally tally;
    for (const Query& query : queries) {
        if (tally.queries[query.condition] >= perConditionLimit) continue;
        const auto started = Clock::now();
        const auto answers = search(query);
        tally.milliseconds += std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        ++tally.total;
        const Answer answer = judge(query, answers);
        ++tally.queries[query.condition];
        tally.found[query.condition] += answer.found;
        tally.correct[query.condition] += answer.correct;
    }
    return tally;
}

// Clips that are not in the library, 6 s each: excerpts of the babble track
// (speech) and time-reversed excerpts of the targets (music and speech with
// their spectra, but not their recordings). Every answer is a false one, and
// each such query runs every pass, the deep one included.
std::vector<Query> makeOutsiders(const std::vector<Target>& targets, const std::vector<float>& babble, int count)
{
    std::mt19937_64 random(43);
    std::vector<Query> outsiders;
    for (int i = 0; i < count; ++i) {
        const bool reversed = i % 2 == 1;
        const size_t target = reversed ? random() % targets.size() : 0;
        const std::vector<float>& source = reversed ? targets[target].audio : babble;
        if (source.size() < 16000 * 8) continue;
        const double length = static_cast<double>(source.size()) / 16000.0;
        const double start = std::uniform_real_distribution<double>(0.0, length - kQuerySeconds - 0.5)(random);
        std::vector<float> clip = slice(source, start, kQuerySeconds);
        if (reversed) std::reverse(clip.begin(), clip.end());
        Query query;
        query.what = (reversed ? "item " + std::to_string(target) + " reversed" : std::string("babble")) + " from " +
                     std::to_string(start) + " s";
        query.codes = fingerprintOf(clip, &query.margins);
        outsiders.push_back(std::move(query));
    }
    return outsiders;
}

// The self-similarity filter's MAE and MADE at the true position per
// condition, and against unrelated audio (each query's block against another
// target at a random position): where its thresholds can sit.
void printSelfSimilarityErrors(const std::vector<Target>& targets, const std::vector<Query>& queries,
                               const SameRecordingOptions& options)
{
    std::mt19937_64 random(44);
    const auto percentiles = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        const auto at = [&](double share) {
            return values[static_cast<size_t>(share * static_cast<double>(values.size() - 1))];
        };
        char text[96];
        std::snprintf(text, sizeof text, "p1 %.3f, median %.3f, p99 %.3f", at(0.01), at(0.5), at(0.99));
        return std::string(text);
    };
    std::vector<double> unrelatedMae, unrelatedMade;
    for (int c = 0; c < ConditionCount; ++c) {
        std::vector<double> mae, made;
        for (const Query& query : queries) {
            if (query.condition != c) continue;
            const int length = std::min(options.blockLength, static_cast<int>(query.codes.size()));
            const std::vector<float> block = selfSimilarityBlock(query.codes, length);
            const int position =
                static_cast<int>(std::lround(query.startSeconds * kFingerprintFramesPerSecond));
            const auto truth =
                compareSelfSimilarity(block, length, targets[query.target].codes, position - 1, position + 1);
            mae.push_back(truth.mae);
            made.push_back(truth.made);
            const Target& other =
                targets[(query.target + 1 + random() % (targets.size() - 1)) % targets.size()];
            const int at = static_cast<int>(random() % (other.codes.size() - static_cast<size_t>(length)));
            const auto unrelated = compareSelfSimilarity(block, length, other.codes, at, at);
            unrelatedMae.push_back(unrelated.mae);
            unrelatedMade.push_back(unrelated.made);
        }
        std::printf("%-12s true-position self-similarity: MAE %s; MADE %s\n", kConditionNames[c],
                    percentiles(mae).c_str(), percentiles(made).c_str());
    }
    std::printf("%-12s self-similarity               : MAE %s; MADE %s\n", "unrelated",
                percentiles(unrelatedMae).c_str(), percentiles(unrelatedMade).c_str());
}

void printNotInLibrary(const FingerprintIndex& index, const std::vector<Query>& outsiders,
                       const SameRecordingOptions& options)
{
    int answered = 0;
    double milliseconds = 0;
    for (const Query& query : outsiders) {
        const auto started = Clock::now();
        const auto answers = findSameRecording(index, query.codes, query.margins, options);
        if (!answers.empty()) {
            ++answered;
            std::printf("         false answer: item %u at %.1f s, bit errors %.3f, for %s\n", answers.front().item,
                        answers.front().offsetSeconds, answers.front().bitErrorRate, query.what.c_str());
        }
        milliseconds += std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    }
    const auto asked = static_cast<double>(std::max<size_t>(1, outsiders.size()));
    std::printf("%-8s %-22s answered %d of %zu (false answers), %.2f ms a query\n", "", "clips not in the library",
                answered, outsiders.size(), milliseconds / asked);
}

void print(const char* method, size_t size, const Tally& tally)
{
    std::printf("%-8zu %-22s", size, method);
    for (int c = 0; c < ConditionCount; ++c) {
        std::printf(" %5.1f/%5.1f", 100.0 * tally.found[c] / std::max(1, tally.queries[c]),
                    100.0 * tally.correct[c] / std::max(1, tally.queries[c]));
    }
    std::printf(" %9.2f %5d\n", tally.milliseconds / std::max(1, tally.total), tally.queries[0]);
    std::fflush(stdout);
}

std::vector<std::pair<uint32_t, double>> asPairs(const std::vector<SameRecordingMatch>& matches)
{
    std::vector<std::pair<uint32_t, double>> pairs;
    for (const auto& match : matches) pairs.emplace_back(match.item, match.offsetSeconds);
    return pairs;
}

// Why the search missed the queries it missed, in the order the search
// decides: the true item at its true offset was no candidate in the widest
// pass; or its bit errors there were over the threshold; or the
// self-similarity filter turned it down; or it passed both but another
// item's answer was taken. Each miss is printed with its bit errors at the
// true position, which says whether any first filter could have helped.
void printMissReasons(const FingerprintIndex& index, const std::vector<Query>& queries, int perConditionLimit,
                      const SameRecordingOptions& options)
{
    const int probes = std::max(options.probesPerFrame, options.deepProbes);
    const size_t candidateCount = std::max(options.maxCandidates, options.deepCandidates);
    for (const Condition condition : {White0, Babble10}) {
        int asked = 0;
        std::map<std::string, int> reasons;
        for (const Query& query : queries) {
            if (query.condition != condition || asked >= perConditionLimit) continue;
            ++asked;
            const auto answers = asPairs(findSameRecording(index, query.codes, query.margins, options));
            if (judge(query, answers).found) continue;
            const int truth = static_cast<int>(std::lround(query.startSeconds * kFingerprintFramesPerSecond));
            const auto reference = index.codes(query.target);
            const WeightedBitErrors weighted(query.codes, query.margins);
            double errors = 1.0;
            int position = truth;
            for (int p = truth - options.positionSlack; p <= truth + options.positionSlack; ++p) {
                const double here = weighted.at(reference, p);
                if (here < errors) {
                    errors = here;
                    position = p;
                }
            }
            const auto candidates = index.candidates(query.codes, query.margins, probes, candidateCount);
            const bool voted = std::any_of(candidates.begin(), candidates.end(), [&](const auto& candidate) {
                return candidate.item == query.target &&
                       std::abs(candidate.offset - truth) <= options.positionSlack;
            });
            const int length = std::min(options.blockLength, static_cast<int>(query.codes.size()));
            const auto block = selfSimilarityBlock(query.codes, length);
            const auto similarity =
                compareSelfSimilarity(block, length, reference, position - 1, position + 1);
            const bool similar =
                similarity.mae <= options.maeThreshold && similarity.made <= options.madeThreshold;
            const char* reason = !voted                               ? "no candidate"
                                 : errors > options.bitErrorThreshold ? "bit errors"
                                 : !similar                           ? "self-similarity"
                                                                      : "outranked";
            ++reasons[reason];
            std::printf(
                "         missed item %u at %.1f s (%s): %s; there bit errors %.3f, MAE %.3f, MADE %.3f\n",
                query.target, query.startSeconds, kConditionNames[condition], reason, errors, similarity.mae,
                similarity.made);
        }
        std::printf("%-8s %-22s %s:", "", "why missed", kConditionNames[condition]);
        for (const auto& [reason, count] : reasons) std::printf(" %s %d;", reason.c_str(), count);
        std::printf("\n");
    }
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: %s MEDIA_DIR [--sizes 10000,50000,100000,500000] [--queries N] [--seed N] "
                     "[--probes N] [--quick-probes N] [--candidates N] [--max-bit-errors R] [--key-bits N] "
                     "[--stride N] [--high-bits-stride N] [--deep-probes N] [--max-mae X] [--max-made X] "
                     "[--block FRAMES] [--deep-candidates N] [--baselines no]\n",
                     argv[0]);
        return 2;
    }
    const fs::path media = argv[1];
    std::vector<size_t> sizes = {10000, 50000, 100000, 500000};
    int perCondition = 300;
    uint64_t querySeed =
        42;  // another seed draws other queries: a check that a setting is not fitted to these
    SameRecordingOptions ours;
    int keyBits = 0;  // 0: by library size
    int stride = FingerprintIndexOptions{}.stride;
    int highBitsStride = FingerprintIndexOptions{}.highBitsStride;
    bool baselines = true;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--sizes") sizes = bench::parseSizes(argv[i + 1]);
        if (option == "--queries") perCondition = std::stoi(argv[i + 1]);
        if (option == "--seed") querySeed = std::stoull(argv[i + 1]);
        if (option == "--probes") ours.probesPerFrame = std::stoi(argv[i + 1]);
        if (option == "--deep-probes") ours.deepProbes = std::stoi(argv[i + 1]);
        if (option == "--quick-probes") ours.quickProbes = std::stoi(argv[i + 1]);
        if (option == "--key-bits") keyBits = std::stoi(argv[i + 1]);
        if (option == "--max-bit-errors") ours.bitErrorThreshold = std::stod(argv[i + 1]);
        if (option == "--stride") stride = std::stoi(argv[i + 1]);
        if (option == "--high-bits-stride") highBitsStride = std::stoi(argv[i + 1]);
        if (option == "--candidates") ours.maxCandidates = std::stoul(argv[i + 1]);
        if (option == "--max-mae") ours.maeThreshold = std::stod(argv[i + 1]);
        if (option == "--max-made") ours.madeThreshold = std::stod(argv[i + 1]);
        if (option == "--deep-candidates") ours.deepCandidates = std::stoul(argv[i + 1]);
        if (option == "--block") ours.blockLength = std::stoi(argv[i + 1]);
        if (option == "--baselines") baselines = std::string(argv[i + 1]) != "no";
    }

    std::vector<Target> targets;
    double targetSeconds = 0;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(media / "targets")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        Target target;
        target.name = file.stem().string();
        auto audio = readClip(file, {}, 3600);
        auto mp3 = readClip(media / "mp3" / (target.name + ".mp3"), {}, 3600);
        if (!audio || !mp3) {
            std::fprintf(stderr, "skipping %s\n", file.c_str());
            continue;
        }
        target.audio = std::move(audio).value();
        target.mp3Audio = std::move(mp3).value();
        target.codes = fingerprintOf(target.audio);
        const double levelDbfs = 10.0 * std::log10(std::max(1e-20, power(target.audio)));
        target.querySource = target.audio.size() >= 16000 * 8 && levelDbfs >= kAudibleDbfs;
        if (levelDbfs < kAudibleDbfs) {
            std::printf("%s is at %.1f dBFS: in the library, but no queries are cut from it\n",
                        target.name.c_str(), levelDbfs);
        }
        targetSeconds += static_cast<double>(target.audio.size()) / 16000.0;
        targets.push_back(std::move(target));
    }
    const std::vector<float> babble = readClip(media / "babble.wav", {}, 3600).value();
    double fingerprintMs = 0;
    const std::vector<Query> queries = makeQueries(targets, babble, perCondition, querySeed, fingerprintMs);
    const std::vector<Query> outsiders = makeOutsiders(targets, babble, perCondition);
    std::printf("%zu real targets (%.1f h), %zu queries of %.0f s (%d per condition); fingerprinting a query: %.2f ms\n",
                targets.size(), targetSeconds / 3600.0, queries.size(), kQuerySeconds, perCondition, fingerprintMs);
    std::printf("cells: recall %% / accuracy %% (source first, offset within 0.1 s); time per query in ms, one core\n\n");
    // The bit error rate at the true position, per condition: what any search
    // must work with; plain, and weighted by the query's margins as the
    // search counts it.
    for (int c = 0; c < ConditionCount; ++c) {
        for (const bool weighted : {false, true}) {
            std::vector<double> rates;
            for (const Query& query : queries) {
                if (query.condition != c) continue;
                const WeightedBitErrors bitErrors(query.codes, weighted ? std::span<const float>(query.margins) : std::span<const float>());
                const int position = static_cast<int>(std::lround(query.startSeconds * kFingerprintFramesPerSecond));
                double best = 1.0;
                for (int p = position - 1; p <= position + 1; ++p) best = std::min(best, bitErrors.at(targets[query.target].codes, p));
                rates.push_back(best);
            }
            std::sort(rates.begin(), rates.end());
            const auto share = [&](double limit) {
                return 100.0 * static_cast<double>(std::count_if(rates.begin(), rates.end(), [&](double r) { return r <= limit; })) /
                       static_cast<double>(rates.size());
            };
            std::printf("%-12s true-position bit errors, %-8s: median %.3f, p90 %.3f; <=0.37: %.1f%%, <=0.40: %.1f%%\n",
                        kConditionNames[c], weighted ? "weighted" : "plain", rates[rates.size() / 2],
                        rates[rates.size() * 9 / 10], share(0.37), share(0.40));
        }
    }
    printSelfSimilarityErrors(targets, queries, ours);
    std::printf("\n");
    std::printf("%-8s %-22s", "items", "method");
    for (const char* name : kConditionNames) std::printf(" %11s", name);
    std::printf(" %9s %5s\n", "ms/query", "n");

    for (const size_t size : sizes) {
        const auto buildStarted = Clock::now();
        FingerprintIndexOptions options;
        options.keyBits = keyBits;  // 0: the index chooses by size
        options.stride = stride;
        options.highBitsStride = highBitsStride;
        FingerprintIndex index(options);
        size_t targetFrames = 0;
        for (const Target& target : targets) targetFrames += target.codes.size();
        index.reserve(targetFrames + (size - targets.size()) * kDistractorFrames, size);
        for (const Target& target : targets) index.add(target.codes);
        std::mt19937_64 random(size);
        std::vector<uint32_t> distractor(kDistractorFrames);
        for (size_t item = targets.size(); item < size; ++item) {
            const auto mask = static_cast<uint32_t>(random());
            for (int filled = 0; filled < kDistractorFrames; filled += kPieceFrames) {
                const Target& source = targets[random() % targets.size()];
                const size_t start = random() % (source.codes.size() - kPieceFrames);
                const int count = std::min(kPieceFrames, kDistractorFrames - filled);
                for (int i = 0; i < count; ++i) distractor[static_cast<size_t>(filled + i)] = source.codes[start + static_cast<size_t>(i)] ^ mask;
            }
            index.add(distractor);
        }
        index.build();
        const double buildSeconds = std::chrono::duration<double>(Clock::now() - buildStarted).count();
        std::printf("# %zu items: index built in %.1f s, %.2f GiB, key bits %d\n", size, buildSeconds,
                    static_cast<double>(index.memoryBytes()) / (1u << 30), index.keyBits());

        print("two-stage + SSM (ours)", size, run(queries, perCondition, [&](const Query& q) {
                  return asPairs(findSameRecording(index, q.codes, q.margins, ours));
              }));
        printNotInLibrary(index, outsiders, ours);
        if (ours.deepProbes == 0) {
            SameRecordingOptions deep = ours;
            deep.deepProbes = kDeepProbesWhenAsked;
            print("ours + deep pass (lectern-cli match)", size, run(queries, perCondition, [&](const Query& q) {
                      return asPairs(findSameRecording(index, q.codes, q.margins, deep));
                  }));
            printNotInLibrary(index, outsiders, deep);
            printMissReasons(index, queries, perCondition, deep);
        }
        SameRecordingOptions withoutSsm = ours;
        withoutSsm.selfSimilarityFilter = false;
        print("first filter + BER only", size, run(queries, perCondition, [&](const Query& q) {
                  return asPairs(findSameRecording(index, q.codes, q.margins, withoutSsm));
              }));
        if (baselines && size <= 50000) {
            const LshBaseline lsh(index, 4, 24);
            print("LSH (4 x 24 of 96 bits)", size, run(queries, perCondition, [&](const Query& q) { return lsh.find(q); }));
        }
        if (baselines && size <= 10000) {
            print("brute-force NN", size, run(queries, std::min(perCondition, 10), [&](const Query& q) { return bruteForce(index, q); }));
        }
    }
    std::printf("\npeak resident memory %.2f GiB\n", bench::peakMemoryMiB() / 1024.0);
    std::printf("P1 Table 3 (10k items, 6.1 s queries): proposed recall 98.2%%, accuracy 97.8%%; NN 81.1%%; LSH (500 items) 61.5%%\n");
    std::printf("P1 Table 4: 50k 98.5/97.2 in 29.4 ms; 100k 98.1/97.0 in 65.2 ms; 200k 65.2(sic)/96.2 in 121.2 ms; 500k 95.1/95.3 in 315.1 ms\n");
    return 0;
}
