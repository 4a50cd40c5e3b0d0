#include "ui/library/FolderWatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QPointer>
#include <QThreadPool>

namespace lectern {
namespace {
// A tree this deep or wide is not watched below its root: operating systems
// limit the watches a program may hold (inotify's default is 8192).
constexpr int kMostWatchedFolders = 4000;
}  // namespace

FolderWatcher::FolderWatcher(QObject* parent) : QObject(parent)
{
    settle_.setSingleShot(true);
    settle_.setInterval(kSettleMs);
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::changed);
    connect(&settle_, &QTimer::timeout, this, [this] {
        const QStringList roots(changedRoots_.begin(), changedRoots_.end());
        changedRoots_.clear();
        // Folders made since are watched too.
        for (const QString& root : roots) addTree(root);
        if (!roots.isEmpty()) emit foldersChanged(roots);
    });
}

void FolderWatcher::watch(const QStringList& roots)
{
    ++generation_;
    if (!watcher_.directories().isEmpty()) watcher_.removePaths(watcher_.directories());
    roots_.clear();
    for (const QString& root : roots) {
        const QString clean = QDir::cleanPath(root);
        roots_ << clean;
        addTree(clean);
    }
}

void FolderWatcher::addTree(const QString& root)
{
    // Listing a teacher's media tree reads every folder in it: on a worker,
    // not on the GUI thread. A watch() meanwhile makes the answer stale.
    QPointer<FolderWatcher> self(this);
    const quint64 generation = generation_;
    QThreadPool::globalInstance()->start([self, root, generation] {
        QStringList folders;
        if (QFileInfo(root).isDir()) {
            folders << root;
            QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext() && folders.size() < kMostWatchedFolders) folders << it.next();
        } else if (QFileInfo(QFileInfo(root).absolutePath()).isDir()) {
            // A folder that is gone (an unplugged stick): its parent says when it returns.
            folders << QFileInfo(root).absolutePath();
        }
        QMetaObject::invokeMethod(self, [self, folders, generation] {
            if (!self || generation != self->generation_) return;
            const QStringList listed = self->watcher_.directories();
            QSet<QString> watched(listed.begin(), listed.end());
            QStringList fresh;
            for (const QString& folder : folders) {
                if (!watched.contains(folder)) fresh << folder;
                watched.insert(folder);
            }
            if (!fresh.isEmpty()) self->watcher_.addPaths(fresh);
        });
    });
}

void FolderWatcher::changed(const QString& path)
{
    const QString clean = QDir::cleanPath(path);
    for (const QString& root : roots_) {
        const bool inside = clean == root || clean.startsWith(root + QLatin1Char('/'));
        const bool parentOfRoot = QFileInfo(root).absolutePath() == clean;  // the root came back or went
        if (inside || parentOfRoot) changedRoots_.insert(root);
    }
    if (!changedRoots_.isEmpty()) settle_.start();
}

}  // namespace lectern
