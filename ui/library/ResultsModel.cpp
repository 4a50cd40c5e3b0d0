#include "ui/library/ResultsModel.h"

#include <QLocale>
#include <QBrush>
#include <QFont>
#include <QMimeData>
#include <QPalette>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cctype>
#include <numeric>

#include "common/AsciiText.h"
#include "platform/LibraryLocation.h"
#include "search/SearchResult.h"
#include "ui/common/Formatting.h"
#include "ui/search/ReasonWording.h"

namespace lectern {
namespace {

// The order in which a search's groups are shown (design §7).
int groupOrder(const QString& key)
{
    static const std::array<const char*, 4> order = {kSameRecordingGroup, kSoundsSimilarGroup, kTextGroup,
                                                     kSoundsLikeGroup};
    for (size_t i = 0; i < order.size(); ++i) {
        if (key == QLatin1String(order[i])) return static_cast<int>(i);
    }
    return static_cast<int>(order.size());
}

// Item rows carry their group's number plus one; headers and flat rows carry 0.
constexpr quintptr kTopLevel = 0;

}  // namespace

ResultsModel::ResultsModel(QObject* parent) : QAbstractItemModel(parent) {}

std::string ResultsModel::titleSortKey(const Item& item)
{
    return asciiLowercase(titleOf(item));
}

void ResultsModel::setItems(const QVector<Item>& items, const QVector<SearchMatch>& matches, bool inTitleOrder)
{
    beginResetModel();
    // A listing of 100k items takes tens of milliseconds to free: not on the GUI thread.
    QThreadPool::globalInstance()->start([old = std::exchange(items_, items)] { Q_UNUSED(old); });
    inTitleOrder_ = inTitleOrder;
    matches_ = matches.size() == items.size() ? matches : QVector<SearchMatch>();
    groups_.clear();
    for (int row = 0; row < matches_.size(); ++row) {
        const QString& key = matches_[row].group;
        auto group = std::find_if(groups_.begin(), groups_.end(), [&key](const Group& g) { return g.key == key; });
        if (group == groups_.end()) {
            groups_.push_back({key, {}, matches_[row].score});
            group = groups_.end() - 1;
        }
        group->rows.push_back(row);
        group->bestScore = std::max(group->bestScore, matches_[row].score);
    }
    std::stable_sort(groups_.begin(), groups_.end(),
                     [](const Group& a, const Group& b) { return groupOrder(a.key) < groupOrder(b.key); });
    flat_.clear();
    if (groups_.isEmpty()) {
        flat_.resize(items_.size());
        std::iota(flat_.begin(), flat_.end(), 0);
    }
    applySort();
    endResetModel();
}

void ResultsModel::sortRows(QVector<int>& rows) const
{
    if (sortColumn_ < 0 || (sortColumn_ == Title && inTitleOrder_)) {
        std::sort(rows.begin(), rows.end());  // as they came
        if (sortColumn_ == Title && sortOrder_ == Qt::DescendingOrder) std::reverse(rows.begin(), rows.end());
        return;
    }
    const auto ordered = [&](auto key) {
        using Key = decltype(key(0));
        std::vector<std::pair<Key, int>> keyed;
        keyed.reserve(static_cast<size_t>(rows.size()));
        for (const int row : rows) keyed.emplace_back(key(row), row);
        if (sortOrder_ == Qt::AscendingOrder) {
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        } else {
            std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return b.first < a.first; });
        }
        for (size_t i = 0; i < keyed.size(); ++i) rows[static_cast<int>(i)] = keyed[i].second;
    };
    switch (sortColumn_) {
    case Duration: return ordered([this](int row) { return items_[row].durationSeconds; });
    case Score: return ordered([this](int row) { return row < matches_.size() ? matches_[row].score : 0.0; });
    case From: return ordered([this](int row) { return row < matches_.size() ? matches_[row].startSeconds : 0.0; });
    case Title: return ordered([this](int row) { return titleSortKey(items_[row]); });  // no QString per comparison
    default: return ordered([this](int row) { return display(row, sortColumn_).toString().toLower(); });
    }
}

void ResultsModel::applySort()
{
    sortRows(flat_);
    for (Group& group : groups_) sortRows(group.rows);
}

void ResultsModel::sort(int column, Qt::SortOrder order)
{
    if (column == sortColumn_ && order == sortOrder_) return;
    sortColumn_ = column;
    sortOrder_ = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Selections and the current row follow their items.
    const QModelIndexList before = persistentIndexList();
    QVector<int> itemRows;
    for (const QModelIndex& index : before) itemRows << itemRowOf(index);
    applySort();
    // Where each item now stands, found once: not a search per selected row.
    QVector<QModelIndex> shownAt(items_.size());
    if (groups_.isEmpty()) {
        for (int row = 0; row < flat_.size(); ++row) shownAt[flat_[row]] = createIndex(row, 0, kTopLevel);
    } else {
        for (int group = 0; group < groups_.size(); ++group) {
            const QVector<int>& rows = groups_[group].rows;
            for (int i = 0; i < rows.size(); ++i) shownAt[rows[i]] = createIndex(i, 0, static_cast<quintptr>(group + 1));
        }
    }
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        if (itemRows[i] < 0) {
            after << before[i];  // a header stays where it is
            continue;
        }
        const QModelIndex moved = shownAt[itemRows[i]];
        after << (moved.isValid() ? moved.siblingAtColumn(before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QVector<int> ResultsModel::positionsInShownOrder() const
{
    if (groups_.isEmpty()) return flat_;
    QVector<int> positions;
    positions.reserve(items_.size());
    for (const Group& group : groups_) positions += group.rows;
    return positions;
}

QVector<QPair<QString, int>> ResultsModel::groups() const
{
    QVector<QPair<QString, int>> shown;
    for (const Group& group : groups_) shown.push_back({group.key, static_cast<int>(group.rows.size())});
    return shown;
}

int ResultsModel::itemRowOf(const QModelIndex& index) const
{
    if (!index.isValid()) return -1;
    if (groups_.isEmpty()) return index.row() < flat_.size() ? flat_[index.row()] : -1;
    if (index.internalId() == kTopLevel) return -1;
    const auto group = static_cast<int>(index.internalId() - 1);
    if (group >= groups_.size() || index.row() >= groups_[group].rows.size()) return -1;
    return groups_[group].rows[index.row()];
}

const Item* ResultsModel::itemAt(const QModelIndex& index) const
{
    const int row = itemRowOf(index);
    return row >= 0 ? &items_[row] : nullptr;
}

const SearchMatch* ResultsModel::matchAt(const QModelIndex& index) const
{
    const int row = itemRowOf(index);
    return row >= 0 && row < matches_.size() ? &matches_[row] : nullptr;
}

QModelIndex ResultsModel::indexOfItem(int64_t itemId) const
{
    for (int row = 0; row < items_.size(); ++row) {
        if (items_[row].id == itemId) return indexOfRow(row);
    }
    return {};
}

QModelIndex ResultsModel::indexOfRow(int itemRow) const
{
    if (groups_.isEmpty()) {
        const auto shown = flat_.indexOf(itemRow);
        return shown >= 0 ? createIndex(static_cast<int>(shown), 0, kTopLevel) : QModelIndex();
    }
    for (int group = 0; group < groups_.size(); ++group) {
        const auto shown = groups_[group].rows.indexOf(itemRow);
        if (shown >= 0) return createIndex(static_cast<int>(shown), 0, static_cast<quintptr>(group + 1));
    }
    return {};
}

QModelIndex ResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid()) {
        const int top = groups_.isEmpty() ? static_cast<int>(flat_.size()) : static_cast<int>(groups_.size());
        return row < top ? createIndex(row, column, kTopLevel) : QModelIndex();
    }
    if (groups_.isEmpty() || parent.internalId() != kTopLevel || parent.row() >= groups_.size()) return {};
    if (row >= groups_[parent.row()].rows.size()) return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || groups_.isEmpty() || child.internalId() == kTopLevel) return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) return groups_.isEmpty() ? static_cast<int>(flat_.size()) : static_cast<int>(groups_.size());
    if (groups_.isEmpty() || parent.internalId() != kTopLevel || parent.column() != 0) return 0;
    return parent.row() < groups_.size() ? static_cast<int>(groups_[parent.row()].rows.size()) : 0;
}

int ResultsModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant ResultsModel::display(int row, int column) const
{
    const Item& item = items_[row];
    const SearchMatch* match = row < matches_.size() ? &matches_[row] : nullptr;
    switch (column) {
    case Title: return toQString(titleOf(item));
    case Class: return resourceClassLabel(item);
    case Kind: return item.kind == MediaKind::Video ? tr("Video") : tr("Audio");
    case Duration: return item.status == ItemStatus::Analyzed ? formatDuration(item.durationSeconds) : QString();
    case Score: return match ? QLocale().toString(match->score, 'f', 3) : QString();
    case From: return match ? formatDuration(match->startSeconds) : QString();
    case FoundBecause: return match ? plainReason(match->reason) : QString();
    case Folder: return toQString(item.folder);
    case Status:
        if (item.missing) return tr("Missing");
        switch (item.status) {
        case ItemStatus::Pending: return tr("Pending");
        case ItemStatus::Analyzed: return tr("Analysed");
        case ItemStatus::Failed: return tr("Failed");
        }
        return {};
    default: return {};
    }
}

QVariant ResultsModel::groupData(int group, int column, int role) const
{
    if (group < 0 || group >= groups_.size()) return {};
    switch (role) {
    case Qt::DisplayRole:
        if (column != 0) return {};
        return tr("%1 (%2)").arg(searchGroupName(groups_[group].key), QLocale().toString(groups_[group].rows.size()));
    case IsGroupRole: return true;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::AccessibleTextRole: return groupData(group, 0, Qt::DisplayRole);
    default: return {};
    }
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    const int row = itemRowOf(index);
    if (row < 0) return groups_.isEmpty() ? QVariant() : groupData(index.row(), index.column(), role);
    const Item& item = items_[row];
    const SearchMatch* match = row < matches_.size() ? &matches_[row] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Overview) return {};
        return display(row, index.column());
    case PathRole: return toQString(item.path);
    case ItemIdRole: return QVariant::fromValue(static_cast<qint64>(item.id));
    case StartRole: return match ? match->startSeconds : 0.0;
    case IsGroupRole: return false;
    case IsVideoRole: return item.kind == MediaKind::Video;
    case ClassIdRole: return QString::fromStdString(item.resourceClass);
    case ClassChosenRole: return item.classSource == ClassSource::Manual;
    case ScoreFractionRole: {
        if (!match || groups_.isEmpty()) return {};
        const auto group = static_cast<int>(index.internalId() - 1);
        const double best = groups_[group].bestScore;
        return best > 0 ? std::clamp(match->score / best, 0.0, 1.0) : 0.0;
    }
    case OverviewFileRole:
        return overviewOf_ && item.status == ItemStatus::Analyzed ? overviewOf_(item.id) : QString();
    case Qt::ToolTipRole:
        if (item.status == ItemStatus::Failed) return toQString(item.error);
        if (item.missing) return tr("The file is missing: %1").arg(toQString(item.path));
        if (index.column() == FoundBecause && match) return plainReason(match->reason);
        return toQString(item.path);
    case Qt::ForegroundRole:
        if (item.status == ItemStatus::Failed || item.missing) {
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == From) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Title: return tr("Title");
    case Class: return tr("Class");
    case Kind: return tr("Kind");
    case Duration: return tr("Duration");
    case Overview: return tr("Overview");
    case Score: return tr("Score");
    case From: return tr("Play from");
    case FoundBecause: return tr("Found because");
    case Folder: return tr("Folder");
    case Status: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags ResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    if (itemRowOf(index) < 0) return Qt::ItemIsEnabled;  // a group's header
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList ResultsModel::mimeTypes() const { return {QStringLiteral("text/uri-list"), itemIdsMimeType()}; }

QMimeData* ResultsModel::mimeData(const QModelIndexList& indexes) const
{
    QList<QUrl> urls;
    QStringList ids;
    QList<int> seen;
    for (const QModelIndex& index : indexes) {
        const int row = itemRowOf(index);
        if (row < 0 || seen.contains(row)) continue;
        seen << row;
        urls << QUrl::fromLocalFile(toQString(items_[row].path));
        ids << QString::number(items_[row].id);
    }
    if (urls.isEmpty()) return nullptr;
    auto* data = new QMimeData;  // owned by the drag, as Qt's views expect
    data->setUrls(urls);
    data->setData(itemIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

}  // namespace lectern
