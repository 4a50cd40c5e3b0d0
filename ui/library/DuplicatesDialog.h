// The library's duplicates: groups of the same recording (identical files,
// re-encodings, louder or quieter copies, excerpts) as the engine finds them
// through fingerprints. Every copy but the longest starts ticked; Remove From
// Library takes the ticked ones out of the catalog (the files stay on disk).
#pragma once

#include <QDialog>

#include "ui/LibraryTypes.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lectern {

class DuplicatesDialog : public QDialog {
    Q_OBJECT

public:
    explicit DuplicatesDialog(QWidget* parent = nullptr);

    void showSearching();
    void showGroups(const QVector<DuplicateSet>& groups);
    void setWritable(bool writable);
    QTreeWidget* groupsView() const { return groups_; }
    QPushButton* removeButton() const { return remove_; }
    QVector<qint64> tickedItems() const;

signals:
    void removeRequested(const QVector<qint64>& itemIds);
    void itemChosen(qint64 itemId);

private:
    void updateButton();

    QLabel* summary_;
    QTreeWidget* groups_;
    QPushButton* remove_;
    bool writable_ = true;
};

}  // namespace lectern
