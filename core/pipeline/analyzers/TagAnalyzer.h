// Stores the tags the chain read (TagLib first, the container's metadata
// for the fields TagLib leaves empty).
#pragma once

#include "media/Tags.h"
#include "pipeline/Analyzer.h"

namespace lectern {

class TagAnalyzer : public Analyzer {
public:
    std::string_view name() const override { return "tags"; }
    bool initialize(const AnalysisContext& context) override;
    void processSamples(std::span<const float>) override {}
    void storeResults(ItemTransaction& transaction) const override;

private:
    Tags tags_;
};

}  // namespace lectern
