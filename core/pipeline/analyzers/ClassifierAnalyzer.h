// Sorts the file into the five resource classes (design §1, §6) and keeps
// the audio embedding of every 10 s segment for search.
#pragma once

#include <memory>
#include <optional>

#include "classify/FileClassifier.h"
#include "pipeline/Analyzer.h"

namespace lectern {

class ClassifierAnalyzer : public Analyzer {
public:
    explicit ClassifierAnalyzer(std::shared_ptr<const ClassifierModels> models) : models_(std::move(models)) {}
    std::string_view name() const override { return "classifier"; }
    bool initialize(const AnalysisContext& context) override;
    bool readsLogMel() const override { return true; }
    void processLogMel(std::span<const float> frames) override { classifier_->addFrames(frames); }
    Status finish() override;
    void storeResults(ItemTransaction& transaction) const override;

private:
    std::shared_ptr<const ClassifierModels> models_;
    std::optional<FileClassifier> classifier_;
    FileClassification result_;
};

}  // namespace lectern
