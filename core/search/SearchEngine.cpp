#include "search/SearchEngine.h"

#include "catalog/CatalogReader.h"
#include "classify/FileClassifier.h"
#include "common/Paths.h"
#include "search/ExampleSearch.h"
#include "search/LibrarySameRecording.h"
#include "search/SearchQuery.h"
#include "search/SoundVocabulary.h"
#include "search/TextSearch.h"

namespace lectern {
namespace {

// The sound vocabulary beside the models, read once; without it, words are words.
const SoundVocabulary* sharedSoundVocabulary()
{
    static const std::optional<SoundVocabulary> vocabulary = []() -> std::optional<SoundVocabulary> {
        auto loaded = SoundVocabulary::load(soundVocabularyFolder(classifierModelDirectory()));
        if (!loaded) return std::nullopt;
        return std::move(loaded).value();
    }();
    return vocabulary ? &*vocabulary : nullptr;
}

SoundWords soundWordsOf(const ClassifierModels* models)
{
    if (!models || !models->audio) return {sharedSoundVocabulary(), {}};
    return {sharedSoundVocabulary(), models->audio->concepts()};
}

}  // namespace

SearchEngine::SearchEngine(Database& db, std::filesystem::path indexFolder, ModelSource models,
                           size_t mostIndexedSegments)
    : db_(db), indexFolder_(std::move(indexFolder)), modelSource_(std::move(models)), mostIndexedSegments_(mostIndexedSegments)
{
}

SearchEngine::SearchEngine(Database& db, std::filesystem::path indexFolder,
                           std::shared_ptr<const ClassifierModels> models, size_t mostIndexedSegments)
    : SearchEngine(db, std::move(indexFolder), ModelSource([models] { return models; }), mostIndexedSegments)
{
}

const ClassifierModels* SearchEngine::models()
{
    if (!modelsAsked_) {
        modelsAsked_ = true;
        if (modelSource_) models_ = modelSource_();
        if (models_) space_ = searchSpaceOf(*models_);
    }
    return models_.get();
}

SearchEngine::~SearchEngine() = default;

Status SearchEngine::refresh()
{
    catalogChanged();
    if (Status vectors = prepareVectors(); !vectors) return vectors;
    return prepareFingerprints();
}

Status SearchEngine::prepareVectors(const CancellationToken* cancel)
{
    if (vectorsCurrent_ || !models() || !models_->audio) return success();
    if (vectorsElsewhere_) {
        whyNoVectors_ = "the vector index is still being built or brought up to date";
        return success();
    }
    CatalogReader reader(db_);
    const auto segments = reader.segmentCount();
    if (!segments) return failure(segments.error().message);
    if (static_cast<size_t>(*segments) > mostIndexedSegments_) {
        vectors_.reset();
        whyNoVectors_ = "the library has " + std::to_string(*segments) + " segments, more than the vector index holds (" +
                        std::to_string(mostIndexedSegments_) + ")";
        vectorsCurrent_ = true;
        return success();
    }
    const std::string stamp = vectorIndexStamp(models_->version, space_);
    if (vectors_) {
        // After an import: the open index catches up item by item.
        if (Status synced = syncLibraryVectorIndex(*vectors_, indexFolder_, reader, stamp, space_, &sync_, cancel);
            !synced) {
            return synced;
        }
    } else {
        auto index = openLibraryVectorIndex(indexFolder_, reader, stamp, space_, models_->audio->embeddingSize(),
                                            &sync_, cancel);
        if (!index) {
            whyNoVectors_ = "the vector index could not be opened: " + index.error().message;
            return failure(index.error().message);
        }
        vectors_ = std::make_unique<VectorIndex>(std::move(index).value());
    }
    whyNoVectors_.clear();
    vectorsCurrent_ = true;
    return success();
}

void SearchEngine::adoptVectors(std::shared_ptr<VectorIndex> vectors)
{
    vectorsElsewhere_ = false;
    if (vectors) vectors_ = std::move(vectors);
    vectorsCurrent_ = false;
}

std::shared_ptr<VectorIndex> SearchEngine::releaseVectors()
{
    vectorsCurrent_ = false;
    return std::move(vectors_);
}

Status SearchEngine::prepareFingerprints()
{
    if (fingerprintsCurrent_) return success();
    auto fingerprints = LibrarySameRecording::load(db_);
    if (!fingerprints) return failure(fingerprints.error().message);
    sameRecording_ = std::make_unique<LibrarySameRecording>(std::move(fingerprints).value());
    fingerprintsCurrent_ = true;
    return success();
}

Status SearchEngine::prepareCodes()
{
    if (codesCurrent_) return success();
    auto codes = CatalogReader(db_).segmentCodes();
    if (!codes) return failure(codes.error().message);
    codes_ = std::make_unique<CodeIndex>(std::move(codes).value());
    codesCurrent_ = true;
    return success();
}

Result<SearchAnswer> SearchEngine::search(const SearchRequest& request)
{
    if (!request.hasExample()) return searchText(request);
    models();  // an example always needs them
    // Without the vector index the codes stand in for it, where the hash model gives the clip's code.
    const Status vectors = prepareVectors();
    if ((!vectors || !vectors_) && models() && models_->hash) {
        if (Status codes = prepareCodes(); !codes) return codes.error();
    }
    if (Status fingerprints = prepareFingerprints(); !fingerprints) return fingerprints.error();
    return searchExample(request);
}

Result<SearchAnswer> SearchEngine::searchText(const SearchRequest& request)
{
    CatalogReader reader(db_);
    const SearchQuery query = parseSearchQuery(request.text);
    // Filters alone (class:, duration: …) need no model.
    const ClassifierModels* models = query.hasTerms() ? this->models() : nullptr;
    if (!models || !models->textQuery) {
        return searchByText(query, reader, nullptr, {}, request.limit, soundWordsOf(models));
    }
    // The first text query loads (or builds) the vector index; later ones
    // use it as it is, even while an import has made it stale.
    if (!vectors_) (void)prepareVectors();  // without it, words alone, and the answer says why
    const auto textQuery = models->textQuery;
    auto answer = searchByText(query, reader, vectors_.get(),
                               [textQuery](const std::string& text) { return textQuery->embed(text); },
                               request.limit, soundWordsOf(models));
    if (answer && !vectors_ && !whyNoVectors_.empty()) answer->notes.push_back("searched by words only: " + whyNoVectors_);
    return answer;
}

Result<SearchAnswer> SearchEngine::searchExample(const SearchRequest& request)
{
    CatalogReader reader(db_);
    std::filesystem::path media;
    std::optional<int64_t> excluded;
    if (request.exampleItem) {
        const auto item = reader.findById(*request.exampleItem);
        if (!item) return item.error();
        if (!*item) return failure("no item " + std::to_string(*request.exampleItem) + " in the library");
        media = (*item)->path;
        excluded = (*item)->id;
    } else {
        media = *request.exampleFile;
        const auto item = reader.findByPath(toUtf8(std::filesystem::absolute(media).lexically_normal()));
        if (item && *item) excluded = (*item)->id;
    }
    const auto clip = readClip(media, request.range);
    if (!clip) return failure(media.string() + ": " + clip.error().message);
    ExampleQuery query{*clip, request.range.startSeconds, excluded, request.modifier, parseSearchQuery(request.text)};
    const CodeIndex* codes = vectors_ ? nullptr : codes_.get();
    auto answer = searchByExample(query, {reader, models_, sameRecording_.get(), vectors_.get(), &space_, codes},
                                  request.limit);
    if (answer && !vectors_ && !whyNoVectors_.empty()) {
        answer->notes.push_back((codes ? "similar items found by their 64-bit codes: " : "no similar items: ") +
                                whyNoVectors_);
    }
    return answer;
}

}  // namespace lectern
