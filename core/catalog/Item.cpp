#include "catalog/Item.h"

namespace lectern {

std::string nameOf(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Pending: return "pending";
    case ItemStatus::Analyzed: return "analyzed";
    case ItemStatus::Failed: return "failed";
    }
    return "pending";
}

std::optional<ItemStatus> parseItemStatus(const std::string& text)
{
    if (text == "pending") return ItemStatus::Pending;
    if (text == "analyzed") return ItemStatus::Analyzed;
    if (text == "failed") return ItemStatus::Failed;
    return std::nullopt;
}

std::string titleOf(const Item& item) { return item.tags.title.empty() ? item.fileName : item.tags.title; }

std::string nameOf(ClassSource source) { return source == ClassSource::Manual ? "manual" : "auto"; }

std::optional<MediaKind> parseMediaKind(const std::string& text)
{
    if (text == "audio") return MediaKind::Audio;
    if (text == "video") return MediaKind::Video;
    return std::nullopt;
}

}  // namespace lectern
