#include "ui/LibraryService.h"

#include "catalog/CatalogWriter.h"

#include <QMetaObject>

#include <map>

#include "catalog/CatalogReader.h"
#include "platform/LibraryLocation.h"
#include "pipeline/Importer.h"
#include "pipeline/ItemCache.h"
#include "classify/FileClassifier.h"
#include "search/SearchEngine.h"

#include <QFileInfo>

namespace lectern {

// The engine and the connection it reads through, made on first use.
struct LibraryService::SearchSession {
    std::unique_ptr<Database> connection;
    std::unique_ptr<SearchEngine> engine;
    bool indexing = false;  // the indexer thread builds this engine's vector index

    // The engine, made now if need be; a message where the library cannot be read.
    std::optional<QString> ready(Library& library)
    {
        if (engine) return std::nullopt;
        auto opened = library.openConnection();
        if (!opened) return toQString(opened.error().message);
        connection = std::move(opened).value();
        // Without models, words still search; examples find only the same recording.
        auto models = sharedClassifierModels();
        engine = std::make_unique<SearchEngine>(*connection, library.indexDirectory(), models ? *models : nullptr);
        return std::nullopt;
    }
};

LibraryService::LibraryService(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportSummary>();
    qRegisterMetaType<QVector<Item>>();
    qRegisterMetaType<QVector<KeyframeThumbnail>>();
    qRegisterMetaType<QVector<SearchMatch>>();
    readers_.setMaxThreadCount(2);
    searcher_.setMaxThreadCount(1);
    indexer_.setMaxThreadCount(1);
    writer_.setMaxThreadCount(1);
}

LibraryService::~LibraryService()
{
    importCancel_.cancel();
    indexCancel_.cancel();
    ++requestGeneration_;
    writer_.waitForDone();
    readers_.waitForDone();
    searcher_.waitForDone();  // after this none starts indexing: the token is cancelled
    indexer_.waitForDone();
    searcher_.waitForDone();  // what the indexer handed over
}

QString LibraryService::open(const std::filesystem::path& directory)
{
    auto writable = Library::openForWriting(directory);
    if (writable) {
        stopIndexing();
        library_ = std::move(writable).value();
        search_ = std::make_shared<SearchSession>();
        prepareSearch();
        return {};
    }
    auto readable = Library::openForReading(directory);
    if (readable) {
        stopIndexing();
        library_ = std::move(readable).value();
        search_ = std::make_shared<SearchSession>();
        prepareSearch();
        return tr("%1\nThe library is open read-only.").arg(toQString(writable.error().message));
    }
    return toQString(readable.error().message);
}

void LibraryService::stopIndexing()
{
    indexCancel_.cancel();
    indexCancel_ = CancellationToken();
}

bool LibraryService::isWritable() const { return library_ && library_->writable(); }

QString LibraryService::libraryPath() const
{
    return library_ ? toQString(library_->directory()) : QString();
}

void LibraryService::reportFailure(const QString& message)
{
    QMetaObject::invokeMethod(this, [this, message] { emit itemsFailed(message); });
}

void LibraryService::requestItems(const QString& filterText)
{
    if (!library_) return;
    const std::string text = filterText.trimmed().toStdString();
    if (!text.empty()) {
        SearchRequest request;
        request.text = text;
        request.limit = 200;
        startSearch(std::move(request));
        return;
    }
    const quint64 generation = ++requestGeneration_;
    std::shared_ptr<Library> library = library_;
    readers_.start([this, library, generation] {
        if (generation != requestGeneration_) return;  // already superseded
        auto connection = library->openConnection();
        if (!connection) return reportFailure(toQString(connection.error().message));
        auto items = CatalogReader(**connection).list();
        if (generation != requestGeneration_) return;
        if (!items) return reportFailure(toQString(items.error().message));
        QVector<Item> result(items->begin(), items->end());
        QMetaObject::invokeMethod(this, [this, result = std::move(result), generation] {
            if (generation == requestGeneration_) emit itemsReady(result, {}, {});
        });
    });
}

void LibraryService::requestExampleSearch(const QString& mediaFile)
{
    if (!library_) return;
    SearchRequest request;
    request.exampleFile = toPath(mediaFile);
    request.limit = 200;
    startSearch(std::move(request));
}

void LibraryService::prepareSearch()
{
    std::shared_ptr<Library> library = library_;
    std::shared_ptr<SearchSession> session = search_;
    const CancellationToken cancel = indexCancel_;  // copied here: open() replaces it on the GUI thread
    searcher_.start([this, library, session, cancel] {
        if (session->ready(*library)) return;  // the first search says why
        if (searchStale_.exchange(false)) session->engine->catalogChanged();
        // Already with the indexer: the hand-over catches up with what changed meanwhile.
        if (session->indexing || cancel.cancelled()) return;
        // The engine's index, if it has one, goes to the indexer to be brought
        // up to date; else the indexer loads or builds one. Either can take
        // minutes (a first build at 100k items, an import of thousands), and
        // searches meanwhile answer without it. The fingerprints are read when
        // an example search needs them.
        session->indexing = true;
        std::shared_ptr<VectorIndex> current = session->engine->releaseVectors();
        session->engine->expectVectors();
        indexer_.start([this, library, session, cancel, current] {
            std::shared_ptr<VectorIndex> ready;
            auto connection = library->openConnection();
            auto models = sharedClassifierModels();
            if (connection && models && !cancel.cancelled()) {
                SearchEngine indexer(**connection, library->indexDirectory(), *models);
                indexer.adoptVectors(current);
                // Only the index's cache: a failure shows at the next search.
                if (indexer.prepareTextSearch(&cancel)) ready = indexer.releaseVectors();
            }
            // Handed over even when cancelled or failed: the engine then prepares its own when next needed.
            searcher_.start([session, ready] {
                session->indexing = false;
                session->engine->adoptVectors(ready);
                if (ready) (void)session->engine->prepareTextSearch();  // what changed meanwhile
            });
        });
    });
}

void LibraryService::startSearch(SearchRequest request)
{
    const quint64 generation = ++requestGeneration_;
    std::shared_ptr<Library> library = library_;
    std::shared_ptr<SearchSession> session = search_;
    searcher_.start([this, library, session, request = std::move(request), generation] {
        if (generation != requestGeneration_) return;  // typed over before it started
        if (const auto problem = session->ready(*library)) return reportFailure(*problem);
        if (searchStale_.exchange(false)) session->engine->catalogChanged();
        const auto answer = session->engine->search(request);
        if (!answer) return reportFailure(toQString(answer.error().message));
        ItemFilter filter;
        filter.ids = std::vector<int64_t>();
        for (const SearchResult& result : answer->results) filter.ids->push_back(result.itemId);
        auto items = CatalogReader(*session->connection).list(filter);
        if (!items) return reportFailure(toQString(items.error().message));
        std::map<int64_t, const Item*> byId;
        for (const Item& item : *items) byId[item.id] = &item;
        QVector<Item> found;
        QVector<SearchMatch> matches;
        for (const SearchResult& result : answer->results) {
            const auto item = byId.find(result.itemId);
            if (item == byId.end()) continue;  // removed since the search ran
            found.push_back(*item->second);
            matches.push_back({result.startSeconds, toQString(result.reason)});
        }
        QStringList notes;
        for (const std::string& note : answer->notes) notes << toQString(note);
        QMetaObject::invokeMethod(this, [this, found, matches, notes, generation] {
            if (generation == requestGeneration_) emit itemsReady(found, matches, notes.join(QStringLiteral("; ")));
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
        searchStale_ = true;
        QMetaObject::invokeMethod(this, [this, summary = std::move(summary)] {
            importing_ = false;
            prepareSearch();
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
