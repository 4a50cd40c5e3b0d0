// lectern-cli embed and embed-text: the vectors search is built on (issue
// 5), for scripts and tests. embed: per 10 s segment the 256-d embedding and
// the 64-bit code, and the clip's mean embedding with its code; where the
// text-query model is shipped, each also as the index holds it in the joint
// text-audio space ("search_embedding"; the clip is placed as an item of
// its own, by its mean embedding and sound profile). embed-text: a description in that
// space, so that its dot product with a search_embedding is the similarity
// text search ranks by.
#include <iomanip>
#include <iostream>
#include <sstream>

#include <QJsonArray>
#include <QJsonObject>

#include "classify/FileClassifier.h"
#include "index/SearchSpace.h"
#include "cli/CliText.h"
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "common/Paths.h"
#include "media/ClipReader.h"
#include "platform/LibraryLocation.h"

namespace fs = std::filesystem;

namespace lectern {
namespace {

QJsonArray vectorToJson(const std::vector<float>& values)
{
    QJsonArray array;
    for (float value : values) array.append(static_cast<double>(value));
    return array;
}

// Codes as 16 hex digits: JSON numbers cannot hold 64 bits exactly.
QString codeToJson(std::optional<uint64_t> code)
{
    if (!code) return {};
    std::ostringstream hex;
    hex << std::hex << std::setw(16) << std::setfill('0') << *code;
    return QString::fromStdString(hex.str());
}

}  // namespace

int runEmbed(const fs::path& /*library*/, const CommandLine& line)
{
    if (line.operands.size() != 1) return usageError(tr("embed needs one audio or video file"));
    const auto range = clipRangeOption(line);
    if (!range) return usageError(range.error().message);
    auto models = sharedClassifierModels();
    if (!models) return usageError(models.error().message);
    const fs::path path = fs::absolute(fromUtf8(line.operands.front())).lexically_normal();
    auto clip = readClip(path, *range);
    if (!clip) return usageError(line.operands.front() + ": " + clip.error().message);
    if (clip->empty()) return usageError(line.operands.front() + ": " + tr("no audio in that range"));
    FileClassifier classifier(*models, {}, false);
    classifier.addSamples(*clip);
    const FileClassification result = classifier.finish();
    const SearchSpace space = searchSpaceOf(**models);
    // The clip stands for a whole item: its mean embedding, profile and descriptors place its segments.
    const std::vector<float> offset =
        space.itemOffset(result.audio.feature, result.soundProfile, result.soundDescriptors);
    const auto searchVector = [&](const std::vector<float>& embedding) {
        return (*models)->textQuery && !embedding.empty() ? QJsonValue(vectorToJson(space.map(embedding, offset)))
                                                          : QJsonValue();
    };

    QJsonArray segments;
    for (const ClassifiedSegment& segment : result.segments) {
        segments.append(QJsonObject{{"start_s", range->startSeconds + segment.startSeconds},
                                    {"embedding", vectorToJson(segment.result.embedding)},
                                    {"search_embedding", searchVector(segment.result.embedding)},
                                    {"code", codeToJson(segment.result.code)}});
    }
    std::optional<uint64_t> meanCode;
    if ((*models)->hash && !result.audio.feature.empty()) meanCode = (*models)->hash->codeOf(result.audio.feature);
    const QJsonObject answer{{"path", toQString(path)},
                             {"start_s", range->startSeconds},
                             {"embedding", vectorToJson(result.audio.feature)},
                             {"search_embedding", searchVector(result.audio.feature)},
                             {"code", codeToJson(meanCode)},
                             {"segments", segments}};
    if (line.has("--json")) {
        printJson(QJsonDocument(answer));
    } else {
        std::cout << filled(tr("%1 segments, %2-d embedding, code %3"),
                            {std::to_string(result.segments.size()), std::to_string(result.audio.feature.size()),
                             codeToJson(meanCode).toStdString()})
                  << "\n";
    }
    return kExitOk;
}

int runEmbedText(const fs::path& /*library*/, const CommandLine& line)
{
    if (line.operands.size() != 1) return usageError(tr("embed-text needs one text (quote it)"));
    auto models = sharedClassifierModels();
    if (!models) return usageError(models.error().message);
    if (!(*models)->textQuery) return usageError(tr("the text-query model (text-query.pt) is not installed"));
    const std::string& text = line.operands.front();
    const auto embedding = (*models)->textQuery->embed(text);
    if (!embedding) return usageError(filled(tr("\"%1\" has no word the text-query model knows"), {text}));
    if (line.has("--json")) {
        printJson(QJsonDocument(QJsonObject{{"text", toQString(text)}, {"embedding", vectorToJson(*embedding)}}));
    } else {
        std::cout << filled(tr("%1-d embedding of \"%2\""), {std::to_string(embedding->size()), text}) << "\n";
    }
    return kExitOk;
}

}  // namespace lectern
