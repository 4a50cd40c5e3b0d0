// lectern-eval FEATURES MODELS [--report FILE.json] [--card]: the classifier's
// evaluation in the layout of P1 Tables 1 and 2 on the test and the
// held-out-source splits: audio only, text only, the fusion variants, and two
// classical baselines (logistic regression and a linear SVM on hand-made
// features) trained on the same training split in the same run. --card writes
// the table into MODELS/model-card.json.

#include <torch/script.h>
#include <torch/torch.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#include "../ml/ChannelOutputs.h"
#include "../ml/CorpusFeatures.h"
#include "../ml/HandFeatures.h"
#include "../ml/Metrics.h"
#include "catalog/ResourceClass.h"

using namespace lectern;
using namespace lectern::ml;

namespace {

struct Row {
    std::string method;
    ClassificationReport report;
};

std::vector<int> predictedClasses(const torch::Tensor& scores)
{
    const torch::Tensor best = scores.argmax(1).contiguous();
    return {best.data_ptr<long>(), best.data_ptr<long>() + best.numel()};
}

std::vector<int> labelsOf(const std::vector<ClipFeatures>& clips)
{
    std::vector<int> labels;
    for (const auto& clip : clips) labels.push_back(clip.label);
    return labels;
}

torch::Tensor handFeatureMatrix(const std::vector<ClipFeatures>& clips)
{
    std::vector<torch::Tensor> rows;
    for (const auto& clip : clips) rows.push_back(torch::tensor(handFeatures(clip)));
    return torch::stack(rows);
}

// A linear classifier on standardised features: softmax regression or a
// multi-class linear SVM (Crammer–Singer hinge loss), both with L2.
struct LinearBaseline {
    torch::Tensor mean, spread, weight, bias;
    void fit(const torch::Tensor& x, const torch::Tensor& y, bool svm)
    {
        mean = x.mean(0);
        spread = x.std(0).clamp_min(1e-6);
        const torch::Tensor z = (x - mean) / spread;
        weight = torch::zeros({x.size(1), 5}, torch::requires_grad());
        bias = torch::zeros({5}, torch::requires_grad());
        torch::optim::Adam optimizer({weight, bias}, 0.05);
        for (int step = 0; step < 600; ++step) {
            optimizer.zero_grad();
            const torch::Tensor scores = torch::matmul(z, weight) + bias;
            torch::Tensor loss = svm ? torch::multi_margin_loss(scores, y) : torch::cross_entropy_loss(scores, y);
            loss = loss + 1e-3 * weight.pow(2).sum();
            loss.backward();
            optimizer.step();
        }
    }
    torch::Tensor scores(const torch::Tensor& x) const
    {
        torch::NoGradGuard noGrad;
        return torch::matmul((x - mean) / spread, weight) + bias;
    }
};

void printTable(const std::string& title, const std::vector<Row>& rows)
{
    std::printf("\n%s\n", title.c_str());
    std::printf("| method | accuracy | macro P | macro R | macro F1 | music | language | lecture | drama | audiobook |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        const auto& r = row.report;
        std::printf("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", row.method.c_str(),
                    r.accuracy, r.macroPrecision, r.macroRecall, r.macroF1, r.f1[0], r.f1[1], r.f1[2], r.f1[3],
                    r.f1[4]);
    }
}

QJsonArray toJson(const std::vector<Row>& rows)
{
    QJsonArray array;
    for (const Row& row : rows) {
        QJsonObject perClass;
        for (size_t c = 0; c < 5; ++c) {
            perClass[QString::fromStdString(std::string(kResourceClasses[c]))] = row.report.f1[c];
        }
        QJsonArray confusion;
        for (const auto& line : row.report.confusion) {
            QJsonArray cells;
            for (int cell : line) cells.append(cell);
            confusion.append(cells);
        }
        array.append(QJsonObject{{"method", QString::fromStdString(row.method)},
                                 {"accuracy", row.report.accuracy},
                                 {"macro_precision", row.report.macroPrecision},
                                 {"macro_recall", row.report.macroRecall},
                                 {"macro_f1", row.report.macroF1},
                                 {"f1", perClass},
                                 {"confusion", confusion}});
    }
    return array;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: lectern-eval FEATURES_DIR MODELS_DIR [--report FILE.json] [--card]\n";
        return 2;
    }
    const std::filesystem::path features = argv[1], models = argv[2];
    std::string reportPath;
    bool writeCard = false;
    for (int i = 3; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--report" && i + 1 < argc) reportPath = argv[++i];
        else if (flag == "--card") writeCard = true;
    }
    try {
        torch::manual_seed(1);
        const auto train = readSplit(features / "train.lcf");
        const torch::Tensor trainHand = handFeatureMatrix(train);
        const std::vector<int> labels = labelsOf(train);
        const torch::Tensor trainLabels = torch::tensor(std::vector<long>(labels.begin(), labels.end()));
        LinearBaseline logistic, svm;
        logistic.fit(trainHand, trainLabels, false);
        svm.fit(trainHand, trainLabels, true);
        torch::jit::Module fusion = torch::jit::load((models / "fusion.pt").string());
        QJsonObject report;
        for (const std::string split : {"test", "heldout"}) {
            const auto clips = readSplit(features / (split + ".lcf"));
            const std::vector<int> truth = labelsOf(clips);
            const ChannelOutputs out = channelOutputs(clips, models);
            const torch::Tensor hand = handFeatureMatrix(clips);
            auto fused = [&](bool weighted, bool useVideo) {
                c10::InferenceMode inference;
                return predictedClasses(fusion
                                  .forward({out.audioFeatures, out.audioProbs, out.textFeatures, out.textProbs,
                                            out.textConfidence, out.hasVideo, weighted, useVideo})
                                  .toTensor());
            };
            std::vector<Row> rows = {
                {"baseline: logistic regression, hand-made audio features", evaluate(truth, predictedClasses(logistic.scores(hand)))},
                {"baseline: linear SVM, hand-made audio features", evaluate(truth, predictedClasses(svm.scores(hand)))},
                {"audio only (CNN)", evaluate(truth, predictedClasses(out.audioProbs))},
                {"text only (hashed n-grams)", evaluate(truth, predictedClasses(out.textProbs))},
                {"fusion: plain average (P1 eq. 17)", evaluate(truth, fused(false, false))},
                {"fusion: + text confidence weighting", evaluate(truth, fused(true, false))},
                {"fusion: + video flag in the joint head", evaluate(truth, fused(false, true))},
                {"fusion: both (shipped)", evaluate(truth, fused(true, true))},
            };
            double seconds = 0;
            for (const auto& clip : clips) seconds += double(clip.frameCount()) / 100.0;
            const double realTime = seconds / double(clips.size()) / out.audioSecondsPerClip;
            printTable(split + " split (" + std::to_string(clips.size()) + " clips)", rows);
            std::printf("audio channel inference: %.0fx real time (%.1f ms per clip, one process)\n", realTime,
                        out.audioSecondsPerClip * 1000);
            report[QString::fromStdString(split)] =
                QJsonObject{{"clips", static_cast<int>(clips.size())}, {"rows", toJson(rows)},
                            {"audio_inference_x_real_time", realTime}};
        }
        const QByteArray json = QJsonDocument(report).toJson();
        if (!reportPath.empty()) {
            QFile file(QString::fromStdString(reportPath));
            if (file.open(QIODevice::WriteOnly)) file.write(json);
        }
        if (writeCard) {
            QFile card(QString::fromStdString((models / "model-card.json").string()));
            QJsonObject object;
            if (card.open(QIODevice::ReadOnly)) object = QJsonDocument::fromJson(card.readAll()).object();
            card.close();
            object["evaluation"] = report;
            if (card.open(QIODevice::WriteOnly | QIODevice::Truncate)) card.write(QJsonDocument(object).toJson());
        }
    } catch (const std::exception& error) {
        std::cerr << "lectern-eval: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
