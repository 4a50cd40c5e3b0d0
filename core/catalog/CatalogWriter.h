// Every change to the catalog goes through here, on the one thread that owns
// the writing connection (design §8).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/Database.h"
#include "catalog/Item.h"

namespace lectern {

// The results for one item, written in one transaction: either all of it is
// committed or none. Setters never throw; the first failure is kept and
// reported by commit().
class ItemTransaction {
public:
    ItemTransaction(Database& db, int64_t itemId);
    ~ItemTransaction();
    ItemTransaction(const ItemTransaction&) = delete;
    ItemTransaction& operator=(const ItemTransaction&) = delete;

    int64_t itemId() const { return itemId_; }
    Database& database() { return db_; }

    void setStreamFacts(const MediaInfo& info, double durationSeconds);
    void setTags(const Tags& tags);
    // Sub-fingerprint codes as little-endian 32-bit words.
    void setFingerprint(int version, const std::vector<uint32_t>& codes);
    // Replaces the item's keyframes: (time in seconds, thumbnail path).
    void setKeyframes(const std::vector<std::pair<double, std::string>>& keyframes);
    void setLoudness(std::optional<double> integratedLufs, std::optional<double> rangeLu,
                     std::optional<double> truePeakDbtp);
    // The model's probabilities; the item's class follows them unless the
    // teacher chose one (a manual class is never overwritten).
    void setClassification(const ItemClassification& classification);
    // Replaces the item's segment embeddings (stored in half precision).
    void setSegmentEmbeddings(const std::vector<SegmentEmbedding>& segments);
    // The mean of the segment embeddings, normalised: the item as one
    // vector; its sound profile (classify/SoundProfile.h) and descriptors
    // (classify/SoundDescriptors.h); all in half precision.
    // The item's sound embedding (classify/HeardSounds.h) beside them, where
    // the encoder has a concept head.
    void setItemEmbedding(const std::vector<float>& values, const std::vector<float>& soundProfile,
                          const std::vector<float>& soundDescriptors, const std::vector<float>& sound = {});
    // Replaces the sounds heard in the item.
    void setHeardSounds(const std::vector<HeardSound>& sounds);
    // Fails the transaction unless `worker` still holds the item's claim
    // (AnalysisLeases.h): results of a lapsed claim are not stored.
    void requireClaimBy(const std::string& worker);
    void markAnalyzed();
    void markFailed(const std::string& reason);

    // For analyzers that store their own tables; exceptions are caught and kept.
    template <typename Function>
    void run(Function&& function)
    {
        if (error_) return;
        try {
            function(db_);
        } catch (const DatabaseError& error) {
            error_ = error.asError();
        }
    }

    Status commit();

private:
    void setStatus(const char* status, const std::string& error);

    Database& db_;
    int64_t itemId_;
    std::unique_ptr<Transaction> transaction_;
    std::optional<Error> error_;
};

class CatalogWriter {
public:
    explicit CatalogWriter(Database& db) : db_(db) {}

    Result<int64_t> addPending(const FileFacts& facts, const std::string& contentHash);
    // The file at this row's path changed: analyse it again.
    Status markChanged(int64_t id, const FileFacts& facts, const std::string& contentHash);
    // The file is as it was but its analysis is out of date: analyse it again.
    Status markPending(int64_t id);
    // The same content now lives at another path: keep the analysis and edits.
    Status relocate(int64_t id, const FileFacts& facts);
    Status remove(int64_t id);
    // The file is gone from its folder (or back): the row and its analysis stay.
    Status setMissing(int64_t id, bool missing);
    // The teacher's tags: kept when the file
    // is analysed again, and searchable at once. The media file is never written.
    Status setEditedTags(int64_t id, const Tags& tags);
    // The teacher's class: kept whatever the model says later.
    Status setManualClass(int64_t id, const std::string& resourceClass);
    // Back to the model's class (unknown if the item was never classified).
    Status restoreAutomaticClass(int64_t id);
    // Outside an item's analysis, e.g. a pending row whose file vanished.
    Status markFailed(int64_t id, const std::string& reason);

    std::unique_ptr<ItemTransaction> beginItem(int64_t id)
    {
        return std::make_unique<ItemTransaction>(db_, id);
    }

private:
    Database& db_;
};

}  // namespace lectern
