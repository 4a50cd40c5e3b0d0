// The analyzer-chain interface (design §3, after Mixxx's src/analyzer): one
// decoder feeds every analyzer chunk by chunk; each stores its results in
// the item's single catalog transaction. A new analysis is a new Analyzer.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "catalog/CatalogWriter.h"
#include "common/CancellationToken.h"
#include "common/Result.h"
#include "media/MediaInfo.h"
#include "media/Tags.h"

namespace lectern {

// Which file is analysed, for which catalog item, and where bulky results go.
struct AnalysisTarget {
    std::filesystem::path path;
    int64_t itemId = 0;
    std::filesystem::path cacheDirectory;  // the library's cache/ folder
};

struct AnalysisContext {
    const AnalysisTarget& target;
    const MediaInfo& info;
    // Read once by the chain: the tag analyzer stores them, the classifier reads them.
    const Tags& tags;
    // For analyzers that do long work of their own in finish() (a second pass
    // over a video): poll it, as the chain does between chunks.
    const CancellationToken& cancel;
};

class Analyzer {
public:
    virtual ~Analyzer() = default;
    virtual std::string_view name() const = 0;

    // Called once the file is probed. Returning false leaves this analyzer
    // out for this file (for instance, a video analyzer on an audio file).
    virtual bool initialize(const AnalysisContext& context) = 0;
    // 16 kHz mono float, in order, about a second at a time.
    virtual void processSamples(std::span<const float> /*samples*/) {}
    // Analyzers of the log-mel frames (design §5) say so: the chain then
    // computes the frames once and hands every such analyzer the same ones.
    virtual bool readsLogMel() const { return false; }
    // The frames completed by the latest samples, kMelBands values each.
    virtual void processLogMel(std::span<const float> /*frames*/) {}
    // After the last chunk. A failure here fails the item with its message.
    virtual Status finish() { return success(); }
    // Runs on the catalog writer's thread inside the item's transaction.
    virtual void storeResults(ItemTransaction& transaction) const = 0;
};

using AnalyzerList = std::vector<std::unique_ptr<Analyzer>>;
using AnalyzerFactory = std::function<AnalyzerList()>;

}  // namespace lectern
