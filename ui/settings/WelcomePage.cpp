#include "ui/settings/WelcomePage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lectern {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("<h2>Welcome to Lectern</h2>"), this);
    auto* text = new QLabel(tr("Lectern sorts your course audio and video into music, language learning, lectures, "
                               "film and TV drama, and audio books, and finds them again by words or by how they "
                               "sound. Start by importing the folders where your recordings are. Nothing is ever "
                               "moved or changed."),
                            this);
    text->setWordWrap(true);
    text->setFixedWidth(560);  // a wrapped label needs a width to know its height
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    const QList<QPair<QStandardPaths::StandardLocation, QString>> standard = {
        {QStandardPaths::MusicLocation, tr("Import Music")},
        {QStandardPaths::MoviesLocation, tr("Import Videos")},
        {QStandardPaths::DocumentsLocation, tr("Import Documents")}};
    for (const auto& [location, label] : standard) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (folder.isEmpty() || !QDir(folder).exists() || suggested_.contains(folder) ||
            folder == QDir::homePath()) {
            continue;
        }
        suggested_ << folder;
        auto* button = new QPushButton(QStringLiteral("%1  (%2)").arg(label, QDir::toNativeSeparators(folder)), this);
        button->setAccessibleName(label);
        button->setToolTip(tr("Import every audio and video file in %1").arg(QDir::toNativeSeparators(folder)));
        connect(button, &QPushButton::clicked, this, [this, folder] { emit importRequested({folder}); });
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    auto* choose = new QPushButton(tr("Import a &Folder…"), this);
    choose->setDefault(true);
    choose->setToolTip(tr("Choose a folder of recordings to import (Ctrl+I)"));
    connect(choose, &QPushButton::clicked, this, &WelcomePage::importFolderChosen);
    layout->addWidget(choose, 0, Qt::AlignHCenter);
    auto* other = new QLabel(tr("<a href=\"open\">Open another library…</a> · <a href=\"create\">Create a new library…</a>"),
                             this);
    connect(other, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("open")) emit openLibraryRequested();
        else emit createLibraryRequested();
    });
    layout->addWidget(other, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

}  // namespace lectern
