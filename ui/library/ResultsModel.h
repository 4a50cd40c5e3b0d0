// What the results view shows: the whole library (or a part of it) as flat
// rows, or the answer of a search in its groups — Same recording, Sounds
// similar, Matching words — each group a header row over its items. It
// sorts itself, within each group, by keys made once per column: a proxy
// model asking data() for every comparison took seconds at 100k items.
#pragma once

#include <QAbstractItemModel>
#include <QVector>

#include <functional>

#include "catalog/Item.h"

namespace lectern {

// Why a row is there when the view shows search results, and where to play from.
struct SearchMatch {
    double startSeconds = 0.0;
    QString reason;
    QString group;       // kTextGroup, kSoundsLikeGroup, kSameRecordingGroup or kSoundsSimilarGroup
    double score = 0.0;  // comparable within a group only
};

class ResultsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Title, Class, Kind, Duration, Overview, Score, From, FoundBecause, Folder, Status, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 2;
    static constexpr int ItemIdRole = Qt::UserRole + 3;
    static constexpr int StartRole = Qt::UserRole + 4;          // seconds to play from
    static constexpr int IsGroupRole = Qt::UserRole + 5;        // a header row
    static constexpr int ScoreFractionRole = Qt::UserRole + 7;  // 0..1 within the group
    static constexpr int OverviewFileRole = Qt::UserRole + 8;   // the spectrogram overview picture
    static constexpr int IsVideoRole = Qt::UserRole + 9;
    static constexpr int ClassIdRole = Qt::UserRole + 10;      // "music", …, "unknown"
    static constexpr int ClassChosenRole = Qt::UserRole + 11;  // the teacher chose it
    // The MIME type of dragged rows inside Lectern: item ids, one per line.
    static QString itemIdsMimeType() { return QStringLiteral("application/x-lectern-item-ids"); }

    explicit ResultsModel(QObject* parent = nullptr);

    // `matches` is empty for a plain listing, else one per item, best first.
    // `inTitleOrder`: the items come sorted by titleSortKey (a listing sorted
    // on a worker thread), so sorting by title costs nothing here.
    void setItems(const QVector<Item>& items, const QVector<SearchMatch>& matches = {}, bool inTitleOrder = false);
    // What the Title column sorts by: the title (else the file name) in lower case.
    static std::string titleSortKey(const Item& item);
    // Where an item's spectrogram overview is cached (no file need exist).
    void setOverviewLocator(std::function<QString(qint64)> locator) { overviewOf_ = std::move(locator); }

    const Item* itemAt(const QModelIndex& index) const;
    const SearchMatch* matchAt(const QModelIndex& index) const;
    // The index of this item's row (column 0), or an invalid one.
    QModelIndex indexOfItem(int64_t itemId) const;
    int itemCount() const { return static_cast<int>(items_.size()); }
    const QVector<Item>& items() const { return items_; }
    // Positions in items() in the order the rows are shown (groups one after another).
    QVector<int> positionsInShownOrder() const;
    bool showsSearchResults() const { return !matches_.isEmpty(); }
    // The group keys shown, in order, with their item counts.
    QVector<QPair<QString, int>> groups() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    // Column -1: the order the items came in (a search's, best first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return sortColumn_; }

private:
    struct Group {
        QString key;
        QVector<int> rows;  // into items_
        double bestScore = 0.0;
    };
    // The position in items_ of the row at `index`, or -1 for a header.
    int itemRowOf(const QModelIndex& index) const;
    // The index (column 0) showing the item at this position of items_.
    QModelIndex indexOfRow(int itemRow) const;
    // Puts `rows` (positions in items_) in the order of the current sort.
    void sortRows(QVector<int>& rows) const;
    void applySort();
    QVariant display(int row, int column) const;
    QVariant groupData(int group, int column, int role) const;

    QVector<Item> items_;
    QVector<SearchMatch> matches_;
    QVector<Group> groups_;  // empty for a plain listing
    QVector<int> flat_;      // a listing's rows in shown order, as positions in items_
    int sortColumn_ = -1;
    bool inTitleOrder_ = false;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    std::function<QString(qint64)> overviewOf_;
};

}  // namespace lectern
