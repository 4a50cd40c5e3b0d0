// The text-query model: P3's joint space on top of the frozen classifier
// CNN. The audio side places a segment at normalize(W (a - mean) + item(m,
// p, d)): its embedding centred on the training mean and mapped linearly (W
// starting as the inverse of each dimension's spread), plus a small network
// over what the import stores of its whole item: the mean embedding, the
// sound profile and the sound descriptors (--inputs item, the default;
// item-profile leaves the descriptors out, embedding the whole item part).
// The text side is a text tower. Both are trained with symmetric InfoNCE.
// Everything the audio side needs goes into the model file: the search
// index places every stored segment through it, so a typed description
// ranks indexed segments directly.
#include <torch/torch.h>

#include <cmath>
#include <iostream>
#include <random>
#include <set>
#include <stdexcept>

#include "../ml/CorpusFeatures.h"
#include "../ml/JointSpace.h"
#include "../ml/ScriptExport.h"
#include "../ml/SegmentEmbeddings.h"
#include "../ml/TextTower.h"
#include "classify/TextHashing.h"

#include "Trainers.h"

namespace lectern::ml {
namespace {

struct SegmentSpace {
    torch::Tensor centred;                  // [segments, 256]
    std::vector<std::vector<long>> byClip;  // each clip's rows
};

SegmentSpace segmentSpace(const SegmentRows& rows, const torch::Tensor& mean, size_t clips)
{
    SegmentSpace space{rows.embeddings - mean, std::vector<std::vector<long>>(clips)};
    for (size_t row = 0; row < rows.clip.size(); ++row) {
        space.byClip[static_cast<size_t>(rows.clip[row])].push_back(static_cast<long>(row));
    }
    return space;
}

// What an item adds to each of its segments' place in the space: a small
// network over features of the whole item (its sound profile, or more).
struct ItemPartImpl : torch::nn::Module {
    ItemPartImpl(const torch::Tensor& features)
        : mean(register_buffer("mean", features.mean(0))),
          spread(register_buffer("spread", features.std(0).clamp_min(1e-4))),
          hidden(register_module("hidden", torch::nn::Linear(features.size(1), 512))),
          out(register_module("out", torch::nn::Linear(512, kJointSize))),
          dropout(register_module("dropout", torch::nn::Dropout(0.2)))
    {
    }
    torch::Tensor forward(const torch::Tensor& features)
    {
        return out(dropout(torch::relu(hidden((features - mean) / spread))));
    }
    torch::Tensor mean, spread;
    torch::nn::Linear hidden, out;
    torch::nn::Dropout dropout;
};
TORCH_MODULE(ItemPart);

// Per clip features for the item part; undefined for none. "item" is what
// the import stores per item (the mean segment embedding, the sound profile
// and the sound descriptors); "item-profile" the first two.
torch::Tensor itemFeatures(const std::string& inputs, const std::vector<ClipFeatures>& clips, const SegmentRows& rows)
{
    if (inputs == "embedding") return {};
    if (!inputs.empty() && inputs != "item" && inputs != "item-profile") {
        throw std::runtime_error("text-query --inputs is item, item-profile or embedding, not " + inputs);
    }
    return itemPartInputs(rows, clips, inputs != "item-profile");
}

// item_vector(features [N, F]) -> [N, 256]: what each item adds to its segments.
void exportItemPart(torch::jit::Module& model, ItemPart& item)
{
    item->eval();
    torch::NoGradGuard noGrad;
    model.register_buffer("item_mean", item->mean.clone());
    model.register_buffer("item_spread", item->spread.clone());
    addLinear(model, "item_hidden", item->hidden);
    addLinear(model, "item_out", item->out);
    model.define(R"JIT(
def item_vector(self, features):
    x = (features - self.item_mean) / self.item_spread
    x = torch.relu(torch.linear(x, self.item_hidden_w, self.item_hidden_b))
    return torch.linear(x, self.item_out_w, self.item_out_b)
)JIT");
    item->train();
}

// The words of the training captions, sorted, as the model's "vocabulary":
// the app answers a description by sound only where it has a word of them
// (core/classify/DescribingWords.h); character n-grams alone let a word the
// model never saw score high against some sound.
void exportVocabulary(torch::jit::Module& model, const std::vector<ClipFeatures>& clips)
{
    std::set<std::string> words;
    for (const ClipFeatures& clip : clips) {
        for (const std::string& caption : clip.captions) {
            for (std::string& word : textWords(caption)) words.insert(std::move(word));
        }
    }
    c10::List<std::string> vocabulary;
    for (const std::string& word : words) vocabulary.push_back(word);
    model.register_attribute("vocabulary", c10::ListType::create(c10::StringType::get()), vocabulary);
}

struct AudioSide {
    torch::Tensor projection;
    ItemPart item{nullptr};
    torch::Tensor operator()(const torch::Tensor& centred, const torch::Tensor& items)
    {
        torch::Tensor mapped = torch::matmul(centred, projection.t());
        if (item) mapped = mapped + item->forward(items);
        return normalizedRows(mapped);
    }
};

// Text-to-clip recall at 10, a clip scoring its best segment (as search does),
// with each clip's first caption.
double captionRecallAt10(TextTower& tower, AudioSide& audio, const SegmentSpace& space,
                         const std::vector<ClipFeatures>& clips, const torch::Tensor& items,
                         const std::vector<int>& segmentClip)
{
    tower->eval();
    if (audio.item) audio.item->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor clipOfRow = torch::tensor(std::vector<long>(segmentClip.begin(), segmentClip.end()));
    const torch::Tensor vectors = audio(space.centred, items.defined() ? items.index_select(0, clipOfRow) : items);
    int hits = 0, queries = 0;
    for (size_t i = 0; i < clips.size(); ++i) {
        if (clips[i].captions.empty() || space.byClip[i].empty()) continue;
        const auto ids = hashedTextTokens(clips[i].captions.front());
        if (ids.empty()) continue;
        const torch::Tensor query = tower(torch::tensor(ids), torch::tensor(std::vector<int64_t>{0}));
        const torch::Tensor rowScores = torch::matmul(vectors, query.t()).squeeze(1);
        const torch::Tensor clipScores = torch::full({static_cast<long>(clips.size())}, -2.0f)
                                             .scatter_reduce(0, clipOfRow, rowScores, "amax");
        const long rank = (clipScores > clipScores[static_cast<long>(i)]).sum().item<long>();
        hits += rank < 10;
        ++queries;
    }
    tower->train();
    if (audio.item) audio.item->train();
    return queries ? double(hits) / queries : 0.0;
}

}  // namespace

int trainTextQuery(const TrainOptions& options)
{
    auto [train, val, rng] = startTraining(options);
    const SegmentRows trainRows = segmentEmbeddings(train, options.models);
    const SegmentRows valRows = segmentEmbeddings(val, options.models);
    const torch::Tensor mean = trainRows.embeddings.mean(0);
    const SegmentSpace trainSpace = segmentSpace(trainRows, mean, train.size());
    const SegmentSpace valSpace = segmentSpace(valRows, mean, val.size());
    const torch::Tensor trainItems = itemFeatures(options.inputs, train, trainRows),
                        valItems = itemFeatures(options.inputs, val, valRows);
    std::cout << "text-query: " << trainRows.clip.size() << " training segments of " << train.size()
              << " clips; the item part reads " << (trainItems.defined() ? trainItems.size(1) : 0) << " numbers\n";

    TextTower tower(64);  // 64-d word vectors: half the file of 128, no loss measured
    std::vector<std::vector<int64_t>> captions;
    for (const ClipFeatures& clip : train) {
        for (const std::string& caption : clip.captions) captions.push_back(hashedTextTokens(caption));
    }
    // Their rows get no gradient, so they stay zero through training.
    tower->forgetUnseenTokens(captions);
    torch::Tensor logScale = torch::full({1}, std::log(1.0 / 0.07)).set_requires_grad(true);
    torch::Tensor projection = torch::diag(1.0 / trainSpace.centred.std(0).clamp_min(1e-4)).set_requires_grad(true);
    AudioSide audioSide{projection};
    std::vector<torch::Tensor> parameters = tower->parameters();
    if (trainItems.defined()) {
        audioSide.item = ItemPart(trainItems);
        for (const torch::Tensor& p : audioSide.item->parameters()) parameters.push_back(p);
    }
    parameters.push_back(logScale);
    parameters.push_back(projection);
    torch::optim::AdamW optimizer(parameters, torch::optim::AdamWOptions(1e-3).weight_decay(1e-4));
    const int epochs = options.epochs > 0 ? options.epochs : 60;
    const size_t batchSize = 256;
    std::vector<size_t> order;
    for (size_t c = 0; c < train.size(); ++c) {
        if (!train[c].captions.empty() && !trainSpace.byClip[c].empty()) order.push_back(c);
    }
    const std::filesystem::path output = options.output / "text-query.pt";
    double best = -1;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0;
        int steps = 0;
        std::bernoulli_distribution keep(0.85);
        for (size_t first = 0; first + batchSize <= order.size(); first += batchSize) {
            std::vector<long> rows, rowClips;
            std::vector<int64_t> ids, offsets;
            for (size_t k = first; k < first + batchSize; ++k) {
                const ClipFeatures& clip = train[order[k]];
                const auto tokens = hashedTextTokens(clip.captions[rng() % clip.captions.size()]);
                if (tokens.empty()) continue;
                const auto& segments = trainSpace.byClip[order[k]];
                rows.push_back(segments[rng() % segments.size()]);
                rowClips.push_back(static_cast<long>(order[k]));
                offsets.push_back(static_cast<int64_t>(ids.size()));
                for (int64_t token : tokens) {
                    if (keep(rng)) ids.push_back(token);
                }
                if (static_cast<int64_t>(ids.size()) == offsets.back()) ids.push_back(tokens.front());
            }
            optimizer.zero_grad();
            const torch::Tensor audio =
                audioSide(trainSpace.centred.index_select(0, torch::tensor(rows)),
                          trainItems.defined() ? trainItems.index_select(0, torch::tensor(rowClips)) : trainItems);
            const torch::Tensor loss =
                symmetricInfoNce(audio, tower(torch::tensor(ids), torch::tensor(offsets)), logScale);
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            ++steps;
        }
        if (epoch % 5 == 0 || epoch == epochs) {
            const double recall = captionRecallAt10(tower, audioSide, valSpace, val, valItems, valRows.clip);
            std::cout << "epoch " << epoch << " loss " << lossSum / std::max(1, steps) << " temperature "
                      << std::exp(-logScale.item<double>()) << " val text-to-clip R@10 " << recall << std::endl;
            if (recall > best) {
                best = recall;
                torch::jit::Module model = scriptedTextTower(tower, "LecternTextQuery");
                model.register_buffer("audio_mean", mean.clone());
                model.register_buffer("audio_projection", projection.detach().clone());
                if (audioSide.item) exportItemPart(model, audioSide.item);
                exportVocabulary(model, train);
                model.save(output.string());
            }
        }
    }
    std::cout << "best validation R@10 " << best << " -> " << output.string() << "\n";
    return 0;
}

}  // namespace lectern::ml
