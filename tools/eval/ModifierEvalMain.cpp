// lectern-eval-modifier: the query modifier in the layout of P5 Tables 2
// and 3, on the evaluation pairs of lectern-modifier-pairs (held-out
// sounds): R@1/5/10 per scene for the audio-only baseline and the modifier
// trained with rho = 0 and rho = 1, R@1 per kind of difference, and for the
// measurable kinds how often the first answer really is quieter or louder
// than the query clip (integrated loudness). Each query's candidates are the
// b clips of its scene's pairs.
//
//   lectern-eval-modifier PAIRS_DIR BASELINE_DIR RHO0_DIR RHO1_DIR
#include <torch/script.h>
#include <torch/torch.h>

#include <cstdio>
#include <iostream>
#include <map>

#include "../ml/ModifierPairs.h"
#include "classify/ModifierInput.h"
#include "classify/TextHashing.h"

using namespace lectern;
using namespace lectern::ml;

namespace {

struct Method {
    std::string name;
    std::filesystem::path folder;
    bool audioOnly = false;
};

struct Figures {
    std::map<std::string, std::array<double, 3>> recallByScene;  // R@1, R@5, R@10
    std::map<std::string, std::pair<int, int>> top1ByKind;       // hits, pairs
    std::map<std::string, std::pair<int, int>> measurable;       // first answer as asked, pairs
};

// The model's audio input for these clips (ModifierInput.h), as wide as its first layer.
torch::Tensor rowsOf(const std::vector<ModifierClip>& clips, ModifierInputs inputs)
{
    torch::Tensor rows = torch::empty({static_cast<long>(clips.size()), inputWidth(inputs)});
    for (size_t i = 0; i < clips.size(); ++i) rows[static_cast<long>(i)] = torch::tensor(modifierAudioInput(clips[i], inputs));
    return rows;
}

Figures evaluate(const Method& method, const ModifierPairSet& set)
{
    torch::jit::Module audio = torch::jit::load((method.folder / "modifier-audio.pt").string());
    torch::jit::Module text = torch::jit::load((method.folder / "modifier-text.pt").string());
    const double scale = text.attr("scale").toDouble();
    const long width = audio.attr("first_w").toTensor().size(1);
    const std::optional<ModifierInputs> inputs = modifierInputsOfWidth(width);
    if (!inputs) throw std::runtime_error(method.folder.string() + ": a modifier reading " + std::to_string(width) + " numbers");
    std::map<std::string, std::vector<size_t>> byScene;
    for (size_t i = 0; i < set.pairs.size(); ++i) byScene[set.pairs[i].scene].push_back(i);
    Figures figures;
    for (const auto& [scene, members] : byScene) {
        std::vector<ModifierClip> as, bs;
        for (size_t i : members) {
            const ModifierPair& pair = set.pairs[i];
            as.push_back(queryClipOf(pair));
            bs.push_back(targetClipOf(pair));
        }
        torch::Tensor queries = audio.forward({rowsOf(as, *inputs)}).toTensor();
        if (!method.audioOnly) {
            for (size_t k = 0; k < members.size(); ++k) {
                const auto ids = hashedTextTokens(set.pairs[members[k]].text);
                if (ids.empty()) continue;
                queries[static_cast<long>(k)] += scale * text.forward({torch::tensor(ids)}).toTensor()[0];
            }
            queries = queries / queries.norm(2, 1, true).clamp_min(1e-8);
        }
        const torch::Tensor scores = torch::matmul(queries, audio.forward({rowsOf(bs, *inputs)}).toTensor().t());
        std::array<double, 3> recall{};
        for (size_t k = 0; k < members.size(); ++k) {
            const long own = static_cast<long>(k);
            const long rank = (scores[own] > scores[own][own]).sum().item<long>();
            recall[0] += rank < 1, recall[1] += rank < 5, recall[2] += rank < 10;
            const ModifierPair& pair = set.pairs[members[k]];
            for (const std::string& kind : pair.kinds) {
                auto& [hits, total] = figures.top1ByKind[kind];
                hits += rank < 1;
                ++total;
                if (kind == "whole quieter" || kind == "whole louder") {
                    const double first = set.pairs[members[static_cast<size_t>(scores[own].argmax().item<long>())]].loudnessB;
                    auto& [asked, count] = figures.measurable[kind];
                    asked += kind == "whole quieter" ? first < pair.loudnessA : first > pair.loudnessA;
                    ++count;
                }
            }
        }
        for (double& r : recall) r /= static_cast<double>(members.size());
        figures.recallByScene[scene] = recall;
    }
    return figures;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 5) {
        std::cerr << "usage: lectern-eval-modifier PAIRS_DIR BASELINE_DIR RHO0_DIR RHO1_DIR\n";
        return 2;
    }
    try {
        c10::InferenceMode inference;
        const ModifierPairSet set = readModifierPairs(std::filesystem::path(argv[1]) / "eval.lmp");
        const std::vector<Method> methods = {{"audio only (baseline)", argv[2], true},
                                             {"modifier, rho = 0", argv[3], false},
                                             {"modifier, rho = 1", argv[4], false}};
        std::vector<Figures> figures;
        for (const Method& method : methods) figures.push_back(evaluate(method, set));
        std::printf("%zu evaluation pairs (held-out sounds); candidates: the b clips of the same scene\n\n",
                    set.pairs.size());
        std::printf("| method |");
        for (const auto& [scene, recall] : figures.front().recallByScene) std::printf(" %s R@1 / R@5 / R@10 |", scene.c_str());
        std::printf("\n|---|");
        for (size_t s = 0; s < figures.front().recallByScene.size(); ++s) std::printf("---|");
        std::printf("\n");
        for (size_t m = 0; m < methods.size(); ++m) {
            std::printf("| %s |", methods[m].name.c_str());
            for (const auto& [scene, recall] : figures[m].recallByScene) {
                std::printf(" %.3f / %.3f / %.3f |", recall[0], recall[1], recall[2]);
            }
            std::printf("\n");
        }
        std::printf("\nP5 Table 2 (rain; traffic): baseline .256/.611/.699; .260/.500/.593. rho = 0: .388/.681/.745; "
                    ".361/.590/.675. rho = 1: .445/.721/.769; .391/.622/.695\n\n");
        std::printf("R@1 by kind of difference (all scenes; pairs with that difference among their one or two)\n\n| kind |");
        for (const Method& method : methods) std::printf(" %s |", method.name.c_str());
        std::printf("\n|---|---|---|---|\n");
        for (const std::string& kind : kModifierKinds) {
            std::printf("| %s |", kind.c_str());
            for (const Figures& f : figures) {
                const auto it = f.top1ByKind.find(kind);
                const auto [hits, total] = it == f.top1ByKind.end() ? std::pair<int, int>{0, 0} : it->second;
                std::printf(" %.3f (%d) |", total ? double(hits) / total : 0.0, total);
            }
            std::printf("\n");
        }
        std::printf("\nP5 Table 3: background changes R@1 .061 (rain), .115 (traffic)\n\n");
        std::printf("Measurable: the first answer really is quieter / louder than the query clip\n\n| kind |");
        for (const Method& method : methods) std::printf(" %s |", method.name.c_str());
        std::printf("\n|---|---|---|---|\n");
        for (const char* kind : {"whole quieter", "whole louder"}) {
            std::printf("| %s |", kind);
            for (const Figures& f : figures) {
                const auto it = f.measurable.find(kind);
                const auto [asked, total] = it == f.measurable.end() ? std::pair<int, int>{0, 0} : it->second;
                std::printf(" %.3f (%d) |", total ? double(asked) / total : 0.0, total);
            }
            std::printf("\n");
        }
    } catch (const std::exception& error) {
        std::cerr << "lectern-eval-modifier: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
