#include "BenchLibrary.h"

#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "catalog/Database.h"
#include "catalog/Library.h"
#include "pipeline/ItemCache.h"

namespace fs = std::filesystem;

namespace lectern::bench {
namespace {

std::vector<std::string> vocabulary(std::mt19937& random)
{
    const std::string consonants = "bcdfghklmnprstvz", vowels = "aeiou";
    std::vector<std::string> words;
    while (words.size() < 2000) {
        std::string word;
        for (int s = 0, n = 2 + static_cast<int>(random() % 3); s < n; ++s) {
            word += consonants[random() % consonants.size()];
            word += vowels[random() % vowels.size()];
        }
        words.push_back(word);
    }
    return words;
}

// The items table's columns other than those each copy gets anew.
std::string copiedColumns(Database& db)
{
    Statement columns = db.prepare("SELECT name FROM pragma_table_info('items')");
    std::string list;
    while (columns.step()) {
        const std::string name = columns.text(0);
        if (name == "id" || name == "path" || name == "folder" || name == "file_name" || name == "title") continue;
        list += (list.empty() ? "" : ", ") + name;
    }
    return list;
}

}  // namespace

void makeReplicatedLibrary(const fs::path& seed, const fs::path& target, size_t items)
{
    fs::remove_all(target);
    fs::create_directories(target);
    fs::copy_file(seed / "catalog.sqlite", target / "catalog.sqlite");
    auto library = Library::openForWriting(target);
    if (!library) throw std::runtime_error(library.error().message);
    Database& db = (*library)->database();
    std::vector<int64_t> sources;
    {
        Statement analysed = db.prepare("SELECT id FROM items WHERE status = 'analyzed'");
        while (analysed.step()) sources.push_back(analysed.integer(0));
    }
    if (sources.empty()) throw std::runtime_error("the seed library has no analysed items");
    std::mt19937 random(24);
    const auto words = vocabulary(random);
    const std::string columns = copiedColumns(db);
    db.execute("BEGIN");
    Statement copy = db.prepare("INSERT INTO items (path, folder, file_name, title, " + columns + ") SELECT ?1, ?2, ?3, " +
                                "title || ' ' || ?4, " + columns + " FROM items WHERE id = ?5");
    Statement classes = db.prepare(
        "INSERT INTO classifications SELECT ?1, model_version, music, language, lecture, drama, audiobook "
        "FROM classifications WHERE item_id = ?2");
    const fs::path cache = (*library)->cacheDirectory();
    fs::create_directories(spectrogramOverviewFile(cache, 0).parent_path());
    for (size_t i = 0; i < items; ++i) {
        const int64_t source = sources[i % sources.size()];
        const std::string folder = "/bench/course-" + std::to_string(i % 200) + "/unit-" + std::to_string(i % 17);
        const std::string file = "item-" + std::to_string(i) + ".ogg";
        copy.reset();
        copy.bind(1, folder + "/" + file).bind(2, folder).bind(3, file);
        copy.bind(4, words[random() % words.size()] + " " + words[random() % words.size()]).bind(5, source);
        copy.run();
        const int64_t id = db.lastInsertId();
        classes.reset();
        classes.bind(1, id).bind(2, source);
        classes.run();
        std::error_code ignored;  // an item without an overview draws an empty strip
        fs::create_hard_link(spectrogramOverviewFile(seed / "cache", source), spectrogramOverviewFile(cache, id), ignored);
    }
    db.execute("DELETE FROM items WHERE id IN (" + [&] {
        std::string ids;
        for (int64_t id : sources) ids += (ids.empty() ? "" : ",") + std::to_string(id);
        return ids;
    }() + ")");
    db.execute("COMMIT");
}

}  // namespace lectern::bench
