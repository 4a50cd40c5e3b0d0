// lectern-eval-hashing: the hash heads against LSH and ITQ on the same
// segment embeddings, in the layout of P4 Tables I, II and IV: mAP over the
// whole Hamming ranking and over the top 100, and precision within Hamming
// radius 2, at 16, 32, 64 and 128 bits. Every held-out segment is a query
// against the held-out segments of all other clips; relevant = same kind
// of recording. LSH and ITQ are fitted on the training split.
//
//   lectern-eval-hashing FEATURES MODELS HASH_DIR [--split heldout]
//
// MODELS holds audio.pt (and text-query.pt for the search-space row);
// HASH_DIR holds hash-16.pt ... hash-128.pt (a missing length is skipped).
#include <torch/script.h>
#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "../ml/CorpusFeatures.h"
#include "../ml/HashRetrieval.h"
#include "../ml/SegmentEmbeddings.h"

using namespace lectern::ml;

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::cerr << "usage: lectern-eval-hashing FEATURES MODELS HASH_DIR [--split heldout]\n";
        return 2;
    }
    const std::filesystem::path features = argv[1], models = argv[2], hashes = argv[3];
    std::string split = "heldout";
    for (int i = 4; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--split") split = argv[i + 1];
    }
    torch::NoGradGuard noGrad;
    try {
        const auto train = readSplit(features / "train.lcf");
        const auto test = readSplit(features / (split + ".lcf"));
        const SegmentRows trainRows = segmentEmbeddings(train, models);
        const SegmentRows testRows = segmentEmbeddings(test, models);
        std::vector<std::string> kinds;
        kindNumbers(recipeKinds(train, features.parent_path()), kinds);
        const std::vector<long> clipKinds = kindNumbers(recipeKinds(test, features.parent_path()), kinds);
        std::vector<long> kindLabels, classLabels;
        for (int c : testRows.clip) {
            kindLabels.push_back(clipKinds[static_cast<size_t>(c)]);
            classLabels.push_back(test[static_cast<size_t>(c)].label);
        }
        std::printf("%s split: %zu segments of %zu clips; relevant = same kind of recording (%zu kinds) "
                    "| same class (5)\n\n", split.c_str(), testRows.clip.size(), test.size(), kinds.size());
        std::printf("%-5s %-20s %8s %12s %14s | %8s %12s %14s\n", "bits", "method", "mAP", "mAP top-100",
                    "P(radius<=2)", "mAP", "mAP top-100", "P(radius<=2)");
        // The float embeddings ranked by cosine: the ceiling of any code made from them.
        const HammingFigures floatKinds = cosineFigures(testRows.embeddings, kindLabels, testRows.clip);
        const HammingFigures floatClasses = cosineFigures(testRows.embeddings, classLabels, testRows.clip);
        std::printf("%-5s %-20s %8.3f %12.3f %14s | %8.3f %12.3f %14s\n", "-", "float embedding", floatKinds.mapAll,
                    floatKinds.mapTop100, "-", floatClasses.mapAll, floatClasses.mapTop100, "-");
        // The same embeddings as the app's vector index holds them, where the
        // text-query model is in MODELS: what "sounds similar" ranks by.
        if (std::filesystem::exists(models / "text-query.pt")) {
            torch::jit::Module textQuery = torch::jit::load((models / "text-query.pt").string());
            const torch::Tensor unit = searchSpaceRows(textQuery, testRows, test);
            const HammingFigures spaceKinds = cosineFigures(unit, kindLabels, testRows.clip);
            const HammingFigures spaceClasses = cosineFigures(unit, classLabels, testRows.clip);
            std::printf("%-5s %-20s %8.3f %12.3f %14s | %8.3f %12.3f %14s\n", "-", "search space (float)",
                        spaceKinds.mapAll, spaceKinds.mapTop100, "-", spaceClasses.mapAll, spaceClasses.mapTop100, "-");
        }
        for (int bits : {16, 32, 64, 128}) {
            const auto print = [&](const char* method, const torch::Tensor& codes) {
                const HammingFigures k = hammingFigures(codes, kindLabels, testRows.clip);
                const HammingFigures c = hammingFigures(codes, classLabels, testRows.clip);
                std::printf("%-5d %-20s %8.3f %12.3f %14.3f | %8.3f %12.3f %14.3f\n", bits, method, k.mapAll,
                            k.mapTop100, k.precisionRadius2, c.mapAll, c.mapTop100, c.precisionRadius2);
                std::fflush(stdout);
            };
            print("LSH", LshCodes(trainRows.embeddings, bits, 5).codes(testRows.embeddings));
            print("ITQ", ItqCodes(trainRows.embeddings, bits).codes(testRows.embeddings));
            const std::filesystem::path file = hashes / ("hash-" + std::to_string(bits) + ".pt");
            if (std::filesystem::exists(file)) {
                torch::jit::Module head = torch::jit::load(file.string());
                print("hash head (P4)", head.forward({testRows.embeddings}).toTensor());
            }
        }
        std::printf("\nP4 (mAP, all retrieved, 16/32/64/128 bits): ESC-50 .376/.632/.692/.698; "
                    "DCASE18-T2 .638/.751/.808/.817; TUT17 .512/.677/.773/.780;\n"
                    "top-100 at 64 bits .742/.884/.823; at 64 bits on ESC-50: LSH .027, ITQ .258\n");
    } catch (const std::exception& error) {
        std::cerr << "lectern-eval-hashing: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
