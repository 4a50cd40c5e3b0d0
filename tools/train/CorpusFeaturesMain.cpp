// lectern-corpus-features CORPUS OUT: decodes every clip of the corpus once,
// computes its log-mel frames (design §5) and its annotation text exactly as
// the import does, and writes OUT/<split>.lcf for the trainers.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <mutex>

#include "../ml/EveryCore.h"
#include "../ml/CorpusFeatures.h"
#include "catalog/ResourceClass.h"
#include "classify/AnnotationText.h"
#include "dsp/LogMel.h"
#include "media/MediaReader.h"
#include "media/TagReader.h"

using namespace lectern;

namespace {

int labelOf(const QString& name)
{
    for (size_t i = 0; i < kResourceClasses.size(); ++i) {
        if (name.toStdString() == kResourceClasses[i]) return static_cast<int>(i);
    }
    return -1;
}

bool extract(const std::filesystem::path& corpus, const QString& metaFile, ml::ClipFeatures& clip,
             std::string& error)
{
    QFile file(metaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        error = "cannot read " + metaFile.toStdString();
        return false;
    }
    const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
    clip.label = labelOf(meta.value("class").toString());
    clip.hasVideo = meta.value("has_video").toBool();
    clip.path = meta.value("path").toString().toStdString();
    clip.textKind = meta.value("text_kind").toString().toStdString();
    for (const QJsonValue caption : meta.value("captions").toArray()) {
        clip.captions.push_back(caption.toString().toStdString());
    }
    const std::filesystem::path media = corpus / std::filesystem::u8path(clip.path);
    clip.text = annotationText(readTags(media), media);
    auto reader = MediaReader::open(media);
    if (!reader) {
        error = clip.path + ": " + reader.error().message;
        return false;
    }
    LogMelExtractor logMel;
    while (true) {
        auto chunk = (*reader)->nextAudioChunk();
        if (!chunk) {
            error = clip.path + ": " + chunk.error().message;
            return false;
        }
        if (chunk->empty()) break;
        logMel.process(*chunk, clip.frames);
    }
    return clip.label >= 0;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: lectern-corpus-features CORPUS_DIR OUT_DIR\n";
        return 2;
    }
    const std::filesystem::path corpus = argv[1];
    const std::filesystem::path out = argv[2];
    std::filesystem::create_directories(out);
    // The corpus's seed and sizes travel with the features into the model card.
    if (std::filesystem::exists(corpus / "corpus.json")) {
        std::filesystem::copy_file(corpus / "corpus.json", out / "corpus.json",
                                   std::filesystem::copy_options::overwrite_existing);
    }
    for (const std::string& split : ml::kSplits) {
        QStringList metaFiles;
        QDirIterator it(QString::fromStdString((corpus / split).string()), {"*.json"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) metaFiles << it.next();
        metaFiles.sort();
        std::vector<ml::ClipFeatures> clips(static_cast<size_t>(metaFiles.size()));
        std::vector<char> good(clips.size(), 0);
        std::mutex printing;
        ml::forEachOnEveryCore(clips.size(), [&](size_t i) {
            std::string error;
            good[i] = extract(corpus, metaFiles[static_cast<int>(i)], clips[i], error);
            if (!good[i]) {
                std::lock_guard lock(printing);
                std::cerr << "skipped " << error << "\n";
            }
        });
        std::vector<ml::ClipFeatures> kept;
        for (size_t i = 0; i < clips.size(); ++i) {
            if (good[i]) kept.push_back(std::move(clips[i]));
        }
        ml::writeSplit(out / (split + ".lcf"), kept);
        std::cout << split << ": " << kept.size() << " clips of " << clips.size() << "\n";
    }
    return 0;
}
