// The library as a table: one row per item, the columns a teacher scans.
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "catalog/Item.h"

namespace lectern {

// Why a row is there when the table shows search results, and where to play from.
struct SearchMatch {
    double startSeconds = 0.0;
    QString reason;
};

class LibraryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Kind, Duration, Class, Status, Folder, FoundBecause, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2;
    static constexpr int ItemIdRole = Qt::UserRole + 3;
    static constexpr int StartRole = Qt::UserRole + 4;  // seconds to play from

    using QAbstractTableModel::QAbstractTableModel;

    // `matches` is empty for a plain listing, else one per item, best first.
    void setItems(const QVector<Item>& items, const QVector<SearchMatch>& matches = {});
    const Item* itemAt(int row) const;
    // The row showing this item, or -1.
    int rowOfItem(int64_t itemId) const;
    const SearchMatch* matchAt(int row) const;
    bool showsSearchResults() const { return !matches_.isEmpty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Item& item, int column) const;
    QVector<Item> items_;
    QVector<SearchMatch> matches_;
};

QString formatDuration(double seconds);
// "Music", "Language learning", … for a class id of design §1.
QString resourceClassName(const std::string& id);
// The class column: the class with the model's confidence, or who chose it.
QString resourceClassLabel(const Item& item);

}  // namespace lectern
