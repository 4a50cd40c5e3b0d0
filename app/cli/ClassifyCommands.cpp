// lectern-cli classify and set-class: the five-class classifier from a terminal.
#include <iostream>

#include <QJsonArray>
#include <QJsonObject>

#include "catalog/CatalogWriter.h"
#include "catalog/Library.h"
#include "catalog/ResourceClass.h"
#include "classify/FileClassifier.h"
#include "cli/CliText.h"
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "common/Paths.h"
#include "platform/LibraryLocation.h"

namespace fs = std::filesystem;

namespace lectern {
namespace {

QJsonObject probabilitiesToJson(const ClassProbabilities& probabilities)
{
    QJsonObject object;
    for (size_t c = 0; c < kClassCount; ++c) {
        object.insert(toQString(std::string(kResourceClasses[c])), static_cast<double>(probabilities[c]));
    }
    return object;
}

QJsonObject channelToJson(const ChannelResult& channel)
{
    QJsonObject object = probabilitiesToJson(channel.probabilities);
    object.insert("confidence", static_cast<double>(channel.confidence));
    return object;
}

}  // namespace

int runClassify(const fs::path& /*library*/, const CommandLine& line)
{
    if (line.operands.empty()) return usageError(tr("classify needs one or more audio or video files"));
    auto models = sharedClassifierModels();
    if (!models) return usageError(models.error().message);
    QJsonArray results;
    bool someFailed = false;
    for (const std::string& operand : line.operands) {
        const fs::path path = fs::absolute(fromUtf8(operand)).lexically_normal();
        auto classified = classifyFile(path, *models, interruptToken());
        if (!classified) {
            std::cerr << "lectern-cli: " << operand << ": " << classified.error().message << "\n";
            someFailed = true;
            continue;
        }
        const std::string resourceClass(kResourceClasses[mostLikely(classified->probabilities)]);
        if (!line.has("--json")) {
            std::cout << resourceClass << "\t"
                      << static_cast<int>(100 * classified->probabilities[mostLikely(classified->probabilities)] + 0.5)
                      << "%\t" << operand << "\n";
        }
        results.append(QJsonObject{
            {"path", toQString(path)},
            {"class", toQString(resourceClass)},
            {"probs", probabilitiesToJson(classified->probabilities)},
            {"channels", QJsonObject{{"audio", channelToJson(classified->audio)},
                                     {"text", channelToJson(classified->text)}}},
            {"segments", static_cast<int>(classified->segments.size())},
        });
    }
    if (line.has("--json")) printJson(QJsonDocument(results));
    return someFailed ? kExitSomeFailed : kExitOk;
}

int runSetClass(const fs::path& library, const CommandLine& line)
{
    if (line.operands.size() != 2) return usageError(tr("set-class needs an item id or path and a class"));
    const std::string& wanted = line.operands[1];
    if (wanted != "auto" && (!isResourceClassOrUnknown(wanted) || wanted == kUnknownClass)) {
        return usageError(filled(tr("unknown class '%1' (music, language, lecture, drama, audiobook or auto)"), {wanted}));
    }
    auto opened = Library::openForWriting(library);
    if (!opened) return usageError(opened.error().message);
    CatalogReader reader((*opened)->database());
    auto item = findItem(reader, line.operands.front());
    if (!item) return usageError(item.error().message);
    CatalogWriter writer((*opened)->database());
    const Status changed = wanted == "auto" ? writer.restoreAutomaticClass(item->id)
                                            : writer.setManualClass(item->id, wanted);
    if (!changed) return usageError(changed.error().message);
    auto updated = reader.findById(item->id);
    if (updated && *updated) {
        std::cerr << (*updated)->path << ": " << (*updated)->resourceClass << " ("
                  << nameOf((*updated)->classSource) << ")\n";
    }
    return kExitOk;
}

}  // namespace lectern
