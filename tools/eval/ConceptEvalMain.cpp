// lectern-eval-concepts RECORDINGS.lsr MODELS [--split heldout] [--concepts concepts.tsv]:
// the sound-concept head on real recordings of the held-out packages, read
// as the import reads a file (10 s segments every 5 s, a short file tiled;
// a recording scores a concept by its best segment), through the app's own
// AudioModel. Prints, per concept group (the concept's top ancestor):
// - text by sound: for each kind of sound among the recordings (its most
//   specific concept), all recordings ranked by that concept's score (or,
//   where the head has no such concept, its nearest ancestor's): the first
//   right, one right in the first ten (with what a random ranking gets), the
//   share of the first ten that are right;
// - example search: each recording as the query, the others ranked by cosine
//   of the shipped embedding, of the new sound embedding, and of the concept
//   scores: the first answer of the same kind, the share of the first ten.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>

#include "../ml/SoundRecordings.h"
#include "classify/ClassifierModels.h"
#include "classify/LogMelSegments.h"

using namespace lectern;

namespace {

struct Scored {
    std::vector<std::string> concepts;  // most specific first, then ancestors
    std::vector<float> conceptScores, sound, embedding;
    std::vector<float> mixed;  // √w sound ⊕ √(1 − w) embedding: its cosine is w·cos(sound) + (1 − w)·cos(embedding)
};

// The weight of the sound embedding beside the shipped one in the mixed row
// (ExampleSearch.cpp's kHeardWeight).
constexpr float kSoundWeight = 0.7f;

std::vector<float> unit(std::vector<float> v)
{
    double norm = 0;
    for (float x : v) norm += double(x) * x;
    norm = std::sqrt(std::max(norm, 1e-12));
    for (float& x : v) x = static_cast<float>(x / norm);
    return v;
}

float dot(const std::vector<float>& a, const std::vector<float>& b)
{
    return std::inner_product(a.begin(), a.end(), b.begin(), 0.0f);
}

Scored score(const AudioModel& model, const ml::SoundRecording& recording)
{
    std::vector<float> segments;
    for (long long start : segmentStarts(recording.frameCount())) {
        const std::vector<float> segment = segmentAt(recording.frames, start);
        segments.insert(segments.end(), segment.begin(), segment.end());
    }
    const std::vector<SegmentResult> results = model.run(segments);
    Scored scored{recording.concepts, std::vector<float>(model.concepts().size(), 0.0f),
                  std::vector<float>(results.front().sound.size(), 0.0f),
                  std::vector<float>(results.front().embedding.size(), 0.0f), {}};
    for (const SegmentResult& result : results) {
        for (size_t c = 0; c < result.concepts.size(); ++c) scored.conceptScores[c] = std::max(scored.conceptScores[c], result.concepts[c]);
        for (size_t i = 0; i < result.sound.size(); ++i) scored.sound[i] += result.sound[i];
        for (size_t i = 0; i < result.embedding.size(); ++i) scored.embedding[i] += result.embedding[i];
    }
    scored.sound = unit(scored.sound);
    scored.embedding = unit(scored.embedding);
    for (float v : scored.sound) scored.mixed.push_back(std::sqrt(kSoundWeight) * v);
    for (float v : scored.embedding) scored.mixed.push_back(std::sqrt(1.0f - kSoundWeight) * v);
    return scored;
}

std::map<std::string, std::string> parentsOf(const std::filesystem::path& file)
{
    std::map<std::string, std::string> parents;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#' || line.rfind("id\t", 0) == 0) continue;
        std::stringstream fields(line);
        std::string id, parent;
        std::getline(fields, id, '\t');
        std::getline(fields, parent, '\t');
        parents[id] = parent == "-" ? "" : parent;
    }
    return parents;
}

std::string groupOf(std::string concept_, const std::map<std::string, std::string>& parents)
{
    while (parents.count(concept_) && !parents.at(concept_).empty()) concept_ = parents.at(concept_);
    return concept_;
}

bool has(const Scored& item, const std::string& concept_)
{
    return std::find(item.concepts.begin(), item.concepts.end(), concept_) != item.concepts.end();
}

bool sameKind(const Scored& query, const Scored& answer)
{
    return has(answer, query.concepts.front()) || has(query, answer.concepts.front());
}

// 1 − C(n − p, 10) / C(n, 10): a random ranking's chance of one right in ten.
double chanceOfOneInTen(size_t n, size_t p)
{
    double none = 1.0;
    for (size_t k = 0; k < std::min<size_t>(10, n); ++k) none *= double(n - p - k) / double(n - k);
    return 1.0 - std::max(0.0, none);
}

struct Tally {
    double first = 0, inTen = 0, share = 0, chance = 0;
    int count = 0;
    void add(double f, double i, double s, double c = 0)
    {
        first += f, inTen += i, share += s, chance += c;
        ++count;
    }
};

void printRow(const std::string& name, const Tally& t, bool withChance)
{
    std::cout << "| " << name << " | " << t.count << " | " << t.first / t.count << " | " << t.inTen / t.count;
    if (withChance) std::cout << " (" << t.chance / t.count << ")";
    std::cout << " | " << t.share / t.count << " |\n";
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: lectern-eval-concepts RECORDINGS.lsr MODELS [--split heldout] [--concepts concepts.tsv]\n";
        return 2;
    }
    std::string split = "heldout";
    std::filesystem::path conceptsFile = "resources/vocabulary/concepts.tsv";
    for (int i = 3; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--split") split = argv[i + 1];
        if (std::string(argv[i]) == "--concepts") conceptsFile = argv[i + 1];
    }
    const auto loaded = loadAudioModel(std::filesystem::path(argv[2]) / "audio.pt");
    const AudioModel& model = *loaded;
    if (model.concepts().empty()) {
        std::cerr << argv[2] << "/audio.pt has no sound-concept head\n";
        return 1;
    }
    const auto parents = parentsOf(conceptsFile);
    std::vector<Scored> items;
    for (const ml::SoundRecording& recording : ml::readRecordings(argv[1])) {
        if (recording.split == split && !recording.concepts.empty()) items.push_back(score(model, recording));
    }
    std::cout << std::setprecision(2) << std::fixed << items.size() << " recordings of the " << split
              << " split, " << model.concepts().size() << " concepts in the head\n\n";
    const auto indexOf = [&](std::string concept_) -> int {
        while (!concept_.empty()) {
            const auto found = std::find(model.concepts().begin(), model.concepts().end(), concept_);
            if (found != model.concepts().end()) return static_cast<int>(found - model.concepts().begin());
            concept_ = parents.count(concept_) ? parents.at(concept_) : "";
        }
        return -1;
    };

    std::set<std::string> kinds;
    for (const Scored& item : items) kinds.insert(item.concepts.front());
    std::map<std::string, Tally> text;
    for (const std::string& kind : kinds) {
        const int column = indexOf(kind);
        std::vector<size_t> order(items.size());
        std::iota(order.begin(), order.end(), 0);
        if (column >= 0) {
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
                return items[a].conceptScores[static_cast<size_t>(column)] > items[b].conceptScores[static_cast<size_t>(column)];
            });
        }
        size_t positives = 0, right = 0;
        for (const Scored& item : items) positives += has(item, kind);
        for (size_t r = 0; r < std::min<size_t>(10, order.size()); ++r) right += has(items[order[r]], kind);
        const double first = column >= 0 && has(items[order[0]], kind);
        const double inTen = column >= 0 && right > 0;
        const double share = column >= 0 ? right / 10.0 : 0.0;
        const double chance = chanceOfOneInTen(items.size(), positives);
        text[groupOf(kind, parents)].add(first, inTen, share, chance);
        text["all"].add(first, inTen, share, chance);
    }
    std::cout << "Text by sound (a query per kind of sound)\n\n| group | kinds | first right | one right in ten (random) | share of ten |\n|---|---|---|---|---|\n";
    for (const auto& [group, tally] : text) {
        if (group != "all") printRow(group, tally, true);
    }
    printRow("all", text["all"], true);

    const std::vector<std::pair<std::string, std::function<const std::vector<float>&(const Scored&)>>> spaces = {
        {"shipped embedding", [](const Scored& s) -> const std::vector<float>& { return s.embedding; }},
        {"sound embedding (new)", [](const Scored& s) -> const std::vector<float>& { return s.sound; }},
        {"concept scores (new)", [](const Scored& s) -> const std::vector<float>& { return s.conceptScores; }},
        {"0.7 sound + 0.3 shipped", [](const Scored& s) -> const std::vector<float>& { return s.mixed; }},
    };
    std::cout << "\nExample search (each recording against the others)\n\n| space | group | queries | first same kind | one in ten | share of ten |\n|---|---|---|---|---|---|\n";
    for (const auto& [name, vectorOf] : spaces) {
        std::map<std::string, Tally> example;
        for (size_t q = 0; q < items.size(); ++q) {
            std::vector<std::pair<float, size_t>> ranked;
            const std::vector<float> query = unit(vectorOf(items[q]));
            for (size_t a = 0; a < items.size(); ++a) {
                if (a != q) ranked.push_back({dot(query, unit(vectorOf(items[a]))), a});
            }
            std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
            size_t right = 0;
            for (size_t r = 0; r < std::min<size_t>(10, ranked.size()); ++r) right += sameKind(items[q], items[ranked[r].second]);
            const double first = sameKind(items[q], items[ranked[0].second]);
            example[groupOf(items[q].concepts.front(), parents)].add(first, right > 0, right / 10.0);
            example["all"].add(first, right > 0, right / 10.0);
        }
        for (const auto& [group, tally] : example) {
            if (group != "all") printRow(name + " | " + group, tally, false);
        }
        printRow(name + " | all", example["all"], false);
    }
    return 0;
}
