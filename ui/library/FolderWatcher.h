// Watches the imported folders (each can be switched off) and, a moment
// after files appear, change or go, asks for that folder to be imported
// again: new files are analysed, changed ones again, and vanished ones are
// marked missing, not removed, so an unplugged USB stick empties nothing.
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace lectern {

class FolderWatcher : public QObject {
    Q_OBJECT

public:
    // Changes this close together are one re-import.
    static constexpr int kSettleMs = 2000;

    explicit FolderWatcher(QObject* parent = nullptr);

    // The roots to watch; their sub-folders are watched too.
    void watch(const QStringList& roots);
    QStringList roots() const { return roots_; }
    // The folders watched so far (their listing arrives from a worker).
    QStringList watchedFolders() const { return watcher_.directories(); }
    void setSettleMs(int ms) { settle_.setInterval(ms); }

signals:
    void foldersChanged(const QStringList& roots);

private:
    void changed(const QString& path);
    void addTree(const QString& root);

    QFileSystemWatcher watcher_;
    QStringList roots_;
    QSet<QString> changedRoots_;
    QTimer settle_;
    quint64 generation_ = 0;  // of watch(): folder listings for earlier roots are dropped
};

}  // namespace lectern
