#include "ui/LibraryService.h"

#include "catalog/CatalogWriter.h"

#include <QMetaObject>

#include "catalog/CatalogReader.h"
#include "platform/LibraryLocation.h"
#include "pipeline/Importer.h"
#include "pipeline/ItemCache.h"

#include <QFileInfo>

namespace lectern {

LibraryService::LibraryService(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportSummary>();
    qRegisterMetaType<QVector<Item>>();
    qRegisterMetaType<QVector<KeyframeThumbnail>>();
    readers_.setMaxThreadCount(2);
    writer_.setMaxThreadCount(1);
}

LibraryService::~LibraryService()
{
    importCancel_.cancel();
    writer_.waitForDone();
    readers_.waitForDone();
}

QString LibraryService::open(const std::filesystem::path& directory)
{
    auto writable = Library::openForWriting(directory);
    if (writable) {
        library_ = std::move(writable).value();
        return {};
    }
    auto readable = Library::openForReading(directory);
    if (readable) {
        library_ = std::move(readable).value();
        return tr("%1\nThe library is open read-only.").arg(toQString(writable.error().message));
    }
    return toQString(readable.error().message);
}

bool LibraryService::isWritable() const { return library_ && library_->writable(); }

QString LibraryService::libraryPath() const
{
    return library_ ? toQString(library_->directory()) : QString();
}

void LibraryService::requestItems(const QString& filterText)
{
    if (!library_) return;
    const quint64 generation = ++requestGeneration_;
    std::shared_ptr<Library> library = library_;
    const std::string text = filterText.trimmed().toStdString();
    readers_.start([this, library, text, generation] {
        if (generation != requestGeneration_) return;  // already superseded
        auto connection = library->openConnection();
        if (!connection) {
            const QString message = toQString(connection.error().message);
            QMetaObject::invokeMethod(this, [this, message] { emit itemsFailed(message); });
            return;
        }
        ItemFilter filter;
        if (!text.empty()) filter.text = text;
        auto items = CatalogReader(**connection).list(filter);
        if (generation != requestGeneration_) return;
        if (!items) {
            const QString message = toQString(items.error().message);
            QMetaObject::invokeMethod(this, [this, message] { emit itemsFailed(message); });
            return;
        }
        QVector<Item> result(items->begin(), items->end());
        QMetaObject::invokeMethod(this, [this, result = std::move(result), generation] {
            if (generation == requestGeneration_) emit itemsReady(result);
        });
    });
}

void LibraryService::requestDetails(qint64 itemId)
{
    if (!library_) return;
    std::shared_ptr<Library> library = library_;
    readers_.start([this, library, itemId] {
        QVector<KeyframeThumbnail> keyframes;
        if (auto connection = library->openConnection()) {
            if (auto stored = CatalogReader(**connection).keyframes(itemId)) {
                for (const StoredKeyframe& keyframe : *stored) {
                    keyframes.push_back({keyframe.timeSeconds, toQString(keyframe.thumbnail)});
                }
            }
        }
        QString spectrogram = toQString(spectrogramOverviewFile(library->cacheDirectory(), itemId));
        if (!QFileInfo::exists(spectrogram)) spectrogram.clear();
        QMetaObject::invokeMethod(this, [this, itemId, spectrogram, keyframes] {
            emit detailsReady(itemId, spectrogram, keyframes);
        });
    });
}

void LibraryService::setItemClass(qint64 itemId, const QString& resourceClass)
{
    if (!isWritable()) {
        emit itemClassFailed(tr("This library is open read-only; another Lectern is using it."));
        return;
    }
    std::shared_ptr<Library> library = library_;
    const std::string wanted = resourceClass.toStdString();
    // Its own connection, so a running import does not hold the change back.
    readers_.start([this, library, itemId, wanted] {
        Status changed = failure("cannot open the catalog");
        if (auto connection = library->openConnection()) {
            CatalogWriter writer(**connection);
            changed = wanted == "auto" ? writer.restoreAutomaticClass(itemId) : writer.setManualClass(itemId, wanted);
        }
        const QString message = changed ? QString() : toQString(changed.error().message);
        QMetaObject::invokeMethod(this, [this, itemId, message] {
            if (message.isEmpty()) {
                emit itemClassChanged(itemId);
            } else {
                emit itemClassFailed(message);
            }
        });
    });
}

void LibraryService::importPaths(const QStringList& paths)
{
    if (!isWritable()) {
        emit importFailed(tr("This library is open read-only; another Lectern is using it."));
        return;
    }
    if (importing_.exchange(true)) {
        emit importFailed(tr("An import is already running."));
        return;
    }
    std::vector<std::filesystem::path> roots;
    for (const QString& path : paths) roots.push_back(toPath(path));
    importCancel_ = CancellationToken();
    const CancellationToken cancel = importCancel_;
    std::shared_ptr<Library> library = library_;
    emit importStarted();
    writer_.start([this, library, roots, cancel] {
        const auto report = [this](const ImportProgress& progress) {
            QMetaObject::invokeMethod(this, [this, progress] { emit importProgress(progress); });
        };
        auto summary = importMedia(*library, roots, {}, report, cancel);
        QMetaObject::invokeMethod(this, [this, summary = std::move(summary)] {
            importing_ = false;
            if (summary) {
                emit importFinished(*summary);
            } else {
                emit importFailed(toQString(summary.error().message));
            }
        });
    });
}

void LibraryService::resumePendingImports() { importPaths({}); }

void LibraryService::cancelImport() { importCancel_.cancel(); }

}  // namespace lectern
