// What a teacher sees in an empty library: how to begin, with one button per
// standard folder that exists (Music, Videos, Documents) to import it, and
// the ways to open or create another library.
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace lectern {

class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    // The standard folders offered for import, in the order shown.
    QStringList suggestedFolders() const { return suggested_; }

signals:
    void importRequested(const QStringList& folders);
    void importFolderChosen();  // "Choose a folder…"
    void openLibraryRequested();
    void createLibraryRequested();

private:
    QStringList suggested_;
};

}  // namespace lectern
