#include "ui/collections/ExportActions.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>

#include "export/FolderCopy.h"
#include "platform/LibraryLocation.h"
#include "ui/LibraryService.h"

namespace lectern {

ExportActions::ExportActions(LibraryService& service, QWidget* window)
    : QObject(window),
      service_(service),
      window_(window),
      chooseFile_([](QWidget* owner, const QString& suggested) {
          const QString folder = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
          return QFileDialog::getSaveFileName(owner, tr("Export"), QDir(folder).filePath(suggested),
                                              tr("Playlist (*.m3u8);;Table for a spreadsheet (*.csv)"));
      }),
      chooseFolder_([](QWidget* owner) { return QFileDialog::getExistingDirectory(owner, tr("Copy Files To")); })
{
    connect(&service_, &LibraryService::copyProgress, this, [this](int done, int total) {
        if (!progress_) return;
        progress_->setMaximum(total);
        progress_->setValue(done);
    });
    connect(&service_, &LibraryService::exportFinished, this, [this](bool ok, const QString& message) {
        if (progress_) progress_->close();
        emit finished(ok, message);
    });
}

void ExportActions::exportItems(const QVector<Item>& items, const QString& suggestedName)
{
    if (items.isEmpty()) return emit finished(false, tr("Nothing to export."));
    QString file = chooseFile_(window_, toQString(safeFileName(suggestedName.toStdString())) + QStringLiteral(".m3u8"));
    if (file.isEmpty()) return;
    const bool csv = file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!csv && !file.endsWith(QStringLiteral(".m3u8"), Qt::CaseInsensitive) &&
        !file.endsWith(QStringLiteral(".m3u"), Qt::CaseInsensitive)) {
        file += QStringLiteral(".m3u8");
    }
    service_.exportPlaylist(items, file, csv ? LibraryService::PlaylistFormat::Csv : LibraryService::PlaylistFormat::M3u8);
}

void ExportActions::copyItems(const QVector<Item>& items)
{
    if (items.isEmpty()) return emit finished(false, tr("Nothing to copy."));
    const QString folder = chooseFolder_(window_);
    if (folder.isEmpty()) return;
    if (!progress_) {
        progress_ = new QProgressDialog(tr("Copying files…"), tr("Cancel"), 0, static_cast<int>(items.size()), window_);
        progress_->setWindowTitle(tr("Copy Files"));
        progress_->setWindowModality(Qt::WindowModal);
        progress_->setMinimumDuration(500);
        progress_->setAutoClose(false);
        progress_->setAutoReset(false);
        connect(progress_, &QProgressDialog::canceled, &service_, &LibraryService::cancelCopy);
    }
    progress_->setValue(0);
    service_.copyFiles(items, folder);
}

}  // namespace lectern
