#include "cli/CliText.h"
#include "cli/Commands.h"

#include <csignal>
#include <cstdio>
#include <iostream>

#include <QJsonArray>
#include <QJsonDocument>

#include "catalog/CatalogReader.h"
#include "catalog/CatalogWriter.h"
#include "catalog/Library.h"
#include "catalog/ResourceClass.h"
#include "cli/CommandSupport.h"
#include "cli/ItemJson.h"
#include "cli/TerminalProgress.h"
#include "platform/LibraryLocation.h"
#include "common/Paths.h"
#include "media/ClipReader.h"
#include "dsp/Spectrogram.h"
#include "pipeline/Importer.h"
#include "pipeline/ItemCache.h"
#include "vision/KeyframeExtractor.h"
#include "search/LibrarySameRecording.h"

namespace fs = std::filesystem;

namespace lectern {

int runImport(const fs::path& library, const CommandLine& line)
{
    if (line.operands.empty()) return usageError(tr("import needs at least one file or folder"));
    ImportOptions options;
    if (auto jobs = line.option("--jobs")) {
        options.workers = std::atoi(jobs->c_str());
        if (options.workers < 1) return usageError(tr("--jobs needs a positive number"));
    }
    options.registerOnly = line.has("--register-only");
    auto opened = Library::openForWriting(library);
    if (!opened) return usageError(opened.error().message);

    std::vector<fs::path> roots;
    for (const std::string& operand : line.operands) roots.push_back(fromUtf8(operand));
    auto summary = withProgressBar([&](const ProgressCallback& progress, const CancellationToken& cancel) {
        return importMedia(**opened, roots, options, progress, cancel);
    });
    if (!summary) return usageError(summary.error().message);

    if (line.has("--json")) {
        printJson(QJsonDocument(toJson(*summary)));
    } else {
        std::cout << filled(tr("added %1, updated %2, unchanged %3, failed %4"),
                            {std::to_string(summary->added), std::to_string(summary->updated),
                             std::to_string(summary->unchanged), std::to_string(summary->failed)})
                  << (summary->cancelled ? tr(" (cancelled)") : "") << "\n";
        if (summary->registered > 0) {
            std::cout << "  " << filled(tr("registered for the workers: %1"), {std::to_string(summary->registered)})
                      << "\n";
        }
        if (summary->missing > 0) {
            std::cout << "  "
                      << filled(tr("missing: %1 (gone from their folders; kept, and analysed or found again when "
                                   "they return)"),
                                {std::to_string(summary->missing)})
                      << "\n";
        }
        printFailures(summary->failures);
    }
    for (const ScanProblem& problem : summary->problems) {
        std::cerr << "lectern-cli: " << filled(tr("skipped %1: %2"), {problem.path, problem.reason}) << "\n";
    }
    if (summary->cancelled) return kExitSomeFailed;
    return summary->failed > 0 || !summary->problems.empty() ? kExitSomeFailed : kExitOk;
}

int runList(const fs::path& library, const CommandLine& line)
{
    ItemFilter filter;
    if (auto status = line.option("--status")) {
        filter.status = parseItemStatus(*status);
        if (!filter.status) return usageError(tr("--status is one of pending, analyzed, failed"));
    }
    if (auto kind = line.option("--kind")) {
        filter.kind = parseMediaKind(*kind);
        if (!filter.kind) return usageError(tr("--kind is audio or video"));
    }
    if (auto resourceClass = line.option("--class")) {
        if (!isResourceClassOrUnknown(*resourceClass)) {
            return usageError(tr("--class is one of music, language, lecture, drama, audiobook, unknown"));
        }
        filter.resourceClass = *resourceClass;
    }
    auto opened = Library::openForReading(library);
    if (!opened) return usageError(opened.error().message);
    auto items = CatalogReader((*opened)->database()).list(filter);
    if (!items) return usageError(items.error().message);

    if (line.has("--json")) {
        QJsonArray array;
        for (const Item& item : *items) array.append(toJson(item));
        printJson(QJsonDocument(array));
        return kExitOk;
    }
    for (const Item& item : *items) {
        std::printf("%6lld  %-8s  %-5s  %9s  %-9s  %s\n", static_cast<long long>(item.id),
                    nameOf(item.status).c_str(), nameOf(item.kind).c_str(),
                    formatDuration(item.durationSeconds).c_str(), item.resourceClass.c_str(),
                    item.path.c_str());
    }
    return kExitOk;
}

int runShow(const fs::path& library, const CommandLine& line)
{
    if (line.operands.size() != 1) return usageError(tr("show needs one item id or path"));
    auto opened = Library::openForReading(library);
    if (!opened) return usageError(opened.error().message);
    CatalogReader reader((*opened)->database());
    auto item = findItem(reader, line.operands.front());
    if (!item) return usageError(item.error().message);
    QJsonObject object = toJson(*item);
    if (auto classification = reader.classification(item->id); classification && *classification) {
        QJsonObject probabilities;
        for (size_t c = 0; c < kResourceClasses.size(); ++c) {
            probabilities.insert(toQString(std::string(kResourceClasses[c])), (*classification)->probabilities[c]);
        }
        object.insert("class_probabilities", probabilities);
        object.insert("class_model", toQString((*classification)->modelVersion));
    }
    if (line.has("--json")) {
        printJson(QJsonDocument(object));
        return kExitOk;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
                             : value.isObject()
                                 ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                 : value.toVariant().toString();
        std::cout << it.key().toStdString() << ": " << text.toStdString() << "\n";
    }
    return kExitOk;
}

int runRemove(const fs::path& library, const CommandLine& line)
{
    if (line.operands.size() != 1) return usageError(tr("remove needs one item id or path"));
    auto opened = Library::openForWriting(library);
    if (!opened) return usageError(opened.error().message);
    CatalogReader reader((*opened)->database());
    auto item = findItem(reader, line.operands.front());
    if (!item) return usageError(item.error().message);
    if (Status removed = CatalogWriter((*opened)->database()).remove(item->id); !removed) {
        return usageError(removed.error().message);
    }
    removeCachedResults((*opened)->cacheDirectory(), item->id);
    std::cerr << filled(tr("removed %1 from the library (the file itself is untouched)"), {item->path}) << "\n";
    return kExitOk;
}

int runRestoreBackup(const fs::path& library, const CommandLine& line)
{
    if (!line.operands.empty()) return usageError(tr("restore-backup takes no operands"));
    if (Status restored = Library::restoreBackup(library); !restored) return usageError(restored.error().message);
    std::cerr << filled(tr("restored the catalog from %1; the damaged one is kept as catalog.sqlite.damaged"),
                        {toUtf8(Library::backupFileOf(library))})
              << "\n";
    // What changed since the backup is found again at the next import.
    return kExitOk;
}

int runMatch(const fs::path& library, const CommandLine& line)
{
    if (line.operands.size() != 1) return usageError(tr("match needs one audio or video file"));
    const auto range = clipRangeOption(line);
    if (!range) return usageError(range.error().message);
    auto clip = readClip(fromUtf8(line.operands.front()), *range);
    if (!clip) return usageError(line.operands.front() + ": " + clip.error().message);
    auto opened = Library::openForReading(library);
    if (!opened) return usageError(opened.error().message);
    auto search = LibrarySameRecording::load((*opened)->database());
    if (!search) return usageError(search.error().message);
    CatalogReader reader((*opened)->database());

    QJsonArray results;
    SameRecordingOptions options;
    options.deepProbes = kDeepProbesWhenAsked;
    for (const LibraryMatch& match : search->find(*clip, options)) {
        auto item = reader.findById(match.itemId);
        const std::string path = item && *item ? (*item)->path : std::string();
        results.append(QJsonObject{{"id", static_cast<qint64>(match.itemId)},
                                   {"path", toQString(path)},
                                   {"offset_s", match.offsetSeconds},
                                   {"score", match.score}});
        if (!line.has("--json")) {
            std::printf("%6lld  at %8.2f s  score %.3f  %s\n", static_cast<long long>(match.itemId),
                        match.offsetSeconds, match.score, path.c_str());
        }
    }
    if (line.has("--json")) printJson(QJsonDocument(results));
    return kExitOk;
}

// A file path, else a library item by id or path; items also bring their cache.
struct MediaOperand {
    fs::path media;
    std::optional<int64_t> itemId;
    fs::path cacheDirectory;
};

Result<MediaOperand> resolveMediaOperand(const fs::path& library, const std::string& operand)
{
    const fs::path asFile = fromUtf8(operand);
    if (fs::exists(asFile)) return MediaOperand{asFile, std::nullopt, {}};
    auto opened = Library::openForReading(library);
    if (!opened) return failure(filled(tr("%1 is neither a file nor an item of the library"), {operand}));
    CatalogReader reader((*opened)->database());
    auto item = findItem(reader, operand);
    if (!item) return failure(filled(tr("no file or library item %1"), {operand}));
    return MediaOperand{fromUtf8(item->path), item->id, (*opened)->cacheDirectory()};
}

int runKeyframes(const fs::path& library, const CommandLine& line)
{
    if (line.operands.size() != 1) return usageError(tr("keyframes needs one video file or item id"));
    const auto output = line.option("-o") ? line.option("-o") : line.option("--output");
    if (!output) return usageError(tr("keyframes needs -o DIR for the thumbnails"));
    auto operand = resolveMediaOperand(library, line.operands.front());
    if (!operand) return usageError(operand.error().message);
    auto keyframes = extractKeyframes(operand->media, fromUtf8(*output));
    if (!keyframes) return usageError(line.operands.front() + ": " + keyframes.error().message);
    QJsonArray array;
    for (const Keyframe& keyframe : *keyframes) {
        array.append(QJsonObject{{"time_s", keyframe.timeSeconds}, {"path", toQString(toUtf8(keyframe.thumbnail))}});
        if (!line.has("--json")) std::printf("%8.2f s  %s\n", keyframe.timeSeconds, toUtf8(keyframe.thumbnail).c_str());
    }
    if (line.has("--json")) printJson(QJsonDocument(array));
    return kExitOk;
}

int runSpectrogram(const fs::path& library, const CommandLine& line)
{
    if (line.operands.size() != 1) return usageError(tr("spectrogram needs one file or item id"));
    const auto output = line.option("-o") ? line.option("-o") : line.option("--output");
    if (!output) return usageError(tr("spectrogram needs -o OUT.png"));
    SpectrogramView view;
    try {
        if (auto start = line.option("--start")) view.startSeconds = std::stod(*start);
        if (auto end = line.option("--end")) view.endSeconds = std::stod(*end);
        if (auto width = line.option("--width")) view.width = std::stoi(*width);
        if (auto height = line.option("--height")) view.height = std::stoi(*height);
    } catch (const std::exception&) {
        return usageError(tr("--start, --end, --width and --height take numbers"));
    }
    if (view.width < 16 || view.height < 24 || view.width > 20000 || view.height > 4000) {
        return usageError(tr("the picture must be between 16x24 and 20000x4000 pixels"));
    }
    if (view.endSeconds != 0 && view.endSeconds <= view.startSeconds) return usageError(tr("--end must come after --start"));

    auto operand = resolveMediaOperand(library, line.operands.front());
    if (!operand) return usageError(operand.error().message);
    const fs::path cacheFile =
        operand->itemId ? spectrogramCacheFile(operand->cacheDirectory, *operand->itemId) : fs::path();
    auto spectrogram = spectrogramForView(operand->media, cacheFile, view);
    if (!spectrogram) return usageError(line.operands.front() + ": " + spectrogram.error().message);
    if (Status written = writePng(fromUtf8(*output), renderSpectrogram(*spectrogram, view)); !written) {
        return usageError(written.error().message);
    }
    return kExitOk;
}

int runStats(const fs::path& library, const CommandLine& line)
{
    auto opened = Library::openForReading(library);
    if (!opened) return usageError(opened.error().message);
    auto stats = CatalogReader((*opened)->database()).stats();
    if (!stats) return usageError(stats.error().message);
    if (line.has("--json")) {
        printJson(QJsonDocument(toJson(*stats)));
        return kExitOk;
    }
    std::cout << filled(tr("items: %1"), {std::to_string(stats->items)}) << "\n"
              << filled(tr("total duration: %1"), {formatDuration(stats->totalDurationSeconds)}) << "\n";
    const auto printCounts = [](const std::string& title, const std::map<std::string, int64_t>& counts) {
        std::cout << title << ":";
        for (const auto& [key, value] : counts) std::cout << " " << key << " " << value;
        std::cout << "\n";
    };
    printCounts(tr("by status"), stats->byStatus);
    printCounts(tr("by kind"), stats->byKind);
    printCounts(tr("by class"), stats->byClass);
    return kExitOk;
}

}  // namespace lectern
