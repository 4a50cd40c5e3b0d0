#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "platform/LibraryLocation.h"
#include "ui/LibraryService.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/UiLanguage.h"

namespace lectern {

SettingsDialog::SettingsDialog(LibraryService& service, const QVector<ImportedFolder>& folders, QWidget* parent)
    : QDialog(parent),
      service_(service),
      workers_(new QSpinBox(this)),
      autoPreview_(new QCheckBox(tr("Play a result as soon as it is selected"), this)),
      models_(new QLineEdit(this)),
      modelsProblem_(new QLabel(this)),
      language_(new QComboBox(this)),
      colours_(new QComboBox(this)),
      watched_(new QListWidget(this)),
      recent_(new QComboBox(this)),
      folders_(folders)
{
    setWindowTitle(tr("Lectern Settings"));

    auto* libraryRow = new QHBoxLayout;
    recent_->addItems(settings::recentLibraries());
    recent_->setAccessibleName(tr("Recent libraries"));
    recent_->setToolTip(tr("Libraries opened before"));
    auto* openRecent = new QPushButton(tr("&Open"), this);
    openRecent->setToolTip(tr("Open the library chosen on the left"));
    connect(openRecent, &QPushButton::clicked, this, [this] {
        if (!recent_->currentText().isEmpty()) emit openLibraryRequested(recent_->currentText());
    });
    auto* other = new QPushButton(tr("Open &Other…"), this);
    connect(other, &QPushButton::clicked, this, &SettingsDialog::chooseLibraryRequested);
    auto* create = new QPushButton(tr("&New…"), this);
    create->setToolTip(tr("Create an empty library in a folder"));
    connect(create, &QPushButton::clicked, this, &SettingsDialog::createLibraryRequested);
    libraryRow->addWidget(recent_, 1);
    libraryRow->addWidget(openRecent);
    libraryRow->addWidget(other);
    libraryRow->addWidget(create);

    workers_->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    workers_->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    workers_->setValue(settings::analysisWorkers());
    workers_->setAccessibleName(tr("Analysis workers"));
    workers_->setToolTip(tr("How many files are analysed at once during an import"));
    autoPreview_->setChecked(settings::autoPreview());

    models_->setText(settings::modelsFolder());
    models_->setPlaceholderText(tr("The models that come with Lectern"));
    models_->setAccessibleName(tr("Models folder"));
    models_->setToolTip(tr("A folder of TorchScript models with the same interface; used from the next start"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Models Folder"), models_->text());
        if (!folder.isEmpty()) models_->setText(folder);
    });
    auto* modelsRow = new QHBoxLayout;
    modelsRow->addWidget(models_, 1);
    modelsRow->addWidget(browse);
    modelsProblem_->setWordWrap(true);
    modelsProblem_->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    modelsProblem_->hide();

    language_->addItem(tr("As the system"), QString());
    for (const UiLanguage& language : uiLanguages()) language_->addItem(language.nativeName, language.code);
    language_->setCurrentIndex(std::max(0, language_->findData(settings::uiLanguage())));
    language_->setAccessibleName(tr("Language of the window"));
    language_->setToolTip(tr("Takes effect at the next start"));

    colours_->addItem(tr("Viridis (colour)"), static_cast<int>(settings::ColourMap::Viridis));
    colours_->addItem(tr("Grey"), static_cast<int>(settings::ColourMap::Grey));
    colours_->addItem(tr("Grey, inverted (for printing)"), static_cast<int>(settings::ColourMap::InvertedGrey));
    colours_->setCurrentIndex(std::max(0, colours_->findData(static_cast<int>(settings::spectrogramColours()))));
    colours_->setAccessibleName(tr("Spectrogram colours"));

    for (const ImportedFolder& folder : folders_) {
        auto* row = new QListWidgetItem(QDir::toNativeSeparators(toQString(folder.path)), watched_);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(folder.watched ? Qt::Checked : Qt::Unchecked);
    }
    watched_->setAccessibleName(tr("Watched folders"));
    watched_->setToolTip(tr("Ticked folders are watched: new, changed and removed files are picked up"));
    watched_->setMaximumHeight(120);

    auto* form = new QFormLayout;
    form->addRow(tr("Library:"), libraryRow);
    form->addRow(tr("Analysis &workers:"), workers_);
    // A row of a field and a button: the label's shortcut goes to the field.
    auto* modelsLabel = new QLabel(tr("&Models folder:"), this);
    modelsLabel->setBuddy(models_);
    form->addRow(modelsLabel, modelsRow);
    form->addRow(QString(), modelsProblem_);
    form->addRow(tr("Preview:"), autoPreview_);
    form->addRow(tr("&Language:"), language_);
    form->addRow(tr("Spectrogram &colours:"), colours_);
    form->addRow(tr("Watched &folders:"), watched_);
    if (service_.isSchoolLibrary()) {
        mediaRoots_ = new QPlainTextEdit(service_.mediaRootsText(), this);
        mediaRoots_->setPlaceholderText(QStringLiteral("media=/mnt/media"));
        mediaRoots_->setAccessibleName(tr("Media roots"));
        mediaRoots_->setToolTip(tr("Where this computer mounts the school library's shared folders, a NAME=PATH line "
                                   "each; used from the next start"));
        mediaRoots_->setMaximumHeight(80);
        mediaRootsProblem_ = new QLabel(this);
        mediaRootsProblem_->setWordWrap(true);
        mediaRootsProblem_->hide();
        form->addRow(tr("Media &roots:"), mediaRoots_);
        form->addRow(QString(), mediaRootsProblem_);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(&service_, &LibraryService::modelsChecked, this, [this](const QString& folder, const QString& problem) {
        if (folder != models_->text().trimmed()) return;  // an older check
        if (!problem.isEmpty()) {
            modelsProblem_->setText(tr("These models cannot be used: %1").arg(problem));
            modelsProblem_->show();
            return;
        }
        save();
        QDialog::accept();
    });
}

void SettingsDialog::accept()
{
    modelsProblem_->hide();
    if (mediaRoots_) {
        const QString problem = service_.saveMediaRoots(mediaRoots_->toPlainText());
        mediaRootsProblem_->setText(problem);
        mediaRootsProblem_->setVisible(!problem.isEmpty());
        if (!problem.isEmpty()) return;
    }
    const QString folder = models_->text().trimmed();
    if (folder.isEmpty() || folder == settings::modelsFolder()) {
        save();
        QDialog::accept();
        return;
    }
    service_.checkModels(folder);
}

void SettingsDialog::save()
{
    settings::setAnalysisWorkers(workers_->value());
    settings::setAutoPreview(autoPreview_->isChecked());
    settings::setModelsFolder(models_->text().trimmed());
    settings::setUiLanguage(language_->currentData().toString());
    settings::setSpectrogramColours(static_cast<settings::ColourMap>(colours_->currentData().toInt()));
    for (int row = 0; row < watched_->count() && row < folders_.size(); ++row) {
        const bool watched = watched_->item(row)->checkState() == Qt::Checked;
        if (watched != folders_[row].watched) service_.setFolderWatched(toQString(folders_[row].path), watched);
    }
    emit settingsSaved();
}

}  // namespace lectern
