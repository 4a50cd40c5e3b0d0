// The one facade between the widgets and the engine (design §2, §8): every
// call returns at once, the work runs on worker threads, and the answers
// come back as queued signals on the GUI thread.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <filesystem>
#include <memory>

#include "catalog/Item.h"
#include "catalog/Library.h"
#include "common/CancellationToken.h"
#include "pipeline/ImportProgress.h"
#include "ui/ItemDetailPanel.h"
#include "ui/LibraryTableModel.h"

Q_DECLARE_METATYPE(lectern::ImportProgress)
Q_DECLARE_METATYPE(lectern::ImportSummary)
Q_DECLARE_METATYPE(QVector<lectern::Item>)
Q_DECLARE_METATYPE(QVector<lectern::KeyframeThumbnail>)
Q_DECLARE_METATYPE(QVector<lectern::SearchMatch>)

namespace lectern {

struct SearchRequest;

class LibraryService : public QObject {
    Q_OBJECT

public:
    explicit LibraryService(QObject* parent = nullptr);
    ~LibraryService() override;

    // Opens for writing if no other Lectern holds the library, else read-only.
    // Returns a message for the user when the library could not be opened as asked.
    QString open(const std::filesystem::path& directory);
    bool isWritable() const;
    bool isImporting() const { return importing_; }
    QString libraryPath() const;

public slots:
    // Lists all items when the text is empty, else searches (words,
    // phrases and filters, issue 6). A newer request makes the answer of an
    // older one stale: it is not started, or dropped when it finishes.
    void requestItems(const QString& filterText);
    // Searches by an example clip: the same recording, then what sounds like it.
    void requestExampleSearch(const QString& mediaFile);
    void importPaths(const QStringList& paths);
    // The pictures of one item: spectrogram overview and keyframes.
    void requestDetails(qint64 itemId);
    // Finishes what an interrupted import left pending.
    void resumePendingImports();
    void cancelImport();
    // The teacher's class for an item ("auto" returns it to the model's).
    void setItemClass(qint64 itemId, const QString& resourceClass);

signals:
    void itemClassChanged(qint64 itemId);
    void itemClassFailed(const QString& message);
    // `matches` is empty for a plain listing; `notes` says what a search did
    // not understand or could not use.
    void itemsReady(const QVector<lectern::Item>& items, const QVector<lectern::SearchMatch>& matches,
                    const QString& notes);
    void itemsFailed(const QString& message);
    void detailsReady(qint64 itemId, const QString& spectrogramPath, const QVector<lectern::KeyframeThumbnail>& keyframes);
    void importStarted();
    void importProgress(const lectern::ImportProgress& progress);
    void importFinished(const lectern::ImportSummary& summary);
    void importFailed(const QString& message);

private:
    struct SearchSession;
    void startSearch(SearchRequest request);
    // Readies the vector index so that the first "sounds like" query need
    // not: after opening a library and after each import. The search engine
    // hands its index (if any) to another engine on the indexer thread,
    // which loads or builds it, or brings it up to date, and hands it back
    // (a first build takes minutes at 100k items); searches meanwhile
    // answer without it.
    void prepareSearch();
    // A vector index being built for the library that is closing stops.
    void stopIndexing();
    void reportFailure(const QString& message);

    std::shared_ptr<Library> library_;
    std::shared_ptr<SearchSession> search_;  // used only on the searcher thread
    QThreadPool searcher_;                   // one thread: the engine is not shared
    QThreadPool indexer_;                    // one thread: builds a vector index for the engine
    CancellationToken indexCancel_;
    std::atomic<bool> searchStale_{false};   // an import changed the catalog
    QThreadPool readers_;
    QThreadPool writer_;  // one thread: imports never overlap
    std::atomic<quint64> requestGeneration_{0};
    std::atomic<bool> importing_{false};
    CancellationToken importCancel_;
};

}  // namespace lectern
