// The one facade between the widgets and the engine (design §2, §8): every
// call returns at once, the work runs on worker threads, and the answers
// come back as queued signals on the GUI thread.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>

#include "catalog/Item.h"
#include "catalog/Library.h"
#include "common/CancellationToken.h"
#include "pipeline/ImportProgress.h"
#include "ui/LibraryTypes.h"
#include "ui/search/SearchState.h"

namespace lectern {

struct SearchRequest;
struct DuplicateGroup;

class LibraryService : public QObject {
    Q_OBJECT

public:
    enum class PlaylistFormat { M3u8, Csv };

    explicit LibraryService(QObject* parent = nullptr);
    ~LibraryService() override;

    // Opens for writing if no other Lectern holds the library, else read-only.
    // Returns a message for the user when the library could not be opened as
    // asked. The check of every catalog page is left to checkCatalog().
    QString open(const std::filesystem::path& directory);
    // Checks every page of the catalog on the writer thread, so imports
    // asked for afterwards wait for it: says catalogDamaged where a page is
    // bad, and refuses imports from then on.
    void checkCatalog();
    // Whether the last open() found the catalog damaged.
    bool openFoundDamagedCatalog() const { return openFoundDamage_; }
    // Whether a library has a backup of its catalog to restore.
    static bool hasBackup(const std::filesystem::path& directory);
    // Puts the backup in place of the damaged catalog and opens the library
    // again; a message where either fails.
    QString restoreBackupAndOpen(const std::filesystem::path& directory);
    bool isWritable() const;
    bool isImporting() const { return importing_; }
    // How the library is opened again (recent libraries, saved searches):
    // its folder, or a school library's URL without a password.
    QString libraryPath() const;
    // How the window names it: its folder, or its server and database.
    QString libraryTitle() const;
    // Whether it is a school library on a server (issue 28).
    bool isSchoolLibrary() const { return library_ && library_->onServer(); }
    // A school library's media roots on this computer, a NAME=PATH line each.
    QString mediaRootsText() const;
    // Keeps them for the next opening; a message where a line is wrong (nothing is kept then).
    QString saveMediaRoots(const QString& text);
    // Where an item's spectrogram overview is cached (the file may not exist yet).
    QString overviewFile(qint64 itemId) const;
    // The folder of an item's keyframe thumbnails (the folder may not exist).
    QString keyframeFolder(qint64 itemId) const;
    // Analysis workers for imports; 0: one per core.
    void setAnalysisWorkers(int workers) { workers_ = workers; }
    // Readying the search (which loads the models) waits while held, and
    // starts when released: at start-up, loading libtorch would hold the
    // dynamic loader that the window's own plugins need.
    void holdSearchPreparation() { searchPreparationHeld_ = true; }
    void releaseSearchPreparation();

public slots:
    // What the results show for a search: the library (or the part the
    // filters choose) when there are no words and no example, else the
    // engine's answer. A newer request makes the answer of an older one
    // stale: it is not started, or dropped when it finishes.
    void search(const lectern::SearchState& state);
    // The counts per class, kind, status and folder, and the collections;
    // only the newest request is answered.
    void requestCounts();
    // An item's pictures, class probabilities and collections.
    void requestDetails(qint64 itemId);
    // A spectrogram picture; the answer carries the ticket this returns.
    quint64 requestSpectrogram(const lectern::SpectrogramRequest& request);
    // Every group of the same recording in the library.
    void requestDuplicates();
    void importPaths(const QStringList& paths);
    // Finishes what an interrupted import left pending.
    void resumePendingImports();
    // Analyses every file that could not be analysed once more.
    void retryFailed();
    void cancelImport();
    // The teacher's class for an item ("auto" returns it to the model's).
    void setItemClass(qint64 itemId, const QString& resourceClass);
    // The teacher's tags; searchable at once, kept over the file's.
    void setItemTags(qint64 itemId, const lectern::Tags& tags);
    // Takes items out of the library; their media files stay where they are.
    void removeItems(const QVector<qint64>& itemIds);
    // Whether an imported folder is watched for new, changed and removed files.
    void setFolderWatched(const QString& folder, bool watched);
    void createCollection(const QString& name, const QVector<qint64>& itemIds = {});
    void renameCollection(qint64 collectionId, const QString& name);
    void deleteCollection(qint64 collectionId);
    void addToCollection(qint64 collectionId, const QVector<qint64>& itemIds);
    void removeFromCollection(qint64 collectionId, const QVector<qint64>& itemIds);
    void exportPlaylist(const QVector<lectern::Item>& items, const QString& file, PlaylistFormat format);
    void copyFiles(const QVector<lectern::Item>& items, const QString& folder);
    void cancelCopy();
    // Loads the models in a folder to see whether they can be used.
    void checkModels(const QString& folder);

signals:
    void itemsReady(const lectern::ResultList& results);
    void itemsFailed(const QString& message);
    void countsReady(const lectern::LibraryCounts& counts);
    void detailsReady(const lectern::ItemDetails& details);
    void spectrogramReady(quint64 ticket, const QImage& picture);
    void duplicatesReady(const QVector<lectern::DuplicateSet>& groups);
    // The catalog changed outside an import (a class, tags, a removal, a
    // collection): what shows it should be asked again.
    void catalogEdited();
    void editFailed(const QString& message);
    void itemClassChanged(qint64 itemId);
    void itemClassFailed(const QString& message);
    void importStarted();
    void importProgress(const lectern::ImportProgress& progress);
    void importFinished(const lectern::ImportSummary& summary);
    void importFailed(const QString& message);
    void copyProgress(int done, int total);
    // `message` says what was written, or why not.
    void exportFinished(bool ok, const QString& message);
    // An empty problem: the folder's models load and answer.
    void modelsChecked(const QString& folder, const QString& problem);
    // The message for the teacher (hasBackup says whether there is a way out).
    void catalogDamaged(const QString& problem);
    // A school library's analysis as a whole, every few seconds: what the
    // workers on all its computers have done and are doing.
    void schoolProgress(const lectern::AnalysisProgress& progress);
    // A school library's item shown here got its pictures on this computer (drawMissingPictures).
    void localPicturesDrawn();

private:
    struct SearchSession;
    void startSearch(SearchRequest request);
    void startListing(const QString& queryText, quint64 generation);
    // Runs `work` on a reader thread with a connection of its own; a library
    // that cannot be opened is reported instead.
    void onReader(std::function<void(Database&)> work);
    // Runs `edit` on a connection of its own, so a running import does not
    // hold it back, then says catalogEdited or editFailed.
    void edit(std::function<Status(Database&)> edit, bool removesItems = false);
    // Readies the vector index so that the first "sounds like" query need
    // not: after opening a library and after each import. The search engine
    // hands its index (if any) to another engine on the indexer thread,
    // which loads or builds it, or brings it up to date, and hands it back
    // (a first build takes minutes at 100k items); searches meanwhile
    // answer without it.
    void prepareSearch();
    bool searchPreparationHeld_ = false;
    bool searchPreparationWaiting_ = false;  // asked for while held
    // A vector index being built for the library that is closing stops.
    void stopIndexing();
    void reportFailure(const QString& message);
    // A school library: asks whether another computer changed the catalog
    // (LISTEN/NOTIFY), says catalogEdited if so, and reports schoolProgress.
    void pollSchoolLibrary();
    // A school library: the items about to be shown whose pictures another
    // computer made are drawn here, one at a time, in the background.
    void drawMissingPictures(const QVector<Item>& items);
    void startSchoolPolling();
    bool refuseWhenReadOnly();

    std::shared_ptr<Library> library_;
    std::shared_ptr<SearchSession> search_;  // used only on the searcher thread
    QThreadPool searcher_;                   // one thread: the engine is not shared
    QThreadPool indexer_;                    // one thread: builds a vector index for the engine
    CancellationToken indexCancel_;
    std::atomic<bool> searchStale_{false};   // an import changed the catalog
    QThreadPool readers_;
    QThreadPool pictures_;  // spectrogram renders: never behind a slow read
    QThreadPool writer_;  // one thread: imports never overlap
    QThreadPool copier_;  // one thread: file copies
    std::atomic<quint64> requestGeneration_{0};
    std::atomic<quint64> spectrogramTickets_{0};
    std::atomic<quint64> countsTickets_{0};
    std::atomic<bool> importing_{false};
    std::atomic<bool> catalogDamaged_{false};
    bool openFoundDamage_ = false;  // set by checkCatalog() on the writer thread
    CancellationToken importCancel_;
    CancellationToken copyCancel_;
    int workers_ = 0;
    QTimer* schoolPoll_ = nullptr;
    QThreadPool localPictures_;  // one thread: pictures of a school library's items made elsewhere
    CancellationToken picturesCancel_;
    std::atomic<quint64> picturesListing_{0};  // a newer listing stops the drawing for an older one
    static constexpr qsizetype kPicturesPerListing = 200;
    // The connection that listens for other computers' changes, used by one poll at a time.
    std::shared_ptr<Database> listener_;
    std::atomic<bool> polling_{false};
    unsigned schoolPolls_ = 0;  // GUI thread only
};

}  // namespace lectern
