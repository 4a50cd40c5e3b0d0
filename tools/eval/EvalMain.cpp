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

// The model card of design §6: what goes in and out, where the weights came
// from, and how well they did.
void writeModelCard(const std::filesystem::path& models, const std::filesystem::path& features,
                    const std::string& version, const QJsonObject& evaluation)
{
    QJsonObject corpus{{"builder", "tools/corpus/build_corpus.py"}, {"sources", "tools/corpus/manifest.json"}};
    QFile corpusSummary(QString::fromStdString((features / "corpus.json").string()));
    if (corpusSummary.open(QIODevice::ReadOnly)) {
        const QJsonObject summary = QJsonDocument::fromJson(corpusSummary.readAll()).object();
        corpus["seed"] = summary["seed"];
        corpus["clips_per_class"] = summary["counts"];
    }
    QJsonArray classes;
    for (std::string_view id : kResourceClasses) classes.append(QString::fromUtf8(id.data(), int(id.size())));
    const QJsonObject card{
        {"name", "Lectern five-class classifier"},
        {"version", QString::fromStdString(version)},
        {"classes", classes},
        {"models",
         QJsonObject{
             {"audio.pt",
              QJsonObject{{"input", "float32 [batch, 1, 64, 1000]: 10 s log-mel segments (design §5), bands x frames"},
                          {"output", "(embedding float32 [batch, 256], L2-normalised; class logits [batch, 5])"},
                          {"follows", "P1 eq. 1-4: 3x3 conv layers (16, 32, 64, 128), global max+average pooling, "
                                      "two dense layers; frames averaged in fours first"}}},
             {"text.pt",
              QJsonObject{{"input", "int64 [tokens]: core/classify/TextHashing ids of the annotation text "
                                    "(tags, folder name, file name)"},
                          {"output", "(feature float32 [1, 64], class logits [1, 5]); empty text is never passed "
                                     "(the app answers a flat distribution)"}}},
             {"fusion.pt",
              QJsonObject{{"input", "audio feature [1,256], audio probabilities [1,5], text feature [1,64], text "
                                    "probabilities [1,5], text confidence [1,1], has video [1,1], weighted: bool, "
                                    "use_video: bool"},
                          {"output", "class probabilities [1, 5]"},
                          {"follows", "P1 eq. 13-17 (mean of audio, text and joint softmaxes), with text-confidence "
                                      "weighting and the video flag"}}}}},
        {"corpus", corpus},
        {"training",
         QJsonArray{"tools/corpus/build.sh", "lectern-train audio FEATURES MODELS", "lectern-train text FEATURES MODELS",
                    "lectern-train fusion FEATURES MODELS", "lectern-eval FEATURES MODELS --card"}},
        {"evaluation", evaluation}};
    QFile file(QString::fromStdString((models / "model-card.json").string()));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) file.write(QJsonDocument(card).toJson());
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
    std::string version = "lectern-classifier-1";
    for (int i = 3; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--report" && i + 1 < argc) reportPath = argv[++i];
        else if (flag == "--card") writeCard = true;
        else if (flag == "--version" && i + 1 < argc) version = argv[++i];
    }
    try {
        torch::manual_seed(1);
        const auto train = readSplit(features / "train.lcf");
        const torch::Tensor trainHand = handFeatureRows(train);
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
            const torch::Tensor hand = handFeatureRows(clips);
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
        if (writeCard) writeModelCard(models, features, version, report);
    } catch (const std::exception& error) {
        std::cerr << "lectern-eval: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
