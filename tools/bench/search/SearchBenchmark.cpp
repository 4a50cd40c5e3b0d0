// The search engine at the scale of a school's archive (issue 6): text
// search over 10k–500k catalog items, the vector index at up to a million
// segment vectors (latency, recall@10 against exact search, build time,
// memory), and a whole example query with a 10 s clip (decoding, embedding
// and lookup). Prints tables; not a test.
//
//   lectern-bench-search SOURCE_LIBRARY CLIP WORK_DIR [--sizes 10000,100000,500000]
//                        [--vector-sizes 10000,100000] [--code-sizes 1000000,10000000] [--queries N]
//
// How the large libraries are made:
// - Catalog rows are generated: titles, artists, albums and comments drawn
//   from a vocabulary of 5,000 made-up words (Zipf-distributed, as words in
//   real titles are), folders in 200 courses of 17 units, durations from
//   10 s to 1 h, years 1990–2025, classes at random.
// - Segment vectors start from the real segment embeddings of SOURCE_LIBRARY
//   (an analysed library), mapped into the search space of the shipped
//   models as the app's index holds them. Each generated item picks two real
//   items and a weight w (uniform 0–1); its segments are w·a + (1−w)·b of
//   their distinct segments, plus Gaussian noise (σ = 0.02 a component),
//   normalised: 1 to 19 of them (mean 10, what the distinct-segment rule
//   keeps of 3–30 minute recordings). Mixing keeps a million vectors from
//   being tight clusters of near-copies of a few hundred, which no real
//   library is.
// - Text queries: 1–3 vocabulary words, the last typed half-way in one of
//   three, a filter (class:, duration:, folder:) in one of four.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "../BenchSupport.h"
#include "CodeIndexBenchmark.h"

#include "catalog/CatalogReader.h"
#include "catalog/Library.h"
#include "catalog/ResourceClass.h"
#include "common/HalfFloat.h"
#include "classify/FileClassifier.h"
#include "index/DistinctSegments.h"
#include "index/SearchSpace.h"
#include "index/StoredItemOffsets.h"
#include "index/VectorIndex.h"
#include "media/ClipReader.h"
#include "search/ExampleSearch.h"
#include "search/SearchQuery.h"
#include "search/TextSearch.h"

namespace fs = std::filesystem;
using namespace lectern;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kVocabulary = 5000;

using bench::millisecondsSince;
using bench::percentile;

// Pronounceable made-up words: consonant-vowel syllables.
std::vector<std::string> makeVocabulary(std::mt19937& random)
{
    const std::string consonants = "bcdfghklmnprstvz", vowels = "aeiou";
    std::vector<std::string> words;
    while (words.size() < kVocabulary) {
        std::string word;
        const int syllables = 2 + static_cast<int>(random() % 3);
        for (int s = 0; s < syllables; ++s) {
            word += consonants[random() % consonants.size()];
            word += vowels[random() % vowels.size()];
        }
        words.push_back(word);
    }
    return words;
}

struct Zipf {
    explicit Zipf(size_t n)
    {
        double sum = 0;
        for (size_t i = 1; i <= n; ++i) cumulative.push_back(sum += 1.0 / static_cast<double>(i));
        for (double& c : cumulative) c /= sum;
    }
    size_t operator()(std::mt19937& random) const
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(random);
        return static_cast<size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
    }
    std::vector<double> cumulative;
};

std::string words(const std::vector<std::string>& vocabulary, const Zipf& zipf, std::mt19937& random, int count)
{
    std::string text;
    for (int i = 0; i < count; ++i) text += (i ? " " : "") + vocabulary[zipf(random)];
    return text;
}

void fillCatalog(Database& db, size_t items, const std::vector<std::string>& vocabulary, std::mt19937& random)
{
    const Zipf zipf(vocabulary.size());
    db.execute("BEGIN");
    Statement insert = db.prepare(
        "INSERT INTO items (path, folder, file_name, size, mtime_ns, kind, duration_s, title, artist, album, comment, "
        "year, status, class) VALUES (?1, ?2, ?3, 1, 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'analyzed', ?11)");
    for (size_t i = 0; i < items; ++i) {
        const std::string folder = "/media/course-" + std::to_string(i % 200) + "/unit-" + std::to_string(i % 17);
        const std::string file = "item-" + std::to_string(i) + ".mp3";
        insert.bind(1, folder + "/" + file).bind(2, folder).bind(3, file);
        insert.bind(4, i % 5 == 0 ? "video" : "audio");
        insert.bind(5, 10.0 + static_cast<double>(random() % 3590));
        insert.bind(6, words(vocabulary, zipf, random, 3)).bind(7, words(vocabulary, zipf, random, 2));
        insert.bind(8, words(vocabulary, zipf, random, 2)).bind(9, words(vocabulary, zipf, random, 8));
        insert.bind(10, static_cast<int64_t>(1990 + random() % 36));
        insert.bind(11, std::string(kResourceClasses[random() % kResourceClasses.size()]));
        insert.run();
        insert.reset();
    }
    db.execute("COMMIT");
}

std::vector<std::string> textQueries(const std::vector<std::string>& vocabulary, size_t count, std::mt19937& random)
{
    const Zipf zipf(vocabulary.size());
    std::vector<std::string> queries;
    for (size_t q = 0; q < count; ++q) {
        std::string query = words(vocabulary, zipf, random, 1 + static_cast<int>(random() % 3));
        if (q % 3 == 0) query.resize(query.size() - query.size() / 4);  // still typing
        if (q % 4 == 1) query += " class:lecture";
        if (q % 4 == 2) query += " duration:<5m";
        if (q % 4 == 3) query += " folder:course-1";
        queries.push_back(query);
    }
    return queries;
}

void benchText(const fs::path& work, size_t items, size_t queryCount)
{
    const fs::path folder = work / ("text-" + std::to_string(items));
    fs::remove_all(folder);
    auto library = Library::openForWriting(folder);
    if (!library) throw std::runtime_error(library.error().message);
    std::mt19937 random(7);
    const auto vocabulary = makeVocabulary(random);
    const auto fillStart = Clock::now();
    fillCatalog((*library)->database(), items, vocabulary, random);
    const double fillSeconds = millisecondsSince(fillStart) / 1000;
    CatalogReader reader((*library)->database());
    std::vector<double> times;
    size_t answered = 0;
    for (const std::string& text : textQueries(vocabulary, queryCount, random)) {
        const auto start = Clock::now();
        const auto answer = searchByText(parseSearchQuery(text), reader, nullptr, {}, 50);
        times.push_back(millisecondsSince(start));
        answered += answer && !answer->results.empty();
    }
    std::printf("| %zu | %.2f | %.2f | %.0f %% | %.1f s | %.0f MiB |\n", items, percentile(times, 0.5),
                percentile(times, 0.95), 100.0 * static_cast<double>(answered) / static_cast<double>(queryCount),
                fillSeconds, static_cast<double>(fs::file_size(folder / "catalog.sqlite")) / 1048576.0);
    std::fflush(stdout);
}

struct RealItem {
    std::vector<std::vector<float>> segments;  // distinct ones
};

// The analysed source library, read-only.
std::unique_ptr<Library> openSource(const fs::path& source)
{
    auto library = Library::openForReading(source);
    if (!library) throw std::runtime_error(library.error().message);
    return std::move(library).value();
}

// Its analysed items that have segment embeddings.
std::vector<int64_t> analysedItemIds(CatalogReader& reader)
{
    const auto stamps = reader.segmentStamps();
    if (!stamps) throw std::runtime_error(stamps.error().message);
    std::vector<int64_t> ids;
    for (const SegmentStamp& stamp : *stamps) ids.push_back(stamp.itemId);
    return ids;
}

std::vector<RealItem> realItems(const fs::path& source, const SearchSpace& space)
{
    const auto library = openSource(source);
    CatalogReader reader(library->database());
    std::vector<RealItem> items;
    for (int64_t id : analysedItemIds(reader)) {
        auto segments = reader.segmentEmbeddings(id).value();
        const auto offsets = storedItemOffsets(reader, space, {id}).value();
        for (SegmentEmbedding& segment : segments) segment.values = space.map(segment.values, offsetOf(offsets, id));
        RealItem item;
        for (size_t i : distinctSegments(segments)) item.segments.push_back(segments[i].values);
        items.push_back(std::move(item));
    }
    return items;
}

// The generated catalog's items get the clip embeddings of real items (item
// i that of real item i mod n), so that a modifier query reads and scores
// them as it would in a real library.
void addItemEmbeddings(const fs::path& source, const fs::path& catalog)
{
    const auto seed = openSource(source);
    CatalogReader seedReader(seed->database());
    const auto seedMeans = seedReader.itemEmbeddings(analysedItemIds(seedReader));
    if (!seedMeans || seedMeans->empty()) throw std::runtime_error("the source library has no clip embeddings");
    std::vector<std::vector<uint16_t>> means;
    for (const auto& [id, mean] : *seedMeans) means.push_back(toHalves(mean));

    auto library = Library::openForWriting(catalog);
    if (!library) throw std::runtime_error(library.error().message);
    Database& db = (*library)->database();
    std::vector<int64_t> ids;
    for (Statement all = db.prepare("SELECT id FROM items"); all.step();) ids.push_back(all.integer(0));
    db.execute("BEGIN");
    Statement insert = db.prepare("INSERT OR REPLACE INTO item_embeddings (item_id, embedding) VALUES (?1, ?2)");
    for (int64_t id : ids) {
        const auto& mean = means[static_cast<size_t>(id) % means.size()];
        insert.bind(1, id).bindBlob(2, mean.data(), mean.size() * 2);
        insert.run();
        insert.reset();
    }
    db.execute("COMMIT");
}

std::vector<uint64_t> realCodes(const fs::path& source)
{
    const auto stored = CatalogReader(openSource(source)->database()).segmentCodes();
    if (!stored) throw std::runtime_error(stored.error().message);
    std::vector<uint64_t> codes;
    for (const StoredSegmentCode& entry : *stored) codes.push_back(entry.code);
    return codes;
}

std::vector<float> noisyCopy(const std::vector<float>& vector, std::mt19937& random, float sigma)
{
    std::normal_distribution<float> noise(0.0f, sigma);
    std::vector<float> out(vector.size());
    float norm = 0;
    for (size_t i = 0; i < vector.size(); ++i) {
        out[i] = vector[i] + noise(random);
        norm += out[i] * out[i];
    }
    for (float& x : out) x /= std::sqrt(norm);
    return out;
}

struct VectorRun {
    VectorIndex index;
    size_t vectors = 0;
    double buildSeconds = 0;
};

VectorRun buildIndex(const std::vector<RealItem>& real, size_t items, std::mt19937& random)
{
    const int dimensions = static_cast<int>(real.front().segments.front().size());
    VectorRun run{VectorIndex(dimensions), 0, 0};
    const auto start = Clock::now();
    for (size_t item = 1; item <= items; ++item) {
        const RealItem& first = real[random() % real.size()];
        const RealItem& second = real[random() % real.size()];
        const float weight = std::uniform_real_distribution<float>(0.0f, 1.0f)(random);
        const size_t count = 1 + random() % 19;
        std::vector<std::vector<float>> vectors;
        for (size_t s = 0; s < count; ++s) {
            const std::vector<float>& a = first.segments[s % first.segments.size()];
            const std::vector<float>& b = second.segments[s % second.segments.size()];
            std::vector<float> mixed(a.size());
            for (size_t i = 0; i < a.size(); ++i) mixed[i] = weight * a[i] + (1.0f - weight) * b[i];
            vectors.push_back(noisyCopy(mixed, random, 0.02f));
        }
        std::vector<IndexedSegment> segments;
        for (size_t s = 0; s < count; ++s) segments.push_back({5.0 * static_cast<double>(s), vectors[s]});
        run.index.setItem(static_cast<int64_t>(item), 1, segments);
        run.vectors += count;
    }
    run.buildSeconds = millisecondsSince(start) / 1000;
    return run;
}

void benchVectors(VectorRun& run, const std::vector<RealItem>& real, size_t items, size_t queryCount,
                  std::mt19937& random)
{
    std::vector<std::vector<float>> queries;
    for (size_t q = 0; q < queryCount; ++q) {
        const RealItem& seed = real[random() % real.size()];
        queries.push_back(noisyCopy(seed.segments[random() % seed.segments.size()], random, 0.03f));
    }
    std::vector<std::vector<VectorHit>> truth;
    for (const auto& query : queries) truth.push_back(run.index.exactSearch(query, 10));
    for (size_t depth : {64, 128, 192, 256}) {
        run.index.setSearchDepth(depth);
        std::vector<double> times;
        size_t found = 0, total = 0;
        for (size_t q = 0; q < queries.size(); ++q) {
            const auto start = Clock::now();
            const auto hits = run.index.search(queries[q], 10);
            times.push_back(millisecondsSince(start));
            for (const VectorHit& expected : truth[q]) {
                ++total;
                found += std::any_of(hits.begin(), hits.end(), [&](const VectorHit& hit) {
                    return hit.itemId == expected.itemId && hit.startSeconds == expected.startSeconds;
                });
            }
        }
        std::printf("| %zu | %zu | %zu | %.3f | %.3f | %.3f | %.1f s | %.0f MiB |\n", items, run.vectors, depth,
                    percentile(times, 0.5), percentile(times, 0.95),
                    static_cast<double>(found) / static_cast<double>(std::max<size_t>(total, 1)), run.buildSeconds,
                    static_cast<double>(run.index.memoryBytes()) / 1048576.0);
        std::fflush(stdout);
    }
    run.index.setSearchDepth(VectorIndexParameters{}.searchDepth);
}

// The whole example query as the engine answers it (decode, embed, lookup,
// the hits' catalog rows and the best segment time), plain and with
// "quieter" (its measurable re-ranking reads each candidate's loudness and
// class), against the catalog of the same size where there is one.
void benchExample(const VectorRun& run, const fs::path& work, const fs::path& clipFile, size_t items, size_t repeats)
{
    auto models = sharedClassifierModels();
    if (!models) throw std::runtime_error(models.error().message);
    const SearchSpace space = searchSpaceOf(**models);
    std::vector<double> decode, embed, lookup, total;
    for (size_t r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        const auto clip = readClip(clipFile, {0.0, 10.0});
        if (!clip) throw std::runtime_error(clip.error().message);
        const double decoded = millisecondsSince(start);
        FileClassifier classifier(*models, {}, false);
        classifier.addSamples(*clip);
        const FileClassification result = classifier.finish();
        const double embedded = millisecondsSince(start);
        const auto hits = run.index.search(searchVectorOf(space, result), 400);
        const double looked = millisecondsSince(start);
        decode.push_back(decoded);
        embed.push_back(embedded - decoded);
        lookup.push_back(looked - embedded);
        total.push_back(looked);
    }
    std::printf("| %zu | %.1f | %.1f | %.2f | %.1f | %.1f |\n", items, percentile(decode, 0.5),
                percentile(embed, 0.5), percentile(lookup, 0.5), percentile(total, 0.5), percentile(total, 0.95));

    const fs::path catalog = work / ("text-" + std::to_string(items));
    if (!fs::exists(catalog / "catalog.sqlite")) return;
    auto library = Library::openForReading(catalog);
    if (!library) throw std::runtime_error(library.error().message);
    CatalogReader reader((*library)->database());
    for (const char* modifier : {"", "but quieter"}) {
        std::vector<double> times;
        for (size_t r = 0; r < repeats; ++r) {
            const auto start = Clock::now();
            const auto clip = readClip(clipFile, {0.0, 10.0});
            if (!clip) throw std::runtime_error(clip.error().message);
            ExampleQuery query{*clip, 0.0, std::nullopt, modifier, parseSearchQuery("")};
            const auto answer = searchByExample(query, {reader, *models, nullptr, &run.index, &space}, 20);
            if (!answer) throw std::runtime_error(answer.error().message);
            times.push_back(millisecondsSince(start));
        }
        std::printf("| %zu, whole engine query%s | | | | %.1f | %.1f |\n", items,
                    *modifier ? " + \"quieter\"" : "", percentile(times, 0.5), percentile(times, 0.95));
    }
    std::fflush(stdout);
}

// Text queries as the engine runs them, words and sound: the text-query
// model's embedding against the vector index, fused with FTS5.
void benchTextBothHalves(const VectorRun& run, const fs::path& work, size_t items, size_t queryCount)
{
    const fs::path catalog = work / ("text-" + std::to_string(items));
    if (!fs::exists(catalog / "catalog.sqlite")) return;
    auto models = sharedClassifierModels();
    if (!models) throw std::runtime_error(models.error().message);
    const auto textQuery = (*models)->textQuery;
    if (!textQuery) return;
    auto library = Library::openForReading(catalog);
    if (!library) throw std::runtime_error(library.error().message);
    CatalogReader reader((*library)->database());
    std::mt19937 random(7);
    const auto vocabulary = makeVocabulary(random);
    const std::vector<std::string> described = {"piano music", "a man speaks", "children sing", "rain and thunder",
                                                "a woman reads a story", "french lesson"};
    std::vector<double> times;
    for (const std::string& words : textQueries(vocabulary, queryCount, random)) {
        const std::string text = words + " " + described[times.size() % described.size()];
        const auto start = Clock::now();
        const auto answer = searchByText(parseSearchQuery(text), reader, &run.index,
                                         [&](const std::string& t) { return textQuery->embed(t); }, 50);
        times.push_back(millisecondsSince(start));
        if (!answer) throw std::runtime_error(answer.error().message);
    }
    std::printf("\nText with both halves (FTS5 + the text-query model against the vector index), %zu queries\n\n"
                "| items | vectors | p50 ms | p95 ms |\n|---|---|---|---|\n| %zu | %zu | %.2f | %.2f |\n",
                queryCount, items, run.vectors, percentile(times, 0.5), percentile(times, 0.95));
    std::fflush(stdout);
}

constexpr const char* kBenchStamp = "search benchmark";

// The engine's own footprint at a library size, in a fresh process: the
// shipped models, the saved vector index and the catalog, answering text
// queries (both halves) and example queries. What a teacher's machine holds
// for search, without the benchmark's own copies of every vector.
int measureEngineMemory(const fs::path& indexFolder, const fs::path& catalogFolder, const fs::path& clipFile)
{
    auto models = sharedClassifierModels();
    if (!models) throw std::runtime_error(models.error().message);
    auto index = VectorIndex::load(indexFolder, kBenchStamp);
    if (!index) throw std::runtime_error(index.error().message);
    auto library = Library::openForReading(catalogFolder);
    if (!library) throw std::runtime_error(library.error().message);
    CatalogReader reader((*library)->database());
    const auto textQuery = (*models)->textQuery;
    const TextEmbedder embed = [textQuery](const std::string& text) {
        return textQuery ? textQuery->embed(text) : std::nullopt;
    };
    std::mt19937 random(5);
    const auto vocabulary = makeVocabulary(random);
    for (const std::string& text : textQueries(vocabulary, 100, random)) {
        (void)searchByText(parseSearchQuery(text + " piano music"), reader, &*index, embed, 50);
    }
    const SearchSpace space = searchSpaceOf(**models);
    for (int repeat = 0; repeat < 5; ++repeat) {
        const auto clip = readClip(clipFile, {0.0, 10.0});
        if (!clip) throw std::runtime_error(clip.error().message);
        FileClassifier classifier(*models, {}, false);
        classifier.addSamples(*clip);
        const FileClassification result = classifier.finish();
        (void)index->searchItems(searchVectorOf(space, result), 400);
    }
    std::printf("| %zu | %.0f MiB | %.0f MiB |\n", index->liveEntries(), bench::peakMemoryMiB(),
                static_cast<double>(index->memoryBytes()) / 1048576.0);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc == 5 && std::string(argv[1]) == "--engine-memory") {
        try {
            return measureEngineMemory(argv[2], argv[3], argv[4]);
        } catch (const std::exception& error) {
            std::fprintf(stderr, "lectern-bench-search: %s\n", error.what());
            return 1;
        }
    }
    if (argc < 4) {
        std::fprintf(stderr, "usage: lectern-bench-search SOURCE_LIBRARY CLIP WORK_DIR [--sizes a,b] "
                             "[--vector-sizes a,b] [--code-sizes a,b] [--queries N]\n");
        return 2;
    }
    const fs::path source = argv[1], clip = argv[2], work = argv[3];
    std::vector<size_t> sizes = {10000, 100000, 500000}, vectorSizes = {10000, 100000},
                        codeSizes = {1000000, 10000000};
    size_t queries = 200;
    for (int i = 4; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--sizes") sizes = bench::parseSizes(argv[i + 1]);
        if (option == "--vector-sizes") vectorSizes = bench::parseSizes(argv[i + 1]);
        if (option == "--code-sizes") codeSizes = bench::parseSizes(argv[i + 1]);
        if (option == "--queries") queries = std::stoul(argv[i + 1]);
    }
    fs::create_directories(work);
    try {
        std::printf("Text search (FTS5 bm25 + filters), %zu queries, one thread\n\n", queries);
        std::printf("| items | p50 ms | p95 ms | queries with results | catalog fill | catalog size |\n|---|---|---|---|---|---|\n");
        for (size_t items : sizes) benchText(work, items, queries);
        if (!codeSizes.empty()) bench::benchCodeIndex(realCodes(source), codeSizes, queries);

        auto models = sharedClassifierModels();
        if (!models) throw std::runtime_error(models.error().message);
        const auto real = realItems(source, searchSpaceOf(**models));
        if (real.empty()) throw std::runtime_error("the source library has no analysed items with embeddings");
        std::printf("\nVector index (HNSW, int8, M=16, ef_construction=100): %zu real items seed the vectors\n\n",
                    real.size());
        std::printf("| items | vectors | ef | p50 ms | p95 ms | recall@10 | build | index memory |\n|---|---|---|---|---|---|---|---|\n");
        std::mt19937 random(11);
        for (size_t items : vectorSizes) {
            VectorRun run = buildIndex(real, items, random);
            benchVectors(run, real, items, queries, random);
            if (items == vectorSizes.back()) {
                std::printf("\nExample search with a 10 s clip (decode, embed, lookup of 400 neighbours), median of 20\n\n");
                std::printf("| items | decode ms | embed ms | lookup ms | total p50 ms | total p95 ms |\n|---|---|---|---|---|---|\n");
                if (fs::exists(work / ("text-" + std::to_string(items)) / "catalog.sqlite")) {
                    addItemEmbeddings(source, work / ("text-" + std::to_string(items)));
                }
                benchExample(run, work, clip, items, 20);
                benchTextBothHalves(run, work, items, queries);
                const fs::path catalog = work / ("text-" + std::to_string(items));
                if (fs::exists(catalog / "catalog.sqlite")) {
                    const fs::path saved = work / ("vectors-" + std::to_string(items));
                    if (Status stored = run.index.save(saved, kBenchStamp); !stored) {
                        throw std::runtime_error(stored.error().message);
                    }
                    std::printf("\nThe engine alone at %zu items, in a fresh process (models, saved index, catalog; "
                                "100 text queries with both halves, 5 example queries)\n\n",
                                items);
                    std::printf("| vectors | peak resident memory | of it the index |\n|---|---|---|\n");
                    std::fflush(stdout);
                    const std::string command = "'" + std::string(argv[0]) + "' --engine-memory '" +
                                                saved.string() + "' '" + catalog.string() + "' '" + clip.string() + "'";
                    if (std::system(command.c_str()) != 0) throw std::runtime_error("the engine-memory run failed");
                }
            }
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lectern-bench-search: %s\n", error.what());
        return 1;
    }
    std::printf("\npeak resident memory %.0f MiB\n", bench::peakMemoryMiB());
    return 0;
}
