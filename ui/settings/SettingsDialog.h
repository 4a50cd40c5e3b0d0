// Preferences: the library (open, create, recent), analysis workers, the
// models folder (checked before it is kept), auto-preview, the language of
// the window, the spectrogram's colours, and which imported folders are
// watched for changes.
#pragma once

#include <QDialog>
#include <QVector>

#include "catalog/ImportedFolders.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace lectern {

class LibraryService;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `folders`: the library's imported folders, whose watching the dialog switches.
    SettingsDialog(LibraryService& service, const QVector<ImportedFolder>& folders, QWidget* parent = nullptr);

    QSpinBox* workersBox() const { return workers_; }
    QCheckBox* autoPreviewBox() const { return autoPreview_; }
    QLineEdit* modelsBox() const { return models_; }
    QComboBox* languageBox() const { return language_; }
    QComboBox* coloursBox() const { return colours_; }
    QListWidget* watchedList() const { return watched_; }
    QPlainTextEdit* mediaRootsBox() const { return mediaRoots_; }

    // Checks the models folder (on a worker), then saves and closes, or says why not.
    void accept() override;

signals:
    void openLibraryRequested(const QString& folder);
    void createLibraryRequested();
    void chooseLibraryRequested();
    void settingsSaved();

private:
    void save();

    LibraryService& service_;
    QSpinBox* workers_;
    QCheckBox* autoPreview_;
    QLineEdit* models_;
    QLabel* modelsProblem_;
    QComboBox* language_;
    QComboBox* colours_;
    QListWidget* watched_;
    QPlainTextEdit* mediaRoots_ = nullptr;  // a school library's only
    QLabel* mediaRootsProblem_ = nullptr;
    QComboBox* recent_;
    QVector<ImportedFolder> folders_;
};

}  // namespace lectern
