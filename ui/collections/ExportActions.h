// Taking items out of Lectern: a collection or the current results as an
// M3U8 playlist or a CSV table, or their files copied to a folder (with
// progress and Cancel). The file and folder choosers are replaceable so that
// tests need no dialog.
#pragma once

#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

#include "catalog/Item.h"

class QProgressDialog;
class QWidget;

namespace lectern {

class LibraryService;

class ExportActions : public QObject {
    Q_OBJECT

public:
    // Returns the chosen file ("" when cancelled); the second argument is a suggested name.
    using FileChooser = std::function<QString(QWidget*, const QString&)>;
    using FolderChooser = std::function<QString(QWidget*)>;

    ExportActions(LibraryService& service, QWidget* window);

    void setFileChooser(FileChooser chooser) { chooseFile_ = std::move(chooser); }
    void setFolderChooser(FolderChooser chooser) { chooseFolder_ = std::move(chooser); }

    // Asks where, then writes M3U8 or CSV by the file's extension.
    void exportItems(const QVector<Item>& items, const QString& suggestedName);
    void copyItems(const QVector<Item>& items);

signals:
    void finished(bool ok, const QString& message);

private:
    LibraryService& service_;
    QWidget* window_;
    FileChooser chooseFile_;
    FolderChooser chooseFolder_;
    QPointer<QProgressDialog> progress_;
};

}  // namespace lectern
