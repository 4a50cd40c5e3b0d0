// The status bar's word on a school library's analysis (issue 28): how much
// of the whole school's archive is analysed, what waits, and how many
// computers are analysing it now, whoever started the work.
#pragma once

#include <QLabel>

#include "catalog/AnalysisLeases.h"

namespace lectern {

class SchoolStatusLabel : public QLabel {
    Q_OBJECT

public:
    explicit SchoolStatusLabel(QWidget* parent = nullptr);
    void showProgress(const AnalysisProgress& progress);

    // The words for a state of the school's analysis.
    static QString describe(const AnalysisProgress& progress);
};

}  // namespace lectern
