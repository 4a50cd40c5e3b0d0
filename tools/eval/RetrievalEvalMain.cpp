// lectern-eval-retrieval FEATURES MODELS [--split heldout] [--text-weight W] [--report FILE.json]
//                        [--bank N [--bank-temperature T]]:
// text-to-audio retrieval with the joint space (P3, DCASE task 6b
// definitions: each caption has one relevant clip; R@k = share of captions
// whose clip ranks in the first k; mAP@10 = mean of 1/rank within the first
// 10). Two semantic rankings, each where its models are in MODELS: the
// joint space (joint-audio.pt, joint-text.pt) and the text-query model
// (text-query.pt, against segment embeddings as the app's index holds
// them). Beside them, in the same run: FTS5 (bm25) over the clips'
// annotation text alone, and the reciprocal-rank fusion of each with it.
// --bank N ranks the text-query model's clips after normalising them by N
// training captions (QB-Norm); measured and not taken into the app.

#include <torch/script.h>
#include <torch/torch.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <map>
#include <random>

#include <unistd.h>

#include "../ml/ChannelOutputs.h"
#include "../ml/CorpusFeatures.h"
#include "../ml/JointSpace.h"
#include "../ml/SegmentEmbeddings.h"
#include "catalog/Database.h"
#include "catalog/ResourceClass.h"
#include "classify/ClassifierModels.h"
#include "classify/SoundProfile.h"
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
        // One file per process: two evaluations may run side by side.
        file_ = std::filesystem::temp_directory_path() /
                ("lectern-retrieval-eval-" + std::to_string(::getpid()) + ".sqlite");
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

// Reciprocal rank fusion (k = 60), annotation hits weighted: a caption
// describes the sound, a title rarely does.
std::vector<long> fusedRanking(const std::vector<long>& bySound, const std::vector<long>& byText, double textWeight)
{
    std::map<long, double> scores;
    for (size_t r = 0; r < bySound.size(); ++r) scores[bySound[r]] += 1.0 / (60.0 + double(r + 1));
    for (size_t r = 0; r < byText.size(); ++r) scores[byText[r]] += textWeight / (60.0 + double(r + 1));
    std::vector<std::pair<double, long>> ordered;
    for (const auto& [index, score] : scores) ordered.push_back({-score, index});
    std::sort(ordered.begin(), ordered.end());
    std::vector<long> fused;
    for (const auto& entry : ordered) fused.push_back(entry.second);
    return fused;
}

// Clips ranked for a caption by a learned text side, best first.
class SemanticRanking {
public:
    virtual ~SemanticRanking() = default;
    virtual std::string name() const = 0;
    virtual std::vector<long> rank(const std::string& caption) = 0;

protected:
    static std::vector<long> descending(const torch::Tensor& scores)
    {
        const torch::Tensor order = scores.argsort(0, true).contiguous();
        return {order.data_ptr<long>(), order.data_ptr<long>() + order.numel()};
    }
};

// The joint space of JointSpace.h: its own audio head over clip features.
class JointRanking : public SemanticRanking {
public:
    JointRanking(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models)
        : text_(torch::jit::load((models / "joint-text.pt").string()))
    {
        torch::jit::Module audioSide = torch::jit::load((models / "joint-audio.pt").string());
        audio_ = audioSide.forward({jointAudioInputs(clips, models)}).toTensor();
    }
    std::string name() const override { return "joint space (text to clip features)"; }
    std::vector<long> rank(const std::string& caption) override
    {
        const auto ids = hashedTextTokens(caption);
        if (ids.empty()) return {};
        const torch::Tensor query = text_.forward({torch::tensor(ids)}).toTensor();
        return descending(torch::matmul(audio_, query.t()).squeeze(1));
    }

private:
    torch::jit::Module text_;
    torch::Tensor audio_;
};

// The app computes the item part without libtorch (core/index/SearchSpace):
// says how far its offsets are from the model file's, for the inputs the
// catalog holds (the mean embedding, the profile, the descriptors where the
// model reads them).
void checkAppItemPart(torch::jit::Module& textQuery, const std::filesystem::path& file, const torch::Tensor& items)
{
    const torch::Tensor offsets = textQuery.get_method("item_vector")({items}).toTensor();
    const auto loaded = loadTextQueryModel(file);
    const TextQueryModel& model = *loaded;
    const SearchSpace space(model.audioCentre(), model.audioProjection(), model.itemPart());
    const auto embeddingSize = static_cast<long>(model.audioCentre().size());
    double largest = 0;
    for (long row = 0; row < items.size(0); ++row) {
        const torch::Tensor features = items[row].contiguous();
        const std::span<const float> all(features.data_ptr<float>(), static_cast<size_t>(features.numel()));
        const std::span<const float> profile = all.subspan(embeddingSize, kSoundProfileSize);
        const std::vector<float> offset = space.itemOffset(all.first(embeddingSize), profile,
                                                           all.subspan(embeddingSize + kSoundProfileSize));
        if (offset.size() != static_cast<size_t>(offsets.size(1))) throw std::runtime_error("the app leaves the item part out");
        largest = std::max(largest, (torch::tensor(offset) - offsets[row]).abs().max().item<double>());
    }
    std::printf("item part: the app's offsets differ from the model file's by at most %.2g\n", largest);
}

// The text-query model against the centred segment embeddings, a clip
// scoring its best segment: what the app's search does.
class SegmentRanking : public SemanticRanking {
public:
    SegmentRanking(const std::vector<ClipFeatures>& clips, const std::filesystem::path& models)
        : text_(torch::jit::load((models / "text-query.pt").string())), clipCount_(static_cast<long>(clips.size()))
    {
        const SegmentRows rows = segmentEmbeddings(clips, models);
        segments_ = searchSpaceRows(text_, rows, clips);
        if (const torch::Tensor items = itemPartInputsOf(text_, rows, clips); items.defined()) {
            checkAppItemPart(text_, models / "text-query.pt", items);
        }
        clipOfRow_ = torch::tensor(std::vector<long>(rows.clip.begin(), rows.clip.end()));
    }
    std::string name() const override { return "text-query model (text to segments, best per clip)"; }
    std::vector<long> rank(const std::string& caption) override
    {
        const auto ids = hashedTextTokens(caption);
        if (ids.empty()) return {};
        const torch::Tensor query = text_.forward({torch::tensor(ids)}).toTensor();
        const torch::Tensor rowScores = torch::matmul(segments_, query.t()).squeeze(1);
        const torch::Tensor clipScores =
            torch::full({clipCount_}, -2.0f).scatter_reduce(0, clipOfRow_, rowScores, "amax");
        const std::vector<long> ranked =
            descending(normaliser_.defined() ? clipScores - normaliser_ : clipScores);
        lastScores_ = clipScores;
        const auto scores = clipScores.accessor<float, 1>();
        for (size_t r = 0; r < ranked.size(); ++r) rankedScores_[r].push_back(scores[ranked[r]]);
        return ranked;
    }
    // Inverted softmax over a bank of training captions (QB-Norm, Bogolin et
    // al. 2022): from each clip's score is taken how strongly it answers the
    // whole bank (a soft maximum at this temperature), so that clips close to
    // every description ("hubs") stop crowding the top of every list.
    void normaliseByBank(const std::vector<std::string>& bank, double temperature)
    {
        std::vector<torch::Tensor> rows;
        for (const std::string& caption : bank) {
            const auto ids = hashedTextTokens(caption);
            if (!ids.empty()) rows.push_back(text_.forward({torch::tensor(ids)}).toTensor());
        }
        const torch::Tensor queries = torch::cat(rows, 0);                          // [B, 256]
        const torch::Tensor segmentScores = torch::matmul(segments_, queries.t());  // [S, B]
        const torch::Tensor index = clipOfRow_.unsqueeze(1).expand_as(segmentScores);
        const torch::Tensor clipScores =
            torch::full({clipCount_, queries.size(0)}, -2.0f).scatter_reduce(0, index, segmentScores, "amax");
        normaliser_ = torch::logsumexp(clipScores / temperature, 1) * temperature;
        std::printf("query bank: %ld captions, temperature %.3f\n", static_cast<long>(queries.size(0)),
                    temperature);
    }
    // Remembers the last ranked caption's similarity to `clip`, the one it describes.
    void noteDescribedClip(long clip) { describedScores_.push_back(lastScores_[clip].item<float>()); }
    // The similarity at ranks 1, 10, 50 and the median, and of the clip each
    // caption describes, over all captions: where the app's floor for
    // "sounds like" results sits.
    void printScoresByRank()
    {
        std::printf("\nsimilarity (text-query model) at rank: p10 / p25 / p50 / p90 over captions\n");
        const auto print = [](const std::string& name, std::vector<float>& scores) {
            if (scores.empty()) return;
            std::sort(scores.begin(), scores.end());
            const auto at = [&](double p) { return scores[static_cast<size_t>(p * double(scores.size() - 1))]; };
            std::printf("%s: %.3f / %.3f / %.3f / %.3f\n", name.c_str(), at(0.1), at(0.25), at(0.5), at(0.9));
        };
        for (size_t rank : {size_t(0), size_t(9), size_t(49), static_cast<size_t>(clipCount_ / 2)}) {
            print("rank " + std::to_string(rank + 1), rankedScores_[rank]);
        }
        print("the described clip", describedScores_);
    }

private:
    torch::jit::Module text_;
    long clipCount_;
    torch::Tensor segments_, clipOfRow_;
    std::map<size_t, std::vector<float>> rankedScores_;
    torch::Tensor lastScores_;
    torch::Tensor normaliser_;  // per clip; undefined without a query bank
    std::vector<float> describedScores_;
};

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: lectern-eval-retrieval FEATURES_DIR MODELS_DIR [--split heldout] [--text-weight W] "
                     "[--report FILE.json] [--bank N [--bank-temperature T]]\n";
        return 2;
    }
    const std::filesystem::path features = argv[1], models = argv[2];
    std::string split = "heldout", reportPath;
    double textWeight = 0.03;  // the best of 0.03, 0.1, 0.25 on the validation split
    long bankSize = 0;
    double bankTemperature = 0.05;
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--split") split = argv[i + 1];
        else if (flag == "--report") reportPath = argv[i + 1];
        else if (flag == "--text-weight") textWeight = std::stod(argv[i + 1]);
        else if (flag == "--bank") bankSize = std::stol(argv[i + 1]);
        else if (flag == "--bank-temperature") bankTemperature = std::stod(argv[i + 1]);
    }
    try {
        const auto clips = readSplit(features / (split + ".lcf"));
        c10::InferenceMode inference;
        AnnotationSearch annotations(clips);
        std::vector<std::unique_ptr<SemanticRanking>> semantic;
        if (std::filesystem::exists(models / "joint-audio.pt")) semantic.push_back(std::make_unique<JointRanking>(clips, models));
        SegmentRanking* segmentRanking = nullptr;
        if (std::filesystem::exists(models / "text-query.pt")) {
            auto ranking = std::make_unique<SegmentRanking>(clips, models);
            segmentRanking = ranking.get();
            if (bankSize > 0) {
                std::vector<std::string> bank;
                for (const ClipFeatures& clip : readSplit(features / "train.lcf")) {
                    for (const std::string& caption : clip.captions) bank.push_back(caption);
                }
                std::mt19937 shuffle(1);
                std::shuffle(bank.begin(), bank.end(), shuffle);
                if (bank.size() > static_cast<size_t>(bankSize)) bank.resize(static_cast<size_t>(bankSize));
                ranking->normaliseByBank(bank, bankTemperature);
            }
            semantic.push_back(std::move(ranking));
        }
        std::vector<std::string> methods;
        for (const auto& ranking : semantic) methods.push_back(ranking->name());
        methods.push_back("FTS5 over annotation text");
        for (const auto& ranking : semantic) methods.push_back("fusion: " + ranking->name() + " + FTS5");
        std::map<std::string, RetrievalFigures> figures;
        std::map<int, RetrievalFigures> segmentFiguresByClass;  // where the described clip's class is hard
        int queries = 0;
        for (size_t clip = 0; clip < clips.size(); ++clip) {
            const long target = static_cast<long>(clip);
            for (const std::string& caption : clips[clip].captions) {
                ++queries;
                const std::vector<long> byText = annotations.rank(caption);
                figures["FTS5 over annotation text"].add(positionOf(byText, target));
                for (const auto& ranking : semantic) {
                    const std::vector<long> bySound = ranking->rank(caption);
                    if (ranking.get() == segmentRanking) {
                        if (!bySound.empty()) segmentRanking->noteDescribedClip(target);
                        segmentFiguresByClass[clips[clip].label].add(positionOf(bySound, target));
                    }
                    figures[ranking->name()].add(positionOf(bySound, target));
                    figures["fusion: " + ranking->name() + " + FTS5"].add(
                        positionOf(fusedRanking(bySound, byText, textWeight), target));
                }
            }
        }
        QJsonObject report{{"split", QString::fromStdString(split)}, {"clips", static_cast<int>(clips.size())}};
        std::printf("%s split: %zu clips, %d caption queries\n", split.c_str(), clips.size(), queries);
        std::printf("| method | R@1 | R@5 | R@10 | mAP@10 |\n|---|---|---|---|---|\n");
        for (const std::string& method : methods) {
            const QJsonObject row = figures[method].finish();
            report[QString::fromStdString(method)] = row;
            std::printf("| %s | %.3f | %.3f | %.3f | %.3f |\n", method.c_str(), row["R@1"].toDouble(),
                        row["R@5"].toDouble(), row["R@10"].toDouble(), row["mAP@10"].toDouble());
        }
        if (segmentRanking) {
            std::printf("\ntext-query model by the described clip's class: R@1 / R@10 (captions)\n");
            for (auto& [label, byClass] : segmentFiguresByClass) {
                const QJsonObject row = byClass.finish();
                std::printf("%s: %.3f / %.3f (%d)\n", kResourceClasses[static_cast<size_t>(label)].data(),
                            row["R@1"].toDouble(), row["R@10"].toDouble(), row["queries"].toInt());
            }
            segmentRanking->printScoresByRank();
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
