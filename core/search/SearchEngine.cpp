#include "search/SearchEngine.h"

#include "catalog/CatalogReader.h"
#include "common/Paths.h"
#include "search/ExampleSearch.h"
#include "search/LibrarySameRecording.h"
#include "search/SearchQuery.h"
#include "search/TextSearch.h"

namespace lectern {

SearchEngine::SearchEngine(Database& db, std::filesystem::path indexFolder,
                           std::shared_ptr<const ClassifierModels> models)
    : db_(db), indexFolder_(std::move(indexFolder)), models_(std::move(models))
{
}

SearchEngine::~SearchEngine() = default;

Status SearchEngine::refresh()
{
    catalogChanged();
    return prepare();
}

Status SearchEngine::prepare()
{
    if (prepared_) return success();
    CatalogReader reader(db_);
    if (models_ && models_->audio) {
        auto index = openLibraryVectorIndex(indexFolder_, reader, vectorIndexStamp(models_->version),
                                            models_->audio->embeddingSize(), &sync_);
        if (!index) return failure(index.error().message);
        vectors_ = std::make_unique<VectorIndex>(std::move(index).value());
    }
    auto fingerprints = LibrarySameRecording::load(db_);
    if (!fingerprints) return failure(fingerprints.error().message);
    sameRecording_ = std::make_unique<LibrarySameRecording>(std::move(fingerprints).value());
    prepared_ = true;
    return success();
}

Result<SearchAnswer> SearchEngine::search(const SearchRequest& request)
{
    if (request.hasExample()) {
        if (Status ready = prepare(); !ready) return ready.error();
        return searchExample(request);
    }
    CatalogReader reader(db_);
    // Text search needs the vector index only for the semantic half, which
    // waits for a text encoder into the audio space (issue 5).
    return searchByText(parseSearchQuery(request.text), reader, nullptr, {}, request.limit);
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
    return searchByExample(query, {reader, models_, sameRecording_.get(), vectors_.get()}, request.limit);
}

}  // namespace lectern
