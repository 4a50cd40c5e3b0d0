// lectern-cli search: the search engine from a terminal (issue 6) — by text,
// by an example clip (a file or a library item, optionally a time range),
// and by an example plus a modifier in words. lectern-cli duplicates: the
// library's groups of items that are the same recording (issue 5).
#include <cstdio>
#include <iostream>

#include <QJsonArray>
#include <QJsonObject>

#include "catalog/Library.h"
#include "classify/FileClassifier.h"
#include "cli/CliText.h"
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "common/Paths.h"
#include "platform/LibraryLocation.h"
#include "search/NearDuplicates.h"
#include "search/SearchEngine.h"

namespace fs = std::filesystem;

namespace lectern {
namespace {

constexpr size_t kMostResults = 1000;

Result<SearchRequest> requestOf(const CommandLine& line)
{
    SearchRequest request;
    request.text = line.option("--text").value_or("");
    for (const std::string& operand : line.operands) request.text += (request.text.empty() ? "" : " ") + operand;
    if (auto example = line.option("--example")) request.exampleFile = fromUtf8(*example);
    // The item itself (an id or a path, as elsewhere) is looked up once the library is open.
    if (line.option("--item")) request.exampleItem = 0;
    if (request.exampleFile && request.exampleItem) return failure(tr("give --example or --item, not both"));
    const auto range = clipRangeOption(line);
    if (!range) return range.error();
    request.range = *range;
    if ((line.option("--start") || line.option("--end")) && !request.hasExample())
        return failure(tr("--start and --end need --example or --item"));
    if (line.has("--words-only") && request.hasExample()) return failure(tr("--words-only searches text, not an example"));
    request.modifier = line.option("--modifier").value_or("");
    if (!request.modifier.empty() && !request.hasExample())
        return failure(tr("--modifier changes an example: give --example or --item too"));
    if (auto limit = line.option("--limit")) {
        try {
            const long value = std::stol(*limit);
            if (value < 1) throw std::out_of_range(*limit);
            request.limit = std::min(static_cast<size_t>(value), kMostResults);
        } catch (const std::exception&) {
            return failure(filled(tr("--limit needs a positive number, not %1"), {*limit}));
        }
    }
    return request;
}

}  // namespace

int runSearch(const fs::path& library, const CommandLine& line)
{
    auto request = requestOf(line);
    if (!request) return usageError(request.error().message);
    auto opened = Library::openForReading(library);
    if (!opened) return usageError(opened.error().message);
    if (auto operand = line.option("--item")) {
        CatalogReader reader((*opened)->database());
        const auto item = findItem(reader, *operand);
        if (!item) return usageError(item.error().message);
        request->exampleItem = item->id;
    }
    // Loaded only if the search needs them. Without models, text search
    // still answers; examples then find only the same recording.
    SearchEngine engine((*opened)->database(), (*opened)->indexDirectory(),
                        line.has("--words-only") ? ModelSource() : ModelSource(sharedClassifierModelsIfAny));
    const auto answer = engine.search(*request);
    if (!answer) return usageError(answer.error().message);
    for (const std::string& note : answer->notes) std::cerr << "lectern-cli: " << note << "\n";
    if (line.has("--json")) {
        QJsonArray results;
        for (const SearchResult& result : answer->results) {
            results.append(QJsonObject{{"id", static_cast<qint64>(result.itemId)},
                                       {"path", toQString(result.path)},
                                       {"title", toQString(result.title)},
                                       {"score", result.score},
                                       {"start_s", result.startSeconds},
                                       {"group", toQString(result.group)},
                                       {"reason", toQString(result.reason)}});
        }
        printJson(QJsonDocument(results));
        return kExitOk;
    }
    std::string group;
    for (const SearchResult& result : answer->results) {
        if (result.group != group) std::printf("%s:\n", (group = result.group).c_str());
        std::printf("%6lld  %-8s  %s\n        %s\n", static_cast<long long>(result.itemId),
                    formatDuration(result.startSeconds).c_str(), result.path.c_str(), result.reason.c_str());
    }
    if (answer->results.empty()) std::cout << tr("nothing found") << "\n";
    return kExitOk;
}

int runDuplicates(const fs::path& library, const CommandLine& line)
{
    if (!line.operands.empty()) return usageError(tr("duplicates takes no operands"));
    auto opened = Library::openForReading(library);
    if (!opened) return usageError(opened.error().message);
    const auto groups = findDuplicates((*opened)->database());
    if (!groups) return usageError(groups.error().message);
    CatalogReader reader((*opened)->database());
    QJsonArray json;
    for (const DuplicateGroup& group : *groups) {
        QJsonArray members;
        if (!line.has("--json")) std::printf("%s:\n", group.relation.c_str());
        for (const DuplicateMember& member : group.members) {
            const auto item = reader.findById(member.itemId);
            if (!item) return usageError(item.error().message);
            if (!*item) continue;  // removed meanwhile
            members.append(QJsonObject{{"id", static_cast<qint64>(member.itemId)},
                                       {"path", toQString((*item)->path)},
                                       {"duration_s", (*item)->durationSeconds},
                                       {"offset_s", member.offsetSeconds}});
            if (!line.has("--json")) {
                const std::string where =
                    member.offsetSeconds > 0 ? "  (from " + formatDuration(member.offsetSeconds) + " of the first)" : "";
                std::printf("%6lld  %-8s  %s%s\n", static_cast<long long>(member.itemId),
                            formatDuration((*item)->durationSeconds).c_str(), (*item)->path.c_str(), where.c_str());
            }
        }
        json.append(QJsonObject{{"relation", toQString(group.relation)}, {"items", members}});
    }
    if (line.has("--json")) printJson(QJsonDocument(json));
    else if (groups->empty()) std::cout << tr("no duplicates") << "\n";
    return kExitOk;
}

}  // namespace lectern
