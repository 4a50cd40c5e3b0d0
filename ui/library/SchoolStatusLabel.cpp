#include "ui/library/SchoolStatusLabel.h"

#include <QLocale>

namespace lectern {

SchoolStatusLabel::SchoolStatusLabel(QWidget* parent) : QLabel(parent)
{
    setToolTip(tr("The analysis of the school library by all its computers (lectern-cli work)"));
    hide();  // until a school library reports
}

QString SchoolStatusLabel::describe(const AnalysisProgress& progress)
{
    const QLocale locale;
    if (progress.pending == 0) {
        return tr("School library: %1 analysed").arg(locale.toString(static_cast<qlonglong>(progress.analyzed)));
    }
    QString text = tr("School library: %1 analysed, %2 waiting")
                       .arg(locale.toString(static_cast<qlonglong>(progress.analyzed)),
                            locale.toString(static_cast<qlonglong>(progress.pending)));
    if (progress.workers > 0) text += QStringLiteral(" · ") + tr("%Ln computer(s) analysing", nullptr, progress.workers);
    return text;
}

void SchoolStatusLabel::showProgress(const AnalysisProgress& progress)
{
    setText(describe(progress));
    show();
}

}  // namespace lectern
