#include "cli/ItemJson.h"

#include <QJsonArray>

#include "platform/LibraryLocation.h"

namespace lectern {
namespace {

QJsonObject countsToJson(const std::map<std::string, int64_t>& counts)
{
    QJsonObject object;
    for (const auto& [key, value] : counts) object.insert(toQString(key), static_cast<qint64>(value));
    return object;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

}  // namespace

QJsonObject toJson(const Item& item)
{
    QJsonObject video;
    if (item.kind == MediaKind::Video) {
        video = {{"codec", toQString(item.videoCodec)},
                 {"width", item.width},
                 {"height", item.height},
                 {"frame_rate", item.frameRate}};
    }
    return {
        {"id", static_cast<qint64>(item.id)},
        {"path", toQString(item.path)},
        {"folder", toQString(item.folder)},
        {"file_name", toQString(item.fileName)},
        {"size", static_cast<qint64>(item.size)},
        {"content_hash", toQString(item.contentHash)},
        {"kind", toQString(nameOf(item.kind))},
        {"duration_s", item.durationSeconds},
        {"container", toQString(item.container)},
        {"audio_codec", toQString(item.audioCodec)},
        {"sample_rate", item.sampleRate},
        {"channels", item.channels},
        {"video", item.kind == MediaKind::Video ? QJsonValue(video) : QJsonValue()},
        {"title", toQString(item.tags.title)},
        {"artist", toQString(item.tags.artist)},
        {"album", toQString(item.tags.album)},
        {"genre", toQString(item.tags.genre)},
        {"comment", toQString(item.tags.comment)},
        {"year", item.tags.year},
        {"track", item.tags.track},
        {"language", item.tags.language.empty() ? QJsonValue() : QJsonValue(toQString(item.tags.language))},
        {"status", toQString(nameOf(item.status))},
        {"error", toQString(item.error)},
        {"class", toQString(item.resourceClass)},
        {"class_source", toQString(nameOf(item.classSource))},
        {"class_confidence", optionalNumber(item.classConfidence)},
        {"loudness_lufs", optionalNumber(item.loudnessLufs)},
        {"loudness_range_lu", optionalNumber(item.loudnessRangeLu)},
        {"true_peak_dbtp", optionalNumber(item.truePeakDbtp)},
    };
}

QJsonObject toJson(const CatalogStats& stats)
{
    return {{"items", static_cast<qint64>(stats.items)},
            {"total_duration_s", stats.totalDurationSeconds},
            {"by_status", countsToJson(stats.byStatus)},
            {"by_kind", countsToJson(stats.byKind)},
            {"by_class", countsToJson(stats.byClass)}};
}

QJsonObject toJson(const ImportSummary& summary)
{
    QJsonArray failures;
    for (const FailedFile& failure : summary.failures) {
        failures.append(QJsonObject{{"path", toQString(failure.path)},
                                    {"reason", toQString(failure.reason)}});
    }
    QJsonArray problems;
    for (const ScanProblem& problem : summary.problems) {
        problems.append(QJsonObject{{"path", toQString(problem.path)},
                                    {"reason", toQString(problem.reason)}});
    }
    return {{"added", summary.added},
            {"updated", summary.updated},
            {"unchanged", summary.unchanged},
            {"registered", summary.registered},
            {"failed", summary.failed},
            {"missing", summary.missing},
            {"cancelled", summary.cancelled},
            {"failures", failures},
            {"problems", problems}};
}

}  // namespace lectern
