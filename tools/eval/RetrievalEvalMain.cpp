// lectern-eval-retrieval FEATURES MODELS [--split heldout] [--text-weight W] [--report FILE.json]:
// text-to-audio retrieval with the joint space (P3, DCASE task 6b
// definitions: each caption has one relevant clip; R@k = share of captions
// whose clip ranks in the first k; mAP@10 = mean of 1/rank within the first
// 10). Beside it, in the same run: FTS5 (bm25) over the clips' annotation
// text alone, and the reciprocal-rank fusion of both.

#include <torch/script.h>
#include <torch/torch.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <map>

#include "../ml/ChannelOutputs.h"
#include "../ml/CorpusFeatures.h"
#include "../ml/JointSpace.h"
#include "catalog/Database.h"
#include "classify/TextHashing.h"

using namespace lectern;
using namespace lectern::ml;

namespace {

struct RetrievalFigures {
    double r1 = 0, r5 = 0, r10 = 0, map10 = 0;
    int queries = 0;
    void add(long rank)  // 0-based; negative when the clip was not retrieved at all
    {
        ++queries;
        if (rank < 0) return;
        r1 += rank < 1;
        r5 += rank < 5;
        r10 += rank < 10;
        if (rank < 10) map10 += 1.0 / double(rank + 1);
    }
    QJsonObject finish()
    {
        const double n = std::max(1, queries);
        r1 /= n, r5 /= n, r10 /= n, map10 /= n;
        return {{"R@1", r1}, {"R@5", r5}, {"R@10", r10}, {"mAP@10", map10}, {"queries", queries}};
    }
};

// FTS5 over the annotation text: the caption's words OR-ed, ranked by bm25.
class AnnotationSearch {
public:
    explicit AnnotationSearch(const std::vector<ClipFeatures>& clips)
    {
        file_ = std::filesystem::temp_directory_path() / "lectern-retrieval-eval.sqlite";
        std::filesystem::remove(file_);
        auto opened = Database::open(file_, Database::Mode::ReadWrite);
        if (!opened) throw std::runtime_error(opened.error().message);
        db_ = std::move(*opened);
        db_->execute("CREATE VIRTUAL TABLE notes USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
        Statement insert = db_->prepare("INSERT INTO notes (rowid, text) VALUES (?1, ?2)");
        for (size_t i = 0; i < clips.size(); ++i) {
            insert.bind(1, static_cast<int64_t>(i)).bind(2, clips[i].text);
            insert.run();
            insert.reset();
        }
    }
    ~AnnotationSearch() { db_.reset(); std::filesystem::remove(file_); }

    // Clip indices, best first.
    std::vector<long> rank(const std::string& caption)
    {
        std::string query;
        for (const std::string& word : textWords(caption)) {
            if (word.size() < 3 || word == "0") continue;  // no stop words, no folded numbers
            if (!query.empty()) query += " OR ";
            query += '"' + word + '"';
        }
        std::vector<long> ranked;
        if (query.empty()) return ranked;
        Statement search = db_->prepare("SELECT rowid FROM notes WHERE notes MATCH ?1 ORDER BY bm25(notes) LIMIT 100");
        search.bind(1, query);
        while (search.step()) ranked.push_back(static_cast<long>(search.integer(0)));
        return ranked;
    }

private:
    std::filesystem::path file_;
    std::unique_ptr<Database> db_;
};

long positionOf(const std::vector<long>& ranked, long clip)
{
    const auto it = std::find(ranked.begin(), ranked.end(), clip);
    return it == ranked.end() ? -1 : static_cast<long>(it - ranked.begin());
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: lectern-eval-retrieval FEATURES_DIR MODELS_DIR [--split heldout] [--text-weight W] [--report FILE.json]\n";
        return 2;
    }
    const std::filesystem::path features = argv[1], models = argv[2];
    std::string split = "heldout", reportPath;
    double textWeight = 0.03;  // the best of 0.03, 0.1, 0.25 on the validation split
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--split") split = argv[i + 1];
        else if (flag == "--report") reportPath = argv[i + 1];
        else if (flag == "--text-weight") textWeight = std::stod(argv[i + 1]);
    }
    try {
        const auto clips = readSplit(features / (split + ".lcf"));
        torch::jit::Module audioSide = torch::jit::load((models / "joint-audio.pt").string());
        torch::jit::Module textSide = torch::jit::load((models / "joint-text.pt").string());
        c10::InferenceMode inference;
        const torch::Tensor inputs = jointAudioInputs(clips, models);
        const torch::Tensor audio = audioSide.forward({inputs}).toTensor();
        AnnotationSearch annotations(clips);
        RetrievalFigures semantic, text, fused;
        for (size_t clip = 0; clip < clips.size(); ++clip) {
            for (const std::string& caption : clips[clip].captions) {
                const auto ids = hashedTextTokens(caption);
                std::vector<long> bySound;
                if (!ids.empty()) {
                    const torch::Tensor query = textSide.forward({torch::tensor(ids)}).toTensor();
                    const torch::Tensor order = torch::matmul(audio, query.t()).squeeze(1).argsort(0, true);
                    bySound.assign(order.data_ptr<long>(), order.data_ptr<long>() + order.numel());
                }
                const std::vector<long> byText = annotations.rank(caption);
                // Reciprocal rank fusion (k = 60), annotation hits weighted: a
                // caption describes the sound, a title rarely does.
                std::map<long, double> scores;
                for (size_t r = 0; r < bySound.size(); ++r) scores[bySound[r]] += 1.0 / (60.0 + double(r + 1));
                for (size_t r = 0; r < byText.size(); ++r) scores[byText[r]] += textWeight / (60.0 + double(r + 1));
                std::vector<std::pair<double, long>> ordered;
                for (const auto& [index, score] : scores) ordered.push_back({-score, index});
                std::sort(ordered.begin(), ordered.end());
                std::vector<long> byBoth;
                for (const auto& entry : ordered) byBoth.push_back(entry.second);
                const long target = static_cast<long>(clip);
                semantic.add(positionOf(bySound, target));
                text.add(positionOf(byText, target));
                fused.add(positionOf(byBoth, target));
            }
        }
        const QJsonObject report{{"split", QString::fromStdString(split)},
                                 {"clips", static_cast<int>(clips.size())},
                                 {"joint space (text to audio)", semantic.finish()},
                                 {"FTS5 over annotation text", text.finish()},
                                 {"fusion (reciprocal rank)", fused.finish()}};
        std::printf("%s split: %zu clips, %d caption queries\n", split.c_str(), clips.size(), semantic.queries);
        std::printf("| method | R@1 | R@5 | R@10 | mAP@10 |\n|---|---|---|---|---|\n");
        for (const char* method : {"joint space (text to audio)", "FTS5 over annotation text", "fusion (reciprocal rank)"}) {
            const QJsonObject row = report[method].toObject();
            std::printf("| %s | %.3f | %.3f | %.3f | %.3f |\n", method, row["R@1"].toDouble(), row["R@5"].toDouble(),
                        row["R@10"].toDouble(), row["mAP@10"].toDouble());
        }
        if (!reportPath.empty()) {
            QFile file(QString::fromStdString(reportPath));
            if (file.open(QIODevice::WriteOnly)) file.write(QJsonDocument(report).toJson());
        }
    } catch (const std::exception& error) {
        std::cerr << "lectern-eval-retrieval: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
