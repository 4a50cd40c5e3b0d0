#include "ui/library/DuplicatesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "platform/LibraryLocation.h"
#include "ui/common/Formatting.h"

namespace lectern {
namespace {
constexpr int kItemRole = Qt::UserRole + 1;
}

DuplicatesDialog::DuplicatesDialog(QWidget* parent)
    : QDialog(parent), summary_(new QLabel(this)), groups_(new QTreeWidget(this)), remove_(new QPushButton(this))
{
    setWindowTitle(tr("Duplicates"));
    resize(820, 520);
    groups_->setColumnCount(4);
    groups_->setHeaderLabels({tr("File"), tr("Duration"), tr("Starts at"), tr("Folder")});
    groups_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    groups_->setAccessibleName(tr("Groups of the same recording"));
    remove_->setText(tr("&Remove From Library"));
    remove_->setToolTip(tr("Take the ticked copies out of the library; their files stay where they are"));
    connect(remove_, &QPushButton::clicked, this, [this] {
        const QVector<qint64> ids = tickedItems();
        if (ids.isEmpty()) return;
        emit removeRequested(ids);
    });
    connect(groups_, &QTreeWidget::itemChanged, this, &DuplicatesDialog::updateButton);
    connect(groups_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* row) {
        if (const qint64 id = row->data(0, kItemRole).toLongLong(); id > 0) emit itemChosen(id);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(remove_, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    layout->addWidget(groups_, 1);
    layout->addWidget(buttons);
    showSearching();
}

void DuplicatesDialog::showSearching()
{
    groups_->clear();
    summary_->setText(tr("Looking for copies of the same recording…"));
    updateButton();
}

void DuplicatesDialog::showGroups(const QVector<DuplicateSet>& groups)
{
    const QSignalBlocker quiet(groups_);
    groups_->clear();
    for (const DuplicateSet& group : groups) {
        auto* header = new QTreeWidgetItem(groups_, {tr("%1: %Ln item(s)", nullptr, static_cast<int>(group.items.size()))
                                                         .arg(group.relation)});
        header->setFirstColumnSpanned(true);
        for (int i = 0; i < group.items.size(); ++i) {
            const Item& item = group.items[i];
            auto* row = new QTreeWidgetItem(header, {toQString(item.fileName), formatDuration(item.durationSeconds),
                                                     formatDuration(group.offsetsSeconds.value(i)),
                                                     toQString(item.folder)});
            row->setData(0, kItemRole, QVariant::fromValue<qint64>(item.id));
            row->setToolTip(0, toQString(item.path));
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(0, i == 0 ? Qt::Unchecked : Qt::Checked);  // keep the longest
        }
        header->setExpanded(true);
    }
    summary_->setText(groups.isEmpty()
                          ? tr("No two items in the library are the same recording.")
                          : tr("%Ln group(s) of the same recording. The ticked copies can be removed from the library; "
                               "the longest of each group is kept unticked. Files on disk are never deleted.",
                               nullptr, static_cast<int>(groups.size())));
    updateButton();
}

void DuplicatesDialog::setWritable(bool writable)
{
    writable_ = writable;
    updateButton();
}

QVector<qint64> DuplicatesDialog::tickedItems() const
{
    QVector<qint64> ids;
    for (QTreeWidgetItemIterator it(groups_); *it; ++it) {
        if ((*it)->data(0, kItemRole).toLongLong() > 0 && (*it)->checkState(0) == Qt::Checked) {
            ids << (*it)->data(0, kItemRole).toLongLong();
        }
    }
    return ids;
}

void DuplicatesDialog::updateButton()
{
    const int ticked = static_cast<int>(tickedItems().size());
    remove_->setEnabled(writable_ && ticked > 0);
    remove_->setText(tr("&Remove %Ln From Library", nullptr, ticked));
}

}  // namespace lectern
