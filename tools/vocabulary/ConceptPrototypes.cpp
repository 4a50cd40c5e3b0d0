// Concept prototypes in the search space, from real labelled recordings
// (issue 25): each recording of build/realsounds is labelled with the
// concepts its path names (read through the sound vocabulary: ".../Animal/
// Dog1.wav" → animal, dog), and a concept's prototype is the normalised mean
// of its recordings' segment vectors as the vector index holds them. A word
// that names the concept then finds recordings that sound like it.
//
// Usage: lectern-concept-prototypes LIBRARY FILES_ROOT OUT [--heldout PKG,PKG]
// With --heldout, the packages named make no prototype and are searched
// instead: per concept group, how often a held-out recording of the asked
// concept is among the first ten, and what share of the first ten are.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "catalog/CatalogReader.h"
#include "catalog/Library.h"
#include "classify/FileClassifier.h"
#include "common/Paths.h"
#include "index/SearchSpace.h"
#include "index/StoredItemOffsets.h"
#include "search/SoundVocabulary.h"

#include <torch/torch.h>

namespace fs = std::filesystem;
using namespace lectern;

namespace {

struct Recording {
    std::string package;
    std::vector<std::string> concepts;
    std::vector<float> vector;  // mean of its mapped segments, normalised
};

// Folder words that say a file is a sound, not what it is.
bool isGenericFolderWord(const std::string& word)
{
    static const std::set<std::string> words = {"noises", "noise", "sounds", "sound", "effects", "media", "samples",
                                                "misc", "all", "abcs", "wav", "ogg", "flac", "mp"};
    return words.count(word) != 0;
}

// "HorseGallop_02.wav" → "horse gallop": words of a path for the vocabulary.
std::string pathWords(const std::string& path)
{
    std::string words;
    char previous = ' ';
    for (char c : path) {
        const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (!letter) {
            if (words.empty() || words.back() != ' ') words += ' ';
        } else {
            if (std::isupper(static_cast<unsigned char>(c)) && std::islower(static_cast<unsigned char>(previous))) words += ' ';
            words += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        previous = c;
    }
    std::string kept;
    std::string word;
    for (char c : words + ' ') {
        if (c != ' ') {
            word += c;
            continue;
        }
        if (!word.empty() && !isGenericFolderWord(word)) kept += (kept.empty() ? "" : " ") + word;
        word.clear();
    }
    return kept;
}

void normalise(std::vector<float>& vector)
{
    double norm = 0;
    for (float value : vector) norm += value * value;
    if (norm <= 0) return;
    const auto scale = static_cast<float>(1.0 / std::sqrt(norm));
    for (float& value : vector) value *= scale;
}

float dot(const std::vector<float>& a, const std::vector<float>& b)
{
    float sum = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) sum += a[i] * b[i];
    return sum;
}

std::vector<Recording> readRecordings(const fs::path& libraryFolder, const fs::path& filesRoot,
                                      const SoundVocabulary& vocabulary, const SearchSpace& space)
{
    auto library = Library::openForReading(libraryFolder);
    if (!library) throw std::runtime_error(library.error().message);
    CatalogReader reader((*library)->database());
    const auto items = reader.list().value();
    std::vector<int64_t> ids;
    for (const Item& item : items) ids.push_back(item.id);
    const auto offsets = storedItemOffsets(reader, space, ids).value();
    const std::string root = toUtf8(fs::absolute(filesRoot).lexically_normal()) + "/";
    std::vector<Recording> recordings;
    for (const Item& item : items) {
        if (item.path.compare(0, root.size(), root) != 0) continue;
        const std::string relative = item.path.substr(root.size());
        Recording recording;
        recording.package = relative.substr(0, relative.find('/'));
        // The words after usr/share/<program>/ name the sound; the package's own name does not.
        std::string named = relative.substr(relative.find('/') + 1);
        if (named.rfind("usr/share/", 0) == 0) named = named.substr(named.find('/', 10) + 1);
        for (const ConceptMention& mention : vocabulary.read(pathWords(named)).concepts) {
            recording.concepts.push_back(mention.conceptId);
        }
        if (recording.concepts.empty()) continue;
        std::vector<float> sum;
        auto segments = reader.segmentEmbeddings(item.id);
        if (!segments) continue;
        for (const SegmentEmbedding& segment : *segments) {
            const std::vector<float> mapped = space.map(segment.values, offsetOf(offsets, item.id));
            if (sum.empty()) sum.assign(mapped.size(), 0.0f);
            for (size_t i = 0; i < mapped.size(); ++i) sum[i] += mapped[i];
        }
        if (sum.empty()) continue;
        normalise(sum);
        recording.vector = std::move(sum);
        recordings.push_back(std::move(recording));
    }
    return recordings;
}

// One logistic regression per concept over the recordings' vectors (all
// concepts at once, full batch): its weights, normalised, are a query for
// the vector index, since on unit vectors a dot product ranks as cosine does.
std::map<std::string, std::vector<float>> trainProbe(const std::vector<const Recording*>& training,
                                                     const std::vector<std::string>& concepts)
{
    const auto rows = static_cast<int64_t>(training.size());
    const auto width = static_cast<int64_t>(training.front()->vector.size());
    const auto classes = static_cast<int64_t>(concepts.size());
    torch::Tensor x = torch::zeros({rows, width});
    torch::Tensor y = torch::zeros({rows, classes});
    for (int64_t r = 0; r < rows; ++r) {
        const Recording& recording = *training[static_cast<size_t>(r)];
        for (int64_t c = 0; c < width; ++c) x[r][c] = recording.vector[static_cast<size_t>(c)];
        for (int64_t k = 0; k < classes; ++k) {
            const auto& id = concepts[static_cast<size_t>(k)];
            if (std::find(recording.concepts.begin(), recording.concepts.end(), id) != recording.concepts.end()) y[r][k] = 1.0;
        }
    }
    torch::manual_seed(25);
    torch::nn::Linear probe(width, classes);
    torch::optim::Adam optimiser(probe->parameters(), torch::optim::AdamOptions(0.01).weight_decay(1e-4));
    // Rare concepts weigh as much as common ones.
    const torch::Tensor positive = (rows - y.sum(0)).clamp_min(1) / y.sum(0).clamp_min(1);
    for (int epoch = 0; epoch < 400; ++epoch) {
        optimiser.zero_grad();
        const torch::Tensor loss = torch::nn::functional::binary_cross_entropy_with_logits(
            probe(x * 8.0), y, torch::nn::functional::BinaryCrossEntropyWithLogitsFuncOptions().pos_weight(positive));
        loss.backward();
        optimiser.step();
    }
    std::map<std::string, std::vector<float>> vectors;
    const torch::Tensor weights = probe->weight.detach().contiguous();
    for (int64_t k = 0; k < classes; ++k) {
        std::vector<float> vector(static_cast<size_t>(width));
        for (int64_t c = 0; c < width; ++c) vector[static_cast<size_t>(c)] = weights[k][c].item<float>();
        normalise(vector);
        vectors[concepts[static_cast<size_t>(k)]] = std::move(vector);
    }
    return vectors;
}

std::string topConcept(const std::string& id, const SoundVocabulary& vocabulary)
{
    std::string current = id;
    while (const SoundConcept* found = vocabulary.find(current)) {
        if (found->parent.empty()) break;
        current = found->parent;
    }
    return current;
}

void evaluate(const std::map<std::string, std::vector<float>>& queries, const std::vector<Recording>& recordings,
              const std::set<std::string>& heldout, const SoundVocabulary& vocabulary);

}  // namespace

int main(int argc, char** argv)
{
    try {
        if (argc < 4) throw std::runtime_error("usage: lectern-concept-prototypes LIBRARY FILES_ROOT OUT [--heldout PKG,PKG]");
        std::set<std::string> heldout;
        for (int i = 4; i + 1 < argc; ++i) {
            if (std::string(argv[i]) != "--heldout") continue;
            std::string list = argv[i + 1];
            for (size_t start = 0; start <= list.size();) {
                const size_t comma = std::min(list.find(',', start), list.size());
                heldout.insert(list.substr(start, comma - start));
                start = comma + 1;
            }
        }
        const auto models = sharedClassifierModels();
        if (!models) throw std::runtime_error(models.error().message);
        const SearchSpace space = searchSpaceOf(**models);
        auto vocabulary = SoundVocabulary::load(soundVocabularyFolder(classifierModelDirectory()));
        if (!vocabulary) throw std::runtime_error(vocabulary.error().message);
        const auto recordings = readRecordings(argv[1], argv[2], *vocabulary, space);

        std::map<std::string, std::vector<float>> prototypes;
        std::map<std::string, int> trainedOn;
        std::vector<const Recording*> training;
        for (const Recording& recording : recordings) {
            if (heldout.count(recording.package)) continue;
            training.push_back(&recording);
            for (const std::string& id : recording.concepts) {
                auto& sum = prototypes[id];
                if (sum.empty()) sum.assign(recording.vector.size(), 0.0f);
                for (size_t i = 0; i < sum.size(); ++i) sum[i] += recording.vector[i];
                ++trainedOn[id];
            }
        }
        for (auto& [id, sum] : prototypes) normalise(sum);
        std::vector<std::string> learnt;
        for (const auto& [id, count] : trainedOn) {
            if (count >= 2) learnt.push_back(id);
        }
        const auto probe = trainProbe(training, learnt);
        std::ofstream out(argv[3]);
        out << "# Concept query vectors in the search space (tools/vocabulary/ConceptPrototypes.cpp): "
               "concept, training recordings, then the vector\n";
        for (const auto& [id, vector] : probe) {
            out << id << '\t' << trainedOn[id];
            for (float value : vector) out << '\t' << value;
            out << '\n';
        }
        std::printf("%zu labelled recordings, %zu prototypes, %zu probed concepts\n", recordings.size(),
                    prototypes.size(), probe.size());
        if (heldout.empty()) return 0;
        for (const auto& [name, queries] : {std::pair{"mean prototype", prototypes}, std::pair{"linear probe", probe}}) {
            std::printf("\n%s\n", name);
            evaluate(queries, recordings, heldout, *vocabulary);
        }
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lectern-concept-prototypes: %s\n", error.what());
        return 2;
    }
}

namespace {

void evaluate(const std::map<std::string, std::vector<float>>& queries, const std::vector<Recording>& recordings,
              const std::set<std::string>& heldout, const SoundVocabulary& vocabulary)
{
    // Held-out recordings searched by each prototype that has any of them.
    struct Tally {
        int queries = 0, hitAt10 = 0, firstRight = 0;
        double precisionAt10 = 0;
        double chanceAt10 = 0;  // of one right in the first ten, ranked at random
    };
    std::map<std::string, Tally> byGroup;
    std::vector<const Recording*> pool;
    for (const Recording& recording : recordings) {
        if (heldout.count(recording.package)) pool.push_back(&recording);
    }
    for (const auto& [id, prototype] : queries) {
        const auto relevant = [&id](const Recording* r) {
            return std::find(r->concepts.begin(), r->concepts.end(), id) != r->concepts.end();
        };
        if (std::none_of(pool.begin(), pool.end(), relevant)) continue;
        std::vector<const Recording*> ranked = pool;
        std::sort(ranked.begin(), ranked.end(), [&prototype](const Recording* a, const Recording* b) {
            return dot(prototype, a->vector) > dot(prototype, b->vector);
        });
        const size_t top = std::min<size_t>(10, ranked.size());
        const auto right = std::count_if(ranked.begin(), ranked.begin() + static_cast<long>(top), relevant);
        for (const std::string& group : {topConcept(id, vocabulary), std::string("all")}) {
            Tally& tally = byGroup[group];
            ++tally.queries;
            tally.hitAt10 += right > 0;
            tally.firstRight += relevant(ranked.front());
            tally.precisionAt10 += static_cast<double>(right) / static_cast<double>(top);
        const auto relevantCount = static_cast<double>(std::count_if(pool.begin(), pool.end(), relevant));
        double noneInTop = 1.0;  // drawing ten of the pool without a relevant one
        for (size_t i = 0; i < top; ++i) {
            noneInTop *= std::max(0.0, (static_cast<double>(pool.size() - i) - relevantCount) /
                                           static_cast<double>(pool.size() - i));
        }
        tally.chanceAt10 += 1.0 - noneInTop;
        }
    }
    std::printf("| group | concepts asked | first right | one in first ten (chance) | share of first ten |\n"
            "|---|---|---|---|---|\n");
    for (const auto& [group, tally] : byGroup) {
        std::printf("| %s | %d | %.2f | %.2f (%.2f) | %.2f |\n", group.c_str(), tally.queries,
                    static_cast<double>(tally.firstRight) / tally.queries,
                    static_cast<double>(tally.hitAt10) / tally.queries, tally.chanceAt10 / tally.queries,
                    tally.precisionAt10 / tally.queries);
    }
}

}  // namespace
