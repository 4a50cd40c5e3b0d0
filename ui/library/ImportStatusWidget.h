// The status-bar part of an import: what is happening, a progress bar and Cancel.
#pragma once

#include <QWidget>

#include "pipeline/ImportProgress.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace lectern {

class ImportStatusWidget : public QWidget {
    Q_OBJECT

public:
    explicit ImportStatusWidget(QWidget* parent = nullptr);

    void showStarted();
    void showProgress(const ImportProgress& progress);
    void showFinished();

signals:
    void cancelRequested();

private:
    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancel_;
};

}  // namespace lectern
