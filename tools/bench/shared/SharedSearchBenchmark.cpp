// Many teachers searching one catalog at once (issue 28): 16 clients, each
// with its own connection and search engine (as 16 windows would be), ask
// text, example (the first 10 s of one of the source library's files,
// decoded and embedded each time) and example-plus-modifier queries of a 100k-item catalog,
// on a library folder (SQLite) or a school library (PostgreSQL). Prints
// p50/p95 per kind, how long the local vector index took to build from the
// catalog, and the sizes the "cost at scale" estimate starts from. Not a test.
//
//   lectern-bench-shared-search SOURCE_LIBRARY LOCATION [--items N] [--clients N] [--queries N]
//                               [--sync-check-only]   (fill, time the change check, stop)
//
// The catalog at LOCATION is filled once (reused while it holds N items):
// every item copies an analysed item of SOURCE_LIBRARY (the demo library)
// with all its analysis (segment and item embeddings, sound profile,
// descriptors, heard sounds, class), with a title of three words drawn
// from 400 made-up ones, and small noise added to its segment vectors so
// that the index holds no exact copies.
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "../BenchSupport.h"

#include "catalog/CatalogReader.h"
#include "catalog/Library.h"
#include "classify/FileClassifier.h"
#include "common/HalfFloat.h"
#include "common/Paths.h"
#include "search/SearchEngine.h"

namespace fs = std::filesystem;
using namespace lectern;
using Clock = std::chrono::steady_clock;

namespace {

// One analysed item of the source library, as rows to copy.
struct SourceItem {
    Item item;
    std::vector<std::pair<double, std::vector<float>>> segments;
    std::vector<std::optional<uint64_t>> codes;
    std::vector<std::string> itemBlobs;  // embedding, profile, descriptors, sound (raw halves; empty: NULL)
    std::vector<HeardSound> sounds;
};

std::string blobOf(const Statement& row, int column)
{
    if (row.isNull(column)) return {};
    const auto [data, bytes] = row.blob(column);
    return std::string(static_cast<const char*>(data), bytes);
}

std::vector<SourceItem> readSource(Database& db)
{
    CatalogReader reader(db);
    ItemFilter analysed;
    analysed.status = ItemStatus::Analyzed;
    std::vector<SourceItem> source;
    auto listed = reader.list(analysed);
    if (!listed) return source;
    for (Item& item : *listed) {
        SourceItem copy;
        const auto segments = reader.segmentEmbeddings(item.id);
        if (!segments) continue;
        for (const SegmentEmbedding& segment : *segments) {
            copy.segments.emplace_back(segment.startSeconds, segment.values);
            copy.codes.push_back(segment.code);
        }
        Statement blobs = db.prepare("SELECT embedding, profile, descriptors, sound FROM item_embeddings WHERE item_id = ?1");
        blobs.bind(1, item.id);
        if (!blobs.step()) continue;
        for (int c = 0; c < 4; ++c) copy.itemBlobs.push_back(blobOf(blobs, c));
        if (auto sounds = reader.heardSounds({item.id}); sounds) copy.sounds = (*sounds)[item.id];
        copy.item = std::move(item);
        source.push_back(std::move(copy));
    }
    return source;
}

std::vector<std::string> madeUpWords()
{
    const char* first[] = {"ka", "lo", "mi", "ra", "te", "su", "no", "vi", "pe", "do", "ba", "fe", "gu", "ho", "ji", "ze", "wa", "yo", "ci", "xu"};
    const char* second[] = {"ran", "mel", "tok", "vis", "bun", "dor", "lix", "pat", "sen", "wor", "gil", "hum", "jas", "kep", "mun", "nol", "pid", "rus", "tam", "zor"};
    std::vector<std::string> words;
    for (const char* a : first) {
        for (const char* b : second) words.push_back(std::string(a) + b);
    }
    return words;  // 400
}

void bindBlobOrNull(Statement& statement, int index, const std::string& blob)
{
    if (blob.empty()) statement.bindNull(index);
    else statement.bindBlob(index, blob.data(), blob.size());
}

// Fills the catalog up to `wanted` items, a transaction per 500.
void fill(Database& db, const std::vector<SourceItem>& source, int64_t wanted)
{
    Statement count = db.prepare("SELECT count(*) FROM items");
    count.step();
    int64_t have = count.integer(0);
    if (have >= wanted) return;
    const std::vector<std::string> words = madeUpWords();
    std::mt19937 random(static_cast<uint32_t>(have) + 28);
    std::normal_distribution<float> noise(0.0f, 0.02f);
    const auto started = Clock::now();
    Statement item = db.prepare(
        "INSERT INTO items (path, folder, file_name, size, mtime_ns, content_hash, kind, duration_s, title, status, "
        "class, class_confidence, loudness_lufs) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'audio', ?7, ?8, 'analyzed', ?9, 0.9, ?10) "
        "RETURNING id");
    Statement segment = db.prepare(
        "INSERT INTO segment_embeddings (item_id, start_s, embedding, code) VALUES (?1, ?2, ?3, ?4)");
    Statement embeddings = db.prepare(
        "INSERT INTO item_embeddings (item_id, embedding, profile, descriptors, sound) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement heard = db.prepare("INSERT INTO heard_sounds (item_id, concept, score, at_s) VALUES (?1, ?2, ?3, ?4)");
    while (have < wanted) {
        Transaction transaction(db);
        for (int i = 0; i < 500 && have < wanted; ++i, ++have) {
            const SourceItem& from = source[static_cast<size_t>(have) % source.size()];
            const std::string folder = "/school/course-" + std::to_string(have % 200) + "/unit-" + std::to_string(have % 17);
            const std::string name = "recording-" + std::to_string(have) + ".flac";
            std::string title;
            for (int w = 0; w < 3; ++w) title += (w ? " " : "") + words[random() % words.size()];
            item.reset();
            item.bind(1, folder + "/" + name).bind(2, folder).bind(3, name).bind(4, int64_t(1000 + have)).bind(5, have)
                .bind(6, "bench-" + std::to_string(have)).bind(7, from.item.durationSeconds).bind(8, title)
                .bind(9, from.item.resourceClass).bind(10, from.item.loudnessLufs.value_or(-20.0));
            item.step();
            const int64_t id = item.integer(0);
            item.run();
            for (size_t s = 0; s < from.segments.size(); ++s) {
                std::vector<float> values = from.segments[s].second;
                double norm = 0;
                for (float& v : values) {
                    v += noise(random);
                    norm += double(v) * v;
                }
                for (float& v : values) v = static_cast<float>(v / std::sqrt(std::max(norm, 1e-12)));
                const std::vector<uint16_t> halves = toHalves(values);
                segment.reset();
                segment.bind(1, id).bind(2, from.segments[s].first).bindBlob(3, halves.data(), halves.size() * 2);
                if (from.codes[s]) segment.bind(4, static_cast<int64_t>(*from.codes[s]));
                else segment.bindNull(4);
                segment.run();
            }
            embeddings.reset();
            embeddings.bind(1, id);
            for (int c = 0; c < 4; ++c) bindBlobOrNull(embeddings, c + 2, from.itemBlobs[static_cast<size_t>(c)]);
            embeddings.run();
            for (const HeardSound& sound : from.sounds) {
                heard.reset();
                heard.bind(1, id).bind(2, sound.conceptId).bind(3, double(sound.score)).bind(4, sound.atSeconds);
                heard.run();
            }
        }
        transaction.commit();
    }
    std::printf("filled the catalog to %lld items in %.0f s\n", static_cast<long long>(wanted),
                bench::millisecondsSince(started) / 1000.0);
}

uint64_t folderBytes(const fs::path& folder)
{
    uint64_t bytes = 0;
    std::error_code error;
    for (const auto& entry : fs::recursive_directory_iterator(folder, error)) {
        if (entry.is_regular_file(error)) bytes += entry.file_size(error);
    }
    return bytes;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: lectern-bench-shared-search SOURCE_LIBRARY LOCATION [--items N] [--clients N] [--queries N] "
                             "[--sync-check-only]\n");
        return 2;
    }
    int64_t items = 100000;
    int clients = 16, queries = 20;
    bool syncCheckOnly = false;
    for (int i = 3; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--sync-check-only") {
            syncCheckOnly = true;
            continue;
        }
        if (i + 1 >= argc) break;
        if (option == "--items") items = std::stoll(argv[i + 1]);
        else if (option == "--clients") clients = std::stoi(argv[i + 1]);
        else if (option == "--queries") queries = std::stoi(argv[i + 1]);
        ++i;
    }
    auto sourceLibrary = Library::openForReading(argv[1]);
    if (!sourceLibrary) return std::fprintf(stderr, "%s\n", sourceLibrary.error().message.c_str()), 1;
    const std::vector<SourceItem> source = readSource((*sourceLibrary)->database());
    if (source.empty()) return std::fprintf(stderr, "the source library has no analysed items\n"), 1;

    auto library = Library::openForWriting(argv[2]);
    if (!library) return std::fprintf(stderr, "%s\n", library.error().message.c_str()), 1;
    fill((*library)->database(), source, items);
    // What a client reads to find what changed since its index was made:
    // one stamp per analysed item (LibraryVectorIndex.cpp), best of three.
    double stampMs = 1e9;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto asked = Clock::now();
        CatalogReader reader((*library)->database());
        if (!reader.segmentStamps()) return std::fprintf(stderr, "cannot read the stamps\n"), 1;
        stampMs = std::min(stampMs, bench::millisecondsSince(asked));
    }
    std::printf("the check of what changed, one stamp per item: %.0f ms\n", stampMs);
    if (CatalogReader reader((*library)->database()); reader.readsChanges()) {
        // A school library's client reads only the rows written since it last looked.
        const auto mark = reader.changesMark();
        if (!mark) return std::fprintf(stderr, "%s\n", mark.error().message.c_str()), 1;
        double changesMs = 1e9;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto asked = Clock::now();
            if (!reader.changesSince(*mark)) return std::fprintf(stderr, "cannot read the changes\n"), 1;
            changesMs = std::min(changesMs, bench::millisecondsSince(asked));
        }
        std::printf("the check of what changed, rows written since the last look (none): %.1f ms\n", changesMs);
    }
    if (syncCheckOnly) return 0;
    auto models = sharedClassifierModels();
    if (!models) return std::fprintf(stderr, "%s\n", models.error().message.c_str()), 1;

    // The local vector index, made from the catalog as a client's first search makes it.
    const auto indexStarted = Clock::now();
    {
        SearchEngine first((*library)->database(), (*library)->indexDirectory(), *models);
        if (Status ready = first.refresh(); !ready) return std::fprintf(stderr, "%s\n", ready.error().message.c_str()), 1;
    }
    const double indexSeconds = bench::millisecondsSince(indexStarted) / 1000.0;

    std::vector<std::unique_ptr<Database>> connections;
    std::vector<std::unique_ptr<SearchEngine>> engines;
    const auto loadStarted = Clock::now();
    for (int c = 0; c < clients; ++c) {
        auto connection = (*library)->openConnection();
        if (!connection) return std::fprintf(stderr, "%s\n", connection.error().message.c_str()), 1;
        connections.push_back(std::move(connection).value());
        engines.push_back(std::make_unique<SearchEngine>(*connections.back(), (*library)->indexDirectory(), *models));
        if (Status ready = engines.back()->refresh(); !ready) return std::fprintf(stderr, "%s\n", ready.error().message.c_str()), 1;
    }
    const double loadSeconds = bench::millisecondsSince(loadStarted) / 1000.0 / clients;

    const std::vector<std::string> words = madeUpWords();
    const char* kinds[] = {"text", "example", "example + \"quieter\""};
    std::map<int, std::vector<double>> latencies;
    std::mutex mutex;
    std::atomic<int> failures{0};
    const auto started = Clock::now();
    {
        std::vector<std::jthread> threads;
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back([&, c] {
                std::mt19937 random(static_cast<uint32_t>(c) * 7919u + 1);
                std::map<int, std::vector<double>> mine;
                for (int q = 0; q < queries; ++q) {
                    const int kind = q % 3;
                    SearchRequest request;
                    request.limit = 20;
                    if (kind == 0) {
                        const std::string& word = words[random() % words.size()];
                        request.text = words[random() % words.size()] + " " + word.substr(0, 3 + random() % 3);
                    } else {
                        // A teacher's clip: one of the source library's files, decoded and embedded as a dropped clip is.
                        request.exampleFile = fromUtf8(source[random() % source.size()].item.path);
                        request.range.endSeconds = 10.0;
                        if (kind == 2) request.modifier = "quieter";
                    }
                    const auto asked = Clock::now();
                    auto answer = engines[static_cast<size_t>(c)]->search(request);
                    if (!answer && failures++ == 0) std::fprintf(stderr, "a query failed: %s\n", answer.error().message.c_str());
                    mine[kind].push_back(bench::millisecondsSince(asked));
                }
                std::lock_guard lock(mutex);
                for (auto& [kind, values] : mine) latencies[kind].insert(latencies[kind].end(), values.begin(), values.end());
            });
        }
    }
    const double wallSeconds = bench::millisecondsSince(started) / 1000.0;

    Statement segments = (*library)->database().prepare("SELECT count(*) FROM segment_embeddings");
    segments.step();
    const int64_t segmentCount = segments.integer(0);
    std::string catalogSize;
    if ((*library)->onServer()) {
        Statement size = (*library)->database().prepare("SELECT pg_database_size(current_database())");
        size.step();
        catalogSize = std::to_string(size.integer(0) / (1 << 20)) + " MiB (pg_database_size)";
    } else {
        std::error_code error;
        fs::path journal = (*library)->catalogFile();
        journal += "-wal";
        const uintmax_t journalBytes = fs::exists(journal, error) ? fs::file_size(journal, error) : 0;
        catalogSize = std::to_string((fs::file_size((*library)->catalogFile()) + journalBytes) / (1 << 20)) +
                      " MiB (catalog.sqlite and its journal)";
    }

    std::printf("\n%s: %lld items, %lld segments; %d clients × %d queries in %.1f s, %d failed\n",
                (*library)->onServer() ? "PostgreSQL" : "SQLite", static_cast<long long>(items),
                static_cast<long long>(segmentCount), clients, queries, wallSeconds, failures.load());
    std::printf("%-22s %8s %8s %6s\n", "query", "p50 ms", "p95 ms", "n");
    for (const auto& [kind, values] : latencies) {
        std::printf("%-22s %8.1f %8.1f %6zu\n", kinds[kind], bench::percentile(values, 0.5), bench::percentile(values, 0.95),
                    values.size());
    }
    std::printf("catalog: %s; local index: %llu MiB; index built from the catalog in %.1f s, loaded by a client in %.2f s\n",
                catalogSize.c_str(), static_cast<unsigned long long>(folderBytes((*library)->indexDirectory()) >> 20),
                indexSeconds, loadSeconds);
    return failures > 0 ? 1 : 0;
}
