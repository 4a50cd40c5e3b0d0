#include "ui/LibraryService.h"
#include "ui/search/ModifierPhrases.h"

#include "catalog/CatalogWriter.h"

#include <QMetaObject>

#include <map>
#include <numeric>

#include "catalog/CatalogReader.h"
#include "catalog/Collections.h"
#include "classify/HeardSounds.h"
#include "catalog/ImportedFolders.h"
#include "catalog/LibraryOverview.h"
#include "common/Paths.h"
#include "dsp/Spectrogram.h"
#include "media/LanguageCode.h"
#include "export/FolderCopy.h"
#include "export/PlaylistExport.h"
#include "platform/LibraryLocation.h"
#include "pipeline/Importer.h"
#include "pipeline/ItemCache.h"
#include "pipeline/LocalPictures.h"
#include "classify/FileClassifier.h"
#include "search/NearDuplicates.h"
#include "search/SearchEngine.h"
#include "search/SearchQuery.h"
#include "search/TextSearch.h"

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
        // Models are loaded at the first search that needs them. Without
        // them, words still search; examples find only the same recording.
        engine = std::make_unique<SearchEngine>(*connection, library.indexDirectory(),
                                                ModelSource(sharedClassifierModelsIfAny));
        return std::nullopt;
    }
};

LibraryService::LibraryService(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<AnalysisProgress>();
    qRegisterMetaType<ImportSummary>();
    qRegisterMetaType<QVector<Item>>();
    qRegisterMetaType<Item>();
    qRegisterMetaType<QVector<SearchMatch>>();
    qRegisterMetaType<ResultList>();
    qRegisterMetaType<LibraryCounts>();
    qRegisterMetaType<ItemDetails>();
    qRegisterMetaType<QVector<DuplicateSet>>();
    readers_.setMaxThreadCount(2);
    searcher_.setMaxThreadCount(1);
    indexer_.setMaxThreadCount(1);
    writer_.setMaxThreadCount(1);
    pictures_.setMaxThreadCount(1);
    copier_.setMaxThreadCount(1);
    localPictures_.setMaxThreadCount(1);
}

LibraryService::~LibraryService()
{
    importCancel_.cancel();
    indexCancel_.cancel();
    ++requestGeneration_;
    copyCancel_.cancel();
    ++spectrogramTickets_;
    writer_.waitForDone();
    copier_.waitForDone();
    pictures_.waitForDone();
    readers_.waitForDone();
    picturesCancel_.cancel();
    localPictures_.clear();
    localPictures_.waitForDone();
    searcher_.waitForDone();  // after this none starts indexing: the token is cancelled
    indexer_.waitForDone();
    searcher_.waitForDone();  // what the indexer handed over
}

bool LibraryService::hasBackup(const std::filesystem::path& directory)
{
    std::error_code error;
    return std::filesystem::exists(Library::backupFileOf(directory), error);
}

QString LibraryService::restoreBackupAndOpen(const std::filesystem::path& directory)
{
    if (Status restored = Library::restoreBackup(directory); !restored) return toQString(restored.error().message);
    return open(directory);
}

QString LibraryService::open(const std::filesystem::path& directory)
{
    auto writable = Library::openForWriting(directory, Library::PageCheck::Later);
    openFoundDamage_ = !writable && isCatalogDamaged(writable.error());
    if (writable) {
        catalogDamaged_ = false;
        stopIndexing();
        library_ = std::move(writable).value();
        search_ = std::make_shared<SearchSession>();
        prepareSearch();
        startSchoolPolling();
        return {};
    }
    auto readable = Library::openForReading(directory);
    if (readable) {
        stopIndexing();
        library_ = std::move(readable).value();
        search_ = std::make_shared<SearchSession>();
        prepareSearch();
        startSchoolPolling();
        return tr("%1\nThe library is open read-only.").arg(toQString(writable.error().message));
    }
    openFoundDamage_ = openFoundDamage_ || isCatalogDamaged(readable.error());
    return toQString(readable.error().message);
}

void LibraryService::checkCatalog()
{
    if (!isWritable()) return;  // a reader's own reads find a damaged page
    std::shared_ptr<Library> library = library_;
    writer_.start([this, library] {
        const Status pages = library->checkPages();
        if (pages) return;
        catalogDamaged_ = true;
        const QString problem = toQString(pages.error().message);
        QMetaObject::invokeMethod(this, [this, problem] { emit catalogDamaged(problem); });
    });
}

void LibraryService::stopIndexing()
{
    indexCancel_.cancel();
    indexCancel_ = CancellationToken();
}

bool LibraryService::isWritable() const { return library_ && library_->writable(); }

QString LibraryService::keyframeFolder(qint64 itemId) const
{
    return library_ ? toQString(keyframeDirectory(library_->cacheDirectory(), itemId)) : QString();
}

QString LibraryService::overviewFile(qint64 itemId) const
{
    return library_ ? toQString(spectrogramOverviewFile(library_->cacheDirectory(), itemId)) : QString();
}

QString LibraryService::libraryPath() const
{
    return library_ ? toQString(library_->rememberedLocation()) : QString();
}

QString LibraryService::libraryTitle() const
{
    return library_ ? toQString(library_->displayedLocation()) : QString();
}

void LibraryService::drawMissingPictures(const QVector<Item>& items)
{
    if (!isSchoolLibrary()) return;
    // Only the newest listing's first rows, in the order they are shown:
    // what the teacher sees first, not every file of the school. Whether a
    // picture exists is asked on the worker, not here (a stat per row).
    const quint64 listing = ++picturesListing_;
    std::shared_ptr<Library> library = library_;
    localPictures_.start([this, library, items, listing] {
        const qsizetype count = std::min<qsizetype>(items.size(), kPicturesPerListing);
        for (qsizetype i = 0; i < count; ++i) {
            if (listing != picturesListing_ || picturesCancel_.cancelled()) return;
            if (!lacksLocalPictures(items[i], library->cacheDirectory())) continue;
            // A file that cannot be read here (its root not mounted) stays without pictures.
            if (!drawLocalPictures(items[i], library->cacheDirectory(), picturesCancel_)) continue;
            QMetaObject::invokeMethod(this, [this] { emit localPicturesDrawn(); });
        }
    });
}

QString LibraryService::mediaRootsText() const
{
    if (!isSchoolLibrary()) return {};
    QString text;
    for (const MediaRoot& root : library_->mediaRoots().roots()) {
        text += toQString(root.name) + QLatin1Char('=') + toQString(root.localPath) + QLatin1Char('\n');
    }
    return text;
}

QString LibraryService::saveMediaRoots(const QString& text)
{
    if (!isSchoolLibrary()) return {};
    auto roots = MediaRoots::parse(text.toStdString());
    if (!roots) return toQString(roots.error().message);
    if (Status saved = MediaRoots::save(library_->mediaRootsFile(), *roots); !saved) return toQString(saved.error().message);
    return {};
}

void LibraryService::startSchoolPolling()
{
    listener_.reset();
    schoolPolls_ = 0;
    if (!schoolPoll_) {
        schoolPoll_ = new QTimer(this);
        schoolPoll_->setInterval(3000);
        connect(schoolPoll_, &QTimer::timeout, this, &LibraryService::pollSchoolLibrary);
    }
    if (isSchoolLibrary()) {
        schoolPoll_->start();
        pollSchoolLibrary();
    } else {
        schoolPoll_->stop();
    }
}

void LibraryService::pollSchoolLibrary()
{
    if (!isSchoolLibrary() || polling_.exchange(true)) return;
    std::shared_ptr<Library> library = library_;
    std::shared_ptr<Database> listener = listener_;
    // Counting the whole school reads every row of its catalog: asked when
    // something changed, and else every 30 s (for claims that lapse unsaid).
    const bool countAnyway = schoolPolls_++ % 10 == 0;
    readers_.start([this, library, listener, countAnyway]() mutable {
        if (!listener) {
            auto connection = library->openConnection();
            if (!connection) {
                polling_ = false;
                return;  // the server away: the next poll tries again
            }
            listener = std::move(connection).value();
            listener->changesArrived();  // starts listening
        }
        const bool changed = listener->changesArrived();
        const auto progress = changed || countAnyway ? AnalysisLeases::progress(*listener)
                                                     : Result<AnalysisProgress>(failure("not counted this time"));
        QMetaObject::invokeMethod(this, [this, library, listener, changed, progress] {
            polling_ = false;
            if (library != library_) return;  // another library was opened meanwhile
            listener_ = listener;
            if (progress) emit schoolProgress(*progress);
            // This window's own import says so itself when it ends.
            if (!changed) return;
            searchStale_ = true;  // the next search brings the local index up to date first
            if (!importing_) emit catalogEdited();
        });
    });
}

void LibraryService::reportFailure(const QString& message)
{
    QMetaObject::invokeMethod(this, [this, message] { emit itemsFailed(message); });
}

void LibraryService::search(const SearchState& state)
{
    if (!library_) return;
    const QString query = state.queryText();
    if (!state.example && state.words.trimmed().isEmpty()) {
        startListing(query, ++requestGeneration_);
        return;
    }
    SearchRequest request;
    request.text = query.toStdString();
    request.limit = 200;
    if (state.example) {
        if (state.example->itemId > 0) request.exampleItem = state.example->itemId;
        else request.exampleFile = toPath(state.example->file);
        request.range.startSeconds = state.example->startSeconds;
        if (state.example->endSeconds > state.example->startSeconds) request.range.endSeconds = state.example->endSeconds;
        request.modifier = modifierForEngine(state.modifier).toStdString();
    }
    startSearch(std::move(request));
}

// The library, or the part of it the filters choose: every row, as the
// engine's filter-only answer stops at its limit.
void LibraryService::onReader(std::function<void(Database&)> work)
{
    if (!library_) return;
    std::shared_ptr<Library> library = library_;
    readers_.start([this, library, work = std::move(work)] {
        auto connection = library->openConnection();
        if (!connection) return reportFailure(toQString(connection.error().message));
        work(**connection);
    });
}

void LibraryService::startListing(const QString& queryText, quint64 generation)
{
    const std::string text = queryText.toStdString();
    onReader([this, generation, text](Database& db) {
        if (generation != requestGeneration_) return;  // already superseded
        const SearchQuery query = parseSearchQuery(text);
        auto items = CatalogReader(db).list(itemFilterOf(query));
        if (generation != requestGeneration_) return;
        if (!items) return reportFailure(toQString(items.error().message));
        // A collection keeps the order the teacher gave it; the rest comes in
        // the order the results show first, sorted here (by keys made once),
        // not on the GUI thread.
        std::vector<size_t> order(items->size());
        std::iota(order.begin(), order.end(), size_t(0));
        if (!query.collection) {
            std::vector<std::string> keys;
            keys.reserve(items->size());
            for (const Item& item : *items) keys.push_back(ResultsModel::titleSortKey(item));
            std::stable_sort(order.begin(), order.end(), [&keys](size_t a, size_t b) { return keys[a] < keys[b]; });
        }
        ResultList list;
        list.inTitleOrder = !query.collection;
        list.items.reserve(static_cast<qsizetype>(items->size()));
        for (const size_t i : order) list.items.push_back(std::move((*items)[i]));
        for (const std::string& note : query.notes) list.notes << toQString(note);
        QMetaObject::invokeMethod(this, [this, list = std::move(list), generation] {
            if (generation != requestGeneration_) return;
            emit itemsReady(list);
            drawMissingPictures(list.items);
        });
    });
}

void LibraryService::releaseSearchPreparation()
{
    searchPreparationHeld_ = false;
    if (std::exchange(searchPreparationWaiting_, false)) prepareSearch();
}

void LibraryService::prepareSearch()
{
    if (searchPreparationHeld_) {
        searchPreparationWaiting_ = true;
        return;
    }
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
        ResultList list;
        for (const SearchResult& result : answer->results) {
            const auto item = byId.find(result.itemId);
            if (item == byId.end()) continue;  // removed since the search ran
            list.items.push_back(*item->second);
            list.matches.push_back(
                {result.startSeconds, toQString(result.reason), toQString(result.group), result.score});
        }
        for (const std::string& note : answer->notes) list.notes << toQString(note);
        QMetaObject::invokeMethod(this, [this, list = std::move(list), generation] {
            if (generation != requestGeneration_) return;
            emit itemsReady(list);
            drawMissingPictures(list.items);
        });
    });
}

void LibraryService::requestDetails(qint64 itemId)
{
    if (!library_) return;
    std::shared_ptr<Library> library = library_;
    readers_.start([this, library, itemId] {
        ItemDetails details;
        details.itemId = itemId;
        if (auto connection = library->openConnection()) {
            CatalogReader reader(**connection);
            if (auto stored = reader.keyframes(itemId)) {
                for (const StoredKeyframe& keyframe : *stored) {
                    details.keyframes.push_back({keyframe.timeSeconds, toQString(keyframe.thumbnail)});
                }
            }
            if (auto classification = reader.classification(itemId); classification && *classification) {
                std::array<double, 5> probabilities{};
                std::copy((*classification)->probabilities.begin(), (*classification)->probabilities.end(),
                          probabilities.begin());
                details.probabilities = probabilities;
            }
            if (auto heard = reader.heardSounds({itemId}); heard && heard->count(itemId)) {
                for (const HeardSound& sound : heard->at(itemId)) {
                    if (sound.score < kLeastClearlyHeardScore) break;
                    details.sounds.push_back({toQString(conceptWords(sound.conceptId)), sound.score, sound.atSeconds});
                }
            }
            if (auto holding = Collections(**connection).holding(itemId)) {
                for (const Collection& collection : *holding) details.collections << toQString(collection.name);
            }
        }
        details.spectrogramPath = toQString(spectrogramOverviewFile(library->cacheDirectory(), itemId));
        if (!QFileInfo::exists(details.spectrogramPath)) details.spectrogramPath.clear();
        QMetaObject::invokeMethod(this, [this, details] { emit detailsReady(details); });
    });
}

void LibraryService::requestCounts()
{
    // Two readers may answer out of order: only the newest request's answer is
    // shown, else counts read during an import could replace those after it.
    const quint64 ticket = ++countsTickets_;
    onReader([this, ticket](Database& db) {
        if (ticket != countsTickets_) return;
        LibraryCounts answer;
        if (auto counts = readLibraryOverview(db)) answer.counts = QVector<OverviewCount>(counts->begin(), counts->end());
        if (auto collections = Collections(db).list()) {
            answer.collections = QVector<Collection>(collections->begin(), collections->end());
        }
        if (auto folders = ImportedFolders(db).list()) {
            answer.folders = QVector<ImportedFolder>(folders->begin(), folders->end());
        }
        QMetaObject::invokeMethod(this, [this, answer, ticket] {
            if (ticket == countsTickets_) emit countsReady(answer);
        });
    });
}

quint64 LibraryService::requestSpectrogram(const SpectrogramRequest& request)
{
    const quint64 ticket = ++spectrogramTickets_;
    if (!library_) return ticket;
    std::shared_ptr<Library> library = library_;
    pictures_.start([this, library, request, ticket] {
        if (ticket != spectrogramTickets_) return;  // a newer picture was asked for
        std::filesystem::path media = toPath(request.file);
        std::filesystem::path cache;
        if (request.itemId > 0) {
            auto connection = library->openConnection();
            if (!connection) return;
            auto item = CatalogReader(**connection).findById(request.itemId);
            if (!item || !*item) return;
            media = fromUtf8((*item)->path);
            cache = spectrogramCacheFile(library->cacheDirectory(), request.itemId);
        }
        SpectrogramView view;
        view.startSeconds = request.startSeconds;
        view.endSeconds = request.endSeconds;
        view.width = std::clamp(request.width, 16, 8192);
        view.height = std::clamp(request.height, 16, 2048);
        view.timeAxis = true;
        auto frames = spectrogramForView(media, cache, view);
        if (!frames) return;
        const RgbImage rgb = renderSpectrogram(*frames, view);
        QImage picture(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888);
        QImage owned = picture.copy();  // the pixels above go with rgb
        QMetaObject::invokeMethod(this, [this, ticket, owned] { emit spectrogramReady(ticket, owned); });
    });
    return ticket;
}

void LibraryService::requestDuplicates()
{
    onReader([this](Database& db) {
        auto groups = findDuplicates(db);
        if (!groups) return reportFailure(toQString(groups.error().message));
        CatalogReader reader(db);
        QVector<DuplicateSet> sets;
        for (const DuplicateGroup& group : *groups) {
            DuplicateSet set;
            set.relation = toQString(group.relation);
            for (const DuplicateMember& member : group.members) {
                auto item = reader.findById(member.itemId);
                if (!item || !*item) continue;
                set.items << **item;
                set.offsetsSeconds << member.offsetSeconds;
            }
            if (set.items.size() > 1) sets << set;
        }
        QMetaObject::invokeMethod(this, [this, sets] { emit duplicatesReady(sets); });
    });
}

bool LibraryService::refuseWhenReadOnly()
{
    if (isWritable()) return false;
    emit editFailed(tr("This library is open read-only; another Lectern is using it."));
    return true;
}

void LibraryService::edit(std::function<Status(Database&)> change, bool removesItems)
{
    if (!library_ || refuseWhenReadOnly()) return;
    std::shared_ptr<Library> library = library_;
    readers_.start([this, library, change = std::move(change), removesItems] {
        auto connection = library->openConnection();
        const Status done = connection ? change(**connection) : Status(connection.error());
        const QString message = done ? QString() : toQString(done.error().message);
        // Tags, classes and collections are read afresh by every search; only
        // removed items leave the engine's indexes to bring up to date.
        if (removesItems) searchStale_ = true;
        QMetaObject::invokeMethod(this, [this, message] {
            if (message.isEmpty()) emit catalogEdited();
            else emit editFailed(message);
        });
    });
}

void LibraryService::setItemTags(qint64 itemId, const Tags& tags)
{
    Tags edited = tags;
    // "French" or "fr" alike, so lang:fr finds it.
    if (const std::string code = languageCode(tags.language); !code.empty()) edited.language = code;
    edit([itemId, edited](Database& db) { return CatalogWriter(db).setEditedTags(itemId, edited); });
}

void LibraryService::removeItems(const QVector<qint64>& itemIds)
{
    edit([itemIds](Database& db) -> Status {
        CatalogWriter writer(db);
        for (const qint64 id : itemIds) {
            if (Status removed = writer.remove(id); !removed) return removed;
        }
        return success();
    }, true);
}

namespace {
std::vector<int64_t> idsOf(const QVector<qint64>& ids) { return std::vector<int64_t>(ids.begin(), ids.end()); }
}  // namespace

void LibraryService::setFolderWatched(const QString& folder, bool watched)
{
    edit([path = toUtf8(toPath(folder)), watched](Database& db) { return ImportedFolders(db).setWatched(path, watched); });
}

void LibraryService::createCollection(const QString& name, const QVector<qint64>& itemIds)
{
    edit([name = name.toStdString(), ids = idsOf(itemIds)](Database& db) -> Status {
        Collections collections(db);
        auto id = collections.create(name);
        if (!id) return id.error();
        return ids.empty() ? success() : collections.add(*id, ids);
    });
}

void LibraryService::renameCollection(qint64 collectionId, const QString& name)
{
    edit([collectionId, name = name.toStdString()](Database& db) { return Collections(db).rename(collectionId, name); });
}

void LibraryService::deleteCollection(qint64 collectionId)
{
    edit([collectionId](Database& db) { return Collections(db).remove(collectionId); });
}

void LibraryService::addToCollection(qint64 collectionId, const QVector<qint64>& itemIds)
{
    edit([collectionId, ids = idsOf(itemIds)](Database& db) { return Collections(db).add(collectionId, ids); });
}

void LibraryService::removeFromCollection(qint64 collectionId, const QVector<qint64>& itemIds)
{
    edit([collectionId, ids = idsOf(itemIds)](Database& db) { return Collections(db).removeItems(collectionId, ids); });
}

void LibraryService::exportPlaylist(const QVector<Item>& items, const QString& file, PlaylistFormat format)
{
    const std::vector<Item> list(items.begin(), items.end());
    copier_.start([this, list, file, format] {
        const std::filesystem::path target = toPath(file);
        const std::string text = format == PlaylistFormat::M3u8 ? m3u8Playlist(list, target) : csvTable(list);
        const Status written = writeTextFile(target, text);
        const QString message = written ? tr("%Ln item(s) written to %1", nullptr, static_cast<int>(list.size())).arg(file)
                                        : toQString(written.error().message);
        QMetaObject::invokeMethod(this, [this, written = bool(written), message] { emit exportFinished(written, message); });
    });
}

void LibraryService::copyFiles(const QVector<Item>& items, const QString& folder)
{
    std::vector<std::string> sources;
    for (const Item& item : items) sources.push_back(item.path);
    copyCancel_ = CancellationToken();
    const CancellationToken cancel = copyCancel_;
    copier_.start([this, sources, folder, cancel] {
        const auto progress = [this](size_t done, size_t total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit copyProgress(int(done), int(total)); });
        };
        const auto summary = copyFilesToFolder(sources, toPath(folder), progress, cancel);
        bool ok = summary.ok();
        QString message;
        if (!summary) {
            message = toQString(summary.error().message);
        } else {
            message = tr("%Ln file(s) copied to %1", nullptr, static_cast<int>(summary->copied.size())).arg(folder);
            if (summary->cancelled) message += tr(" (cancelled)");
            for (const FolderCopyProblem& problem : summary->problems) {
                message += QStringLiteral("\n") + tr("Not copied: %1 (%2)").arg(toQString(problem.source),
                                                                                 toQString(problem.reason));
            }
            ok = summary->problems.empty();
        }
        QMetaObject::invokeMethod(this, [this, ok, message] { emit exportFinished(ok, message); });
    });
}

void LibraryService::cancelCopy() { copyCancel_.cancel(); }

void LibraryService::checkModels(const QString& folder)
{
    readers_.start([this, folder] {
        QString problem;
        const std::filesystem::path path = toPath(folder);
        if (!std::filesystem::exists(path / "audio.pt")) {
            problem = tr("%1 has no audio.pt, text.pt and fusion.pt").arg(folder);
        } else if (auto models = ClassifierModels::load(path); !models) {
            problem = toQString(models.error().message);
        }
        QMetaObject::invokeMethod(this, [this, folder, problem] { emit modelsChecked(folder, problem); });
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
    // What a school library has pending is its workers' (lectern-cli work),
    // not this window's to take up when it opens.
    if (roots.empty() && isSchoolLibrary()) {
        importing_ = false;
        return;
    }
    importCancel_ = CancellationToken();
    const CancellationToken cancel = importCancel_;
    std::shared_ptr<Library> library = library_;
    emit importStarted();
    const int workers = workers_;
    writer_.start([this, library, roots, cancel, workers] {
        const auto report = [this](const ImportProgress& progress) {
            QMetaObject::invokeMethod(this, [this, progress] { emit importProgress(progress); });
        };
        ImportOptions options;
        options.workers = workers;
        // Nothing is written into a catalog found damaged.
        auto summary = catalogDamaged_
                           ? Result<ImportSummary>(Error{tr("the catalog of this library is damaged; nothing was imported").toStdString()})
                           : importMedia(*library, roots, options, report, cancel);
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

void LibraryService::retryFailed()
{
    if (!library_ || refuseWhenReadOnly()) return;
    onReader([this](Database& db) {
        ItemFilter failed;
        failed.status = ItemStatus::Failed;
        auto items = CatalogReader(db).list(failed);
        if (!items) return reportFailure(toQString(items.error().message));
        // Pending again, so the import analyses them though their files are unchanged.
        CatalogWriter writer(db);
        for (const Item& item : *items) {
            if (Status marked = writer.markPending(item.id); !marked) return reportFailure(toQString(marked.error().message));
        }
        QMetaObject::invokeMethod(this, [this, any = !items->empty()] {
            if (any) resumePendingImports();
        });
    });
}

void LibraryService::cancelImport() { importCancel_.cancel(); }

}  // namespace lectern
