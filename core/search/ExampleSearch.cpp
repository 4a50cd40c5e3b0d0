#include "search/ExampleSearch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "catalog/ResourceClass.h"
#include "classify/FileClassifier.h"
#include "classify/HeardSounds.h"
#include "common/UnitVectors.h"
#include "dsp/Loudness.h"
#include "index/DistinctSegments.h"
#include "index/StoredItemOffsets.h"
#include "search/MeasurableModifier.h"
#include "search/SimilarByCodes.h"
#include "search/TextSearch.h"

namespace lectern {
namespace {

constexpr double kSampleRate = 16000.0;
constexpr size_t kSimilarCandidates = 400;

std::string formatted(const char* pattern, double a, double b = 0.0)
{
    char text[96];
    std::snprintf(text, sizeof text, pattern, a, b);
    return text;
}

bool silent(std::span<const float> samples)
{
    return std::all_of(samples.begin(), samples.end(), [](float s) { return std::fabs(s) < 1e-4f; });
}

MeasurableFacts factsOfClip(std::span<const float> samples, const FileClassification& classified)
{
    LoudnessMeter meter;
    meter.process(samples);
    return {meter.result().integratedLufs, static_cast<double>(samples.size()) / kSampleRate,
            static_cast<double>(classified.audio.probabilities[0])};
}

std::optional<double> musicProbability(CatalogReader& reader, const Item& item)
{
    const auto stored = reader.classification(item.id);
    if (stored && *stored) return (*stored)->probabilities[0];
    if (item.resourceClass == kUnknownClass) return std::nullopt;
    return item.resourceClass == kResourceClasses[0] ? 1.0 : 0.0;
}

// The item's segment nearest to the query: the index keeps only distinct
// segments, so the moment to play from is looked up among all of them.
double bestStart(CatalogReader& reader, int64_t itemId, const std::vector<float>& query, const SearchSpace& space,
                 std::span<const float> itemOffset, double fallback)
{
    const auto segments = reader.segmentEmbeddings(itemId);
    if (!segments || segments->empty()) return fallback;
    double start = fallback;
    float best = -2.0f;
    for (const SegmentEmbedding& segment : *segments) {
        const float similarity = cosineOf(space.map(segment.values, itemOffset), query);
        if (similarity > best) {
            best = similarity;
            start = segment.startSeconds;
        }
    }
    return start;
}

// What a change as clear as a change gets is worth beside the modifier
// model's cosine (which spans about 0.3 among a library's candidates).
constexpr double kClarityWeight = 0.25;

// How much the sound embeddings' cosine (the concept head's, trained on real
// recordings) counts beside the shipped embedding's. lectern-eval-concepts
// on the held-out packages' real recordings: the sound embedding finds a
// recording of the same kind among the first ten for 0.55 of them, the
// shipped one 0.40, the two at 0.7 : 0.3 0.60; the shipped one also tells
// apart what the head has no concept for (the five classes' material).
constexpr float kSoundWeight = 0.7f;
// Items heard as the example's strongest concepts join the candidates: the
// shipped embedding's neighbours may hold no dog at all.
constexpr size_t kHeardConceptsAsked = 3;

struct Candidate {
    Item item;
    VectorHit hit;
    float similarity = 0.0f;  // the index's cosine, and the sound embeddings' where both have one
    int satisfied = 0;
    double clarity = 0.0;  // how clearly it makes the measurable changes, summed
    std::string modifierReason;
    std::optional<float> modifierScore;  // the modifier model's cosine, where it ranked this one
};

// The strongest concept two recordings are both heard as, and when in the
// candidate it sounds most.
std::optional<HeardSound> sharedSound(const std::vector<HeardSound>& example, const std::vector<HeardSound>& candidate)
{
    for (const HeardSound& sound : example) {
        for (const HeardSound& heard : candidate) {
            if (heard.conceptId == sound.conceptId) return heard;
        }
    }
    return std::nullopt;
}

// The modifier model's score for each candidate with a stored clip
// embedding: cos(normalize(A(example) + s T(modifier)), A(candidate)), A
// reading each clip's loudness, sound profile and descriptors beside its
// embedding.
void scoreByModifierModel(const ModifierModel& model, const StoredItemSounds& stored, const ModifierClip& example,
                          const std::string& modifier, std::vector<Candidate>& candidates)
{
    std::vector<ModifierClip> clips;
    std::vector<Candidate*> scored;
    for (Candidate& candidate : candidates) {
        const std::span<const float> embedding = stored.meanOf(candidate.item.id);
        if (embedding.size() != example.embedding.size()) continue;
        clips.push_back({embedding, candidate.item.loudnessLufs, stored.profileOf(candidate.item.id),
                         stored.descriptorsOf(candidate.item.id)});
        scored.push_back(&candidate);
    }
    const std::vector<float> query = model.query(example, modifier);
    const auto targets = model.targets(clips);
    for (size_t i = 0; i < scored.size(); ++i) scored[i]->modifierScore = cosineOf(targets[i], query);
}

}  // namespace

std::vector<float> searchVectorOf(const SearchSpace& space, const FileClassification& clip)
{
    return space.map(clip.audio.feature,
                     space.itemOffset(clip.audio.feature, clip.soundProfile, clip.soundDescriptors));
}

Result<SearchAnswer> searchByExample(const ExampleQuery& query, ExampleSearchParts parts, size_t limit)
{
    SearchAnswer answer;
    answer.notes = query.filters.notes;
    if (query.samples.empty() || silent(query.samples)) {
        answer.notes.push_back("the example is silent: there is nothing to compare");
        return answer;
    }
    const std::vector<MeasurableModifier> modifiers = parseMeasurableModifiers(query.modifier);
    const bool modifierModel = !query.modifier.empty() && parts.models && parts.models->modifier;
    if (!query.modifier.empty()) {
        std::string understood;
        for (MeasurableModifier modifier : modifiers) understood += (understood.empty() ? "" : ", ") + nameOf(modifier);
        const std::string rest = modifierModel ? "the modifier model ranks by the whole of \"" + query.modifier + "\""
                                               : "results sound like the example";
        answer.notes.push_back(understood.empty() ? "the modifier has no measurable meaning that Lectern knows; " + rest
                                                  : "modifier understood as: " + understood + "; " + rest);
    }
    std::set<int64_t> shown;
    if (query.excludedItem) shown.insert(*query.excludedItem);

    if (query.modifier.empty() && parts.sameRecording) {
        for (const LibraryMatch& match : parts.sameRecording->find(query.samples)) {
            if (shown.count(match.itemId)) continue;
            const auto item = parts.reader.findById(match.itemId);
            if (!item || !*item) continue;
            shown.insert(match.itemId);
            answer.results.push_back({match.itemId, (*item)->path, titleOf(**item), match.score, match.offsetSeconds,
                                      formatted("same recording from %.1f s (%.0f %% of the bits agree)",
                                                match.offsetSeconds, match.score * 100),
                                      kSameRecordingGroup});
        }
    }

    const bool byCodes = !parts.vectors && parts.codes && parts.models && parts.models->hash;
    if (!parts.models || (!parts.vectors && !byCodes)) return answer;
    FileClassifier classifier(parts.models, {}, false);
    classifier.addSamples(query.samples);
    const FileClassification classified = classifier.finish();
    if (classified.audio.feature.empty()) return answer;
    static const SearchSpace asStored;
    const SearchSpace& space = parts.space ? *parts.space : asStored;
    const std::vector<float> embedding = searchVectorOf(space, classified);

    auto best = byCodes ? similarItemsByCodes(*parts.codes, parts.models->hash->codeOf(classified.audio.feature),
                                              embedding, space, parts.reader, kSimilarCandidates, shown)
                        : parts.vectors->searchItems(embedding, kSimilarCandidates, shown);
    if (!best) return best.error();
    const std::vector<HeardSound>& exampleHeard = classified.heard;
    // Items found by what they are heard as, not among the index's
    // neighbours: their cosine in the index's space is read below.
    std::set<int64_t> heardOnly;
    if (!exampleHeard.empty()) {
        std::set<int64_t> fromIndex;
        for (const VectorHit& hit : *best) fromIndex.insert(hit.itemId);
        std::vector<std::string> strongest;
        for (size_t i = 0; i < exampleHeard.size() && i < kHeardConceptsAsked; ++i) strongest.push_back(exampleHeard[i].conceptId);
        const auto heard = parts.reader.itemsHeardAs(strongest, static_cast<int>(kSimilarCandidates));
        if (!heard) return heard.error();
        for (const ItemHeard& item : *heard) {
            if (shown.count(item.itemId) || fromIndex.count(item.itemId)) continue;
            heardOnly.insert(item.itemId);
            best->push_back({item.itemId, item.sound.atSeconds, 0.0f});
        }
    }
    const auto byId = itemsPassing(parts.reader, query.filters, *best);
    if (!byId) return byId.error();

    const MeasurableFacts example = factsOfClip(query.samples, classified);
    std::vector<Candidate> candidates;
    for (const VectorHit& hit : *best) {
        const auto item = byId->find(hit.itemId);
        if (item == byId->end()) continue;
        Candidate candidate{item->second, hit, hit.similarity, 0, 0.0, {}, std::nullopt};
        if (!modifiers.empty()) {
            const MeasurableFacts facts{candidate.item.loudnessLufs, candidate.item.durationSeconds,
                                        musicProbability(parts.reader, candidate.item)};
            for (MeasurableModifier modifier : modifiers) {
                if (satisfies(modifier, facts, example).value_or(false)) ++candidate.satisfied;
                candidate.clarity += changeClarity(modifier, facts, example);
                candidate.modifierReason += "; " + nameOf(modifier) + ": " +
                                            describeDifference(modifier, facts, example);
            }
        }
        candidates.push_back(std::move(candidate));
    }
    // The candidates' stored mean embeddings and profiles, read once: the
    // modifier model reads them, and the search space places each shown
    // item's segments by them. Without them: ranked and placed without.
    StoredItemSounds sounds;
    std::vector<int64_t> ids;
    for (const Candidate& candidate : candidates) ids.push_back(candidate.item.id);
    if (modifierModel || space.hasItemPart() || !heardOnly.empty()) {
        if (auto read = readItemSounds(parts.reader, ids)) sounds = std::move(*read);
    }
    // What each candidate is heard as and its sound embedding, beside how
    // alike the shipped embedding finds it.
    std::map<int64_t, std::vector<HeardSound>> candidateHeard;
    std::map<int64_t, std::vector<float>> candidateSounds;
    const std::vector<float>& exampleSound = classified.sound;
    if (!exampleSound.empty()) {
        auto heard = parts.reader.heardSounds(ids);
        if (!heard) return heard.error();
        candidateHeard = std::move(*heard);
        auto stored = parts.reader.itemSoundEmbeddings(ids);
        if (!stored) return stored.error();
        candidateSounds = std::move(*stored);
    }
    for (Candidate& candidate : candidates) {
        if (heardOnly.count(candidate.item.id)) {
            const std::span<const float> mean = sounds.meanOf(candidate.item.id);
            candidate.hit.similarity = mean.empty() ? 0.0f
                : cosineOf(space.map(mean, sounds.offsetIn(space, candidate.item.id)), embedding);
        }
        candidate.similarity = candidate.hit.similarity;
        const auto sound = candidateSounds.find(candidate.item.id);
        if (sound != candidateSounds.end() && sound->second.size() == exampleSound.size()) {
            candidate.similarity = kSoundWeight * cosineOf(sound->second, exampleSound) +
                                   (1.0f - kSoundWeight) * candidate.hit.similarity;
        }
    }
    if (modifierModel) {
        scoreByModifierModel(*parts.models->modifier, sounds,
                             {classified.audio.feature, example.loudnessLufs, classified.soundProfile,
                              classified.soundDescriptors},
                             query.modifier, candidates);
    }
    // What the measurable modifiers ask for first; then, with a modifier,
    // by the modifier model; then by how alike they sound.
    // Among those, a clearer change counts beside the model's score: of the
    // same recording at -5 and -21 LU, "quieter" puts -21 first.
    const auto rankOf = [](const Candidate& candidate) {
        return static_cast<double>(candidate.modifierScore.value_or(-2.0f)) + kClarityWeight * candidate.clarity;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&rankOf](const Candidate& a, const Candidate& b) {
        if (a.satisfied != b.satisfied) return a.satisfied > b.satisfied;
        if (rankOf(a) != rankOf(b)) return rankOf(a) > rankOf(b);
        return a.similarity > b.similarity;
    });
    for (const Candidate& candidate : candidates) {
        if (answer.results.size() >= limit) break;
        const auto heard = candidateHeard.find(candidate.item.id);
        const std::optional<HeardSound> shared =
            heard == candidateHeard.end() ? std::nullopt : sharedSound(exampleHeard, heard->second);
        // From the moment it sounds most like what the example is heard as;
        // otherwise from its segment nearest to the example.
        const double start = shared ? shared->atSeconds
                                    : bestStart(parts.reader, candidate.item.id, embedding, space,
                                                sounds.offsetIn(space, candidate.item.id), candidate.hit.startSeconds);
        const std::string modelReason =
            candidate.modifierScore ? formatted("; modifier model %.2f", *candidate.modifierScore) : std::string();
        const std::string heardReason = shared ? "; both sound like: " + conceptWords(shared->conceptId) : std::string();
        answer.results.push_back({candidate.item.id, candidate.item.path, titleOf(candidate.item),
                                  candidate.modifierScore.value_or(candidate.similarity), start,
                                  formatted("sounds like the example from %.0f s (similarity %.2f)", start,
                                            candidate.similarity) +
                                      heardReason + candidate.modifierReason + modelReason,
                                  kSoundsSimilarGroup});
    }
    if (answer.results.size() > limit) answer.results.resize(limit);
    return answer;
}

}  // namespace lectern
