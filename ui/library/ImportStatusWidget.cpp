#include "ui/library/ImportStatusWidget.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include "platform/LibraryLocation.h"
#include "ui/common/Formatting.h"

namespace lectern {

ImportStatusWidget::ImportStatusWidget(QWidget* parent)
    : QWidget(parent), label_(new QLabel(this)), bar_(new QProgressBar(this)), cancel_(new QPushButton(tr("Cancel"), this))
{
    bar_->setMaximumWidth(220);
    bar_->setTextVisible(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        cancel_->setEnabled(false);
        label_->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    hide();
}

void ImportStatusWidget::showStarted()
{
    label_->setText(tr("Looking for media…"));
    bar_->setRange(0, 0);  // busy until the total is known
    cancel_->setEnabled(true);
    show();
}

void ImportStatusWidget::showProgress(const ImportProgress& progress)
{
    if (progress.phase == ImportProgress::Phase::Scanning) return;
    bar_->setRange(0, 1000);
    const double fraction = progress.bytesTotal > 0
                                ? static_cast<double>(progress.bytesDone) / static_cast<double>(progress.bytesTotal)
                                : 1.0;
    bar_->setValue(static_cast<int>(fraction * 1000));
    bar_->setFormat(tr("%1 of %2 files").arg(progress.filesDone).arg(progress.filesTotal));
    if (cancel_->isEnabled()) {
        const QString left = progress.secondsLeft >= 0 ? tr(", %1 left").arg(formatDuration(progress.secondsLeft))
                                                       : QString();
        label_->setText(tr("Importing %1%2").arg(QFileInfo(toQString(progress.currentFile)).fileName(), left));
    }
}

void ImportStatusWidget::showFinished() { hide(); }

}  // namespace lectern
