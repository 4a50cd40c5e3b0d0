#include "ui/LibraryTableModel.h"

#include <QBrush>
#include <QPalette>

#include "platform/LibraryLocation.h"

namespace lectern {

QString formatDuration(double seconds)
{
    const int total = qRound(seconds);
    const QString minutesSeconds = QStringLiteral("%1:%2").arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
                                       .arg(total % 60, 2, 10, QLatin1Char('0'));
    return total >= 3600 ? QStringLiteral("%1:%2").arg(total / 3600).arg(minutesSeconds) : minutesSeconds;
}

void LibraryTableModel::setItems(const QVector<Item>& items, const QVector<SearchMatch>& matches)
{
    beginResetModel();
    items_ = items;
    matches_ = matches.size() == items.size() ? matches : QVector<SearchMatch>();
    endResetModel();
}

const SearchMatch* LibraryTableModel::matchAt(int row) const
{
    return row >= 0 && row < matches_.size() ? &matches_[row] : nullptr;
}

const Item* LibraryTableModel::itemAt(int row) const
{
    return row >= 0 && row < items_.size() ? &items_[row] : nullptr;
}

int LibraryTableModel::rowOfItem(int64_t itemId) const
{
    for (int row = 0; row < items_.size(); ++row) {
        if (items_[row].id == itemId) return row;
    }
    return -1;
}

int LibraryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

int LibraryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryTableModel::display(const Item& item, int column) const
{
    switch (column) {
    case Title: return toQString(item.tags.title.empty() ? item.fileName : item.tags.title);
    case Kind: return item.kind == MediaKind::Video ? tr("Video") : tr("Audio");
    case Duration: return item.status == ItemStatus::Analyzed ? formatDuration(item.durationSeconds) : QString();
    case Class: return resourceClassLabel(item);
    case Status:
        switch (item.status) {
        case ItemStatus::Pending: return tr("Pending");
        case ItemStatus::Analyzed: return tr("Analysed");
        case ItemStatus::Failed: return tr("Failed");
        }
        return {};
    case Folder: return toQString(item.folder);
    default: return {};
    }
}

QVariant LibraryTableModel::data(const QModelIndex& index, int role) const
{
    const Item* item = itemAt(index.row());
    if (!item) return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FoundBecause) return matchAt(index.row()) ? matchAt(index.row())->reason : QString();
        return display(*item, index.column());
    case SortRole:
        return index.column() == Duration ? QVariant(item->durationSeconds)
                                          : display(*item, index.column()).toString().toLower();
    case PathRole: return toQString(item->path);
    case ItemIdRole: return QVariant::fromValue(static_cast<qint64>(item->id));
    case StartRole: return matchAt(index.row()) ? matchAt(index.row())->startSeconds : 0.0;
    case Qt::ToolTipRole:
        return item->status == ItemStatus::Failed ? toQString(item->error) : toQString(item->path);
    case Qt::ForegroundRole:
        if (item->status == ItemStatus::Failed) return QBrush(QPalette().color(QPalette::PlaceholderText));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QString resourceClassName(const std::string& id)
{
    if (id == "music") return LibraryTableModel::tr("Music");
    if (id == "language") return LibraryTableModel::tr("Language learning");
    if (id == "lecture") return LibraryTableModel::tr("Lecture and speech");
    if (id == "drama") return LibraryTableModel::tr("Film and TV drama");
    if (id == "audiobook") return LibraryTableModel::tr("Audio book and radio drama");
    return LibraryTableModel::tr("Unknown");
}

QString resourceClassLabel(const Item& item)
{
    const QString name = resourceClassName(item.resourceClass);
    if (item.classSource == ClassSource::Manual) return LibraryTableModel::tr("%1 (set by you)").arg(name);
    if (item.classConfidence && item.resourceClass != "unknown") {
        return LibraryTableModel::tr("%1 · %2 %").arg(name).arg(qRound(*item.classConfidence * 100));
    }
    return name;
}

QVariant LibraryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case Duration: return tr("Duration");
    case Class: return tr("Class");
    case Status: return tr("Status");
    case Folder: return tr("Folder");
    case FoundBecause: return tr("Found because");
    default: return {};
    }
}

}  // namespace lectern
