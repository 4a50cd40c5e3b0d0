#include "Metrics.h"

namespace lectern::ml {

ClassificationReport evaluate(const std::vector<int>& truth, const std::vector<int>& predicted)
{
    ClassificationReport report;
    int correct = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        report.confusion[static_cast<size_t>(truth[i])][static_cast<size_t>(predicted[i])]++;
        correct += truth[i] == predicted[i];
    }
    report.accuracy = truth.empty() ? 0.0 : double(correct) / double(truth.size());
    for (size_t c = 0; c < 5; ++c) {
        int truePositives = report.confusion[c][c], predictedAs = 0, actually = 0;
        for (size_t k = 0; k < 5; ++k) {
            predictedAs += report.confusion[k][c];
            actually += report.confusion[c][k];
        }
        const double precision = predictedAs ? double(truePositives) / predictedAs : 0.0;
        const double recall = actually ? double(truePositives) / actually : 0.0;
        report.f1[c] = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        report.macroPrecision += precision / 5;
        report.macroRecall += recall / 5;
        report.macroF1 += report.f1[c] / 5;
    }
    return report;
}

}  // namespace lectern::ml
