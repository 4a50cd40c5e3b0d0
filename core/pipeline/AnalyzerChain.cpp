#include "pipeline/AnalyzerChain.h"

#include "dsp/LogMel.h"

#include <exception>
#include <system_error>

#include "media/MediaReader.h"
#include "media/TagReader.h"

namespace fs = std::filesystem;

namespace lectern {
namespace {

AnalysisOutcome failed(std::string reason)
{
    return {AnalysisOutcome::State::Failed, std::move(reason), {}};
}

// Reasons that FFmpeg would word obscurely are checked first.
std::optional<AnalysisOutcome> fileProblem(const fs::path& path)
{
    std::error_code error;
    if (!fs::exists(path, error)) {
        return AnalysisOutcome{AnalysisOutcome::State::Vanished, "the file disappeared before it could be read", {}};
    }
    if (fs::file_size(path, error) == 0 && !error) return failed("the file is empty (0 bytes)");
    return std::nullopt;
}

}  // namespace

AnalysisOutcome runAnalyzerChain(const AnalysisTarget& target, const AnalyzerFactory& factory,
                                 const CancellationToken& cancel)
{
    if (auto problem = fileProblem(target.path)) return std::move(*problem);
    auto reader = MediaReader::open(target.path);
    // Gone while being opened: as above.
    if (!reader) return fileProblem(target.path).value_or(failed(reader.error().message));

    const Tags tags = readTags(target.path, (*reader)->info().containerTags);
    const AnalysisContext context{target, (*reader)->info(), tags, cancel};
    AnalyzerList active;
    for (auto& analyzer : factory()) {
        if (analyzer->initialize(context)) active.push_back(std::move(analyzer));
    }

    std::unique_ptr<LogMelExtractor> logMel;
    for (const auto& analyzer : active) {
        if (analyzer->readsLogMel() && !logMel) logMel = std::make_unique<LogMelExtractor>();
    }
    std::vector<float> frames;
    while (true) {
        if (cancel.cancelled()) return {AnalysisOutcome::State::Cancelled, {}, {}};
        auto chunk = (*reader)->nextAudioChunk();
        if (!chunk) return failed(chunk.error().message);
        if (chunk->empty()) break;
        for (auto& analyzer : active) analyzer->processSamples(*chunk);
        if (!logMel) continue;
        frames.clear();
        logMel->process(*chunk, frames);
        for (auto& analyzer : active) {
            if (analyzer->readsLogMel()) analyzer->processLogMel(frames);
        }
    }
    for (auto& analyzer : active) {
        Status status = analyzer->finish();
        if (cancel.cancelled()) return {AnalysisOutcome::State::Cancelled, {}, {}};
        if (!status) return failed(status.error().message);
    }
    return {AnalysisOutcome::State::Analyzed, {}, std::move(active)};
}

AnalysisOutcome runAnalyzerChainSafely(const AnalysisTarget& target, const AnalyzerFactory& factory,
                                       const CancellationToken& cancel)
{
    try {
        return runAnalyzerChain(target, factory, cancel);
    } catch (const std::exception& error) {
        return failed(std::string("internal error: ") + error.what());
    }
}

Status storeOutcome(CatalogWriter& writer, int64_t itemId, const AnalysisOutcome& outcome, const std::string& claimant)
{
    auto transaction = writer.beginItem(itemId);
    if (!claimant.empty()) transaction->requireClaimBy(claimant);
    if (outcome.state == AnalysisOutcome::State::Vanished) {
        // Kept pending for when the file returns, its claim given back.
        transaction->run([&](Database& db) {
            Statement statement = db.prepare("UPDATE items SET claimed_by = NULL, claimed_until = NULL WHERE id = ?1");
            statement.bind(1, itemId).run();
        });
        if (Status committed = transaction->commit(); !committed) return committed;
        return writer.setMissing(itemId, true);
    }
    if (outcome.state == AnalysisOutcome::State::Analyzed) {
        for (const auto& analyzer : outcome.analyzers) analyzer->storeResults(*transaction);
        transaction->markAnalyzed();
    } else {
        transaction->markFailed(outcome.reason);
    }
    return transaction->commit();
}

}  // namespace lectern
