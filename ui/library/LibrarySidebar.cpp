#include "ui/library/LibrarySidebar.h"

#include <QLocale>
#include <QDir>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>

#include <map>

#include "catalog/ResourceClass.h"
#include "platform/LibraryLocation.h"
#include "ui/common/Formatting.h"
#include "ui/library/ResultsModel.h"

namespace lectern {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kValueRole = Qt::UserRole + 2;
constexpr int kCountRole = Qt::UserRole + 3;
constexpr int kCollectionRole = Qt::UserRole + 4;
constexpr int kSavedRole = Qt::UserRole + 5;
constexpr int kNameRole = Qt::UserRole + 6;

// The folders as a tree of path parts, each with the items directly in it.
struct FolderNode {
    std::map<QString, FolderNode> children;
    qint64 direct = 0;
    qint64 total = 0;
};

qint64 sumTotals(FolderNode& node)
{
    node.total = node.direct;
    for (auto& [name, child] : node.children) node.total += sumTotals(child);
    return node.total;
}

QString joined(const QString& path, const QString& part)
{
    if (path.isEmpty()) return part;
    return path.endsWith(QLatin1Char('/')) ? path + part : path + QLatin1Char('/') + part;
}

QString labelled(const QString& text, qint64 count) { return QStringLiteral("%1  (%2)").arg(text, QLocale().toString(count)); }

}  // namespace

const QStringList& LibrarySidebar::scopeKeys()
{
    static const QStringList keys = {QStringLiteral("class"), QStringLiteral("kind"), QStringLiteral("under"),
                                     QStringLiteral("collection"), QStringLiteral("status")};
    return keys;
}

LibrarySidebar::LibrarySidebar(QWidget* parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setAccessibleName(tr("Library sidebar"));
    setToolTip(tr("Choose what the results show; drop items on a collection to add them"));
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    viewport()->setAcceptDrops(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setMinimumWidth(200);
    library_ = section(tr("Library"));
    folders_ = section(tr("Folders"));
    collections_ = section(tr("Collections"));
    saved_ = section(tr("Saved searches"));
    problems_ = section(tr("Problems"));
    showCounts({});
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* node) { chooseNode(node); });
    connect(this, &QWidget::customContextMenuRequested, this, &LibrarySidebar::showMenu);
}

QTreeWidgetItem* LibrarySidebar::section(const QString& title)
{
    auto* node = new QTreeWidgetItem(this, {title});
    node->setFlags(Qt::ItemIsEnabled);
    QFont font = node->font(0);
    font.setBold(true);
    node->setFont(0, font);
    node->setExpanded(true);
    return node;
}

QTreeWidgetItem* LibrarySidebar::addNode(QTreeWidgetItem* parent, const QString& text, const SearchFilter& filter,
                                         qint64 count, const QString& tooltip)
{
    auto* node = new QTreeWidgetItem(parent, {labelled(text, count)});
    node->setData(0, kKeyRole, filter.key);
    node->setData(0, kValueRole, filter.value);
    node->setData(0, kCountRole, count);
    node->setData(0, kNameRole, text);
    node->setToolTip(0, tooltip.isEmpty() ? text : tooltip);
    return node;
}

void LibrarySidebar::showCounts(const LibraryCounts& counts)
{
    // The teacher's place in the tree survives the new counts.
    const QTreeWidgetItem* current = currentItem();
    const QString currentKey = current ? current->data(0, kKeyRole).toString() : QString();
    const QString currentValue = current ? current->data(0, kValueRole).toString() : QString();
    const QString currentSaved = current ? current->data(0, kSavedRole).toString() : QString();
    const bool hadCurrent = current != nullptr;
    QStringList collapsed;
    for (QTreeWidgetItemIterator it(folders_); *it; ++it) {
        if (!(*it)->isExpanded()) collapsed << (*it)->data(0, kValueRole).toString();
    }

    following_ = true;
    std::map<std::string, qint64> byClass;
    qint64 all = 0, audio = 0, video = 0, failed = 0, missing = 0;
    for (const OverviewCount& count : counts.counts) {
        all += count.items;
        byClass[count.resourceClass] += count.items;
        (count.kind == MediaKind::Video ? video : audio) += count.items;
        if (count.status == ItemStatus::Failed) failed += count.items;
        if (count.missing) missing += count.items;
    }
    qDeleteAll(library_->takeChildren());
    addNode(library_, tr("All"), {}, all, tr("Everything in the library"));
    for (std::string_view id : kResourceClasses) {
        const std::string name(id);
        addNode(library_, resourceClassName(name), {QStringLiteral("class"), QString::fromStdString(name)},
                byClass[name]);
    }
    addNode(library_, tr("Unclassified"), {QStringLiteral("class"), QStringLiteral("unknown")}, byClass["unknown"],
            tr("Not yet analysed, or could not be classified"));
    addNode(library_, tr("Audio"), {QStringLiteral("kind"), QStringLiteral("audio")}, audio);
    addNode(library_, tr("Video"), {QStringLiteral("kind"), QStringLiteral("video")}, video);

    showFolders(counts);
    for (QTreeWidgetItemIterator it(folders_); *it; ++it) {
        (*it)->setExpanded(!collapsed.contains((*it)->data(0, kValueRole).toString()));
    }

    qDeleteAll(collections_->takeChildren());
    for (const Collection& collection : counts.collections) {
        QTreeWidgetItem* node = addNode(collections_, toQString(collection.name),
                                        {QStringLiteral("collection"), toQString(collection.name)},
                                        collection.itemCount, tr("Drop items here to add them"));
        node->setData(0, kCollectionRole, QVariant::fromValue<qint64>(collection.id));
        node->setFlags(node->flags() | Qt::ItemIsDropEnabled);
    }

    qDeleteAll(problems_->takeChildren());
    addNode(problems_, tr("Could not be analysed"), {QStringLiteral("status"), QStringLiteral("failed")}, failed,
            tr("Files that could not be read, with the reason; right-click to retry"));
    addNode(problems_, tr("Missing files"), {QStringLiteral("status"), QStringLiteral("missing")}, missing,
            tr("Files gone from their folder (a USB stick unplugged?): kept until you remove them"));

    setCurrentItem(nullptr);
    if (hadCurrent) {
        for (QTreeWidgetItemIterator it(this); *it; ++it) {
            const bool sameSaved = !currentSaved.isEmpty() && (*it)->data(0, kSavedRole).toString() == currentSaved;
            const bool sameFilter = currentSaved.isEmpty() && (*it)->parent() &&
                                    (*it)->data(0, kSavedRole).toString().isEmpty() &&
                                    (*it)->data(0, kKeyRole).toString() == currentKey &&
                                    (*it)->data(0, kValueRole).toString() == currentValue;
            if (sameSaved || sameFilter) {
                setCurrentItem(*it);
                break;
            }
        }
    }
    following_ = false;
}

void LibrarySidebar::showFolders(const LibraryCounts& counts)
{
    qDeleteAll(folders_->takeChildren());
    FolderNode root;
    for (const OverviewCount& count : counts.counts) {
        FolderNode* node = &root;
        const QString folder = QDir::fromNativeSeparators(toQString(count.folder));
        const QStringList parts = folder.split(QLatin1Char('/'), Qt::KeepEmptyParts);
        for (int i = 0; i < parts.size(); ++i) {
            // The empty part before a leading "/" is the file system's root.
            const QString part = (i == 0 && parts[i].isEmpty()) ? QStringLiteral("/") : parts[i];
            if (part.isEmpty()) continue;
            node = &node->children[part];
        }
        node->direct += count.items;
    }
    sumTotals(root);
    // Chains of folders holding nothing but one folder show as one node, so
    // the tree starts at the folders the teacher imported, not at "/".
    const auto add = [this](QTreeWidgetItem* parent, const QString& name, const QString& path, const FolderNode& node,
                            const auto& self) -> void {
        QString label = name;
        QString full = path;
        const FolderNode* at = &node;
        while (at->direct == 0 && at->children.size() == 1) {
            const auto& [childName, child] = *at->children.begin();
            full = joined(full, childName);
            label = parent == folders_ ? QDir::toNativeSeparators(full) : joined(label, childName);
            at = &child;
        }
        QTreeWidgetItem* item = addNode(parent, label, {QStringLiteral("under"), QDir::toNativeSeparators(full)},
                                        at->total, QDir::toNativeSeparators(full));
        for (const auto& [childName, child] : at->children) self(item, childName, joined(full, childName), child, self);
    };
    for (const auto& [name, node] : root.children) add(folders_, name, name, node, add);
}

void LibrarySidebar::setSavedSearches(const QList<QPair<QString, SearchState>>& searches)
{
    qDeleteAll(saved_->takeChildren());
    for (const auto& [name, state] : searches) {
        auto* node = new QTreeWidgetItem(saved_, {name});
        node->setData(0, kSavedRole, name);
        node->setData(0, kNameRole, name);
        node->setData(0, kValueRole, state.toVariant());
        node->setToolTip(0, state.queryText());
    }
}

void LibrarySidebar::followFilters(const QList<SearchFilter>& filters)
{
    SearchFilter scope;
    for (const SearchFilter& filter : filters) {
        if (scopeKeys().contains(filter.key)) scope = filter;
    }
    const QTreeWidgetItem* current = currentItem();
    if (current && current->data(0, kSavedRole).toString().isEmpty() && current->parent() &&
        current->data(0, kKeyRole).toString() == scope.key && current->data(0, kValueRole).toString() == scope.value) {
        return;
    }
    following_ = true;
    setCurrentItem(nullptr);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->parent() && (*it)->data(0, kSavedRole).toString().isEmpty() &&
            (*it)->data(0, kKeyRole).toString() == scope.key && (*it)->data(0, kValueRole).toString() == scope.value) {
            setCurrentItem(*it);
            break;
        }
    }
    following_ = false;
}

void LibrarySidebar::chooseNode(QTreeWidgetItem* node)
{
    if (following_ || !node || !node->parent()) return;
    if (!node->data(0, kSavedRole).toString().isEmpty()) {
        emit savedSearchChosen(SearchState::fromVariant(node->data(0, kValueRole).toMap()));
        return;
    }
    emit filterChosen({node->data(0, kKeyRole).toString(), node->data(0, kValueRole).toString()});
}

QTreeWidgetItem* LibrarySidebar::findNode(const QString& sectionTitle, const QString& text) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = topLevelItem(i);
        if (top->text(0) != sectionTitle) continue;
        for (QTreeWidgetItemIterator it(top); *it; ++it) {
            if ((*it)->data(0, kNameRole).toString() == text) return *it;
        }
    }
    return nullptr;
}

QTreeWidgetItem* LibrarySidebar::collectionNode(const QString& name) const
{
    for (int i = 0; i < collections_->childCount(); ++i) {
        if (collections_->child(i)->data(0, kNameRole).toString() == name) return collections_->child(i);
    }
    return nullptr;
}

int LibrarySidebar::countOf(const QTreeWidgetItem* node) const
{
    return node ? node->data(0, kCountRole).toInt() : -1;
}

qint64 LibrarySidebar::collectionIdAt(const QPoint& position) const
{
    const QTreeWidgetItem* node = itemAt(position);
    return node ? node->data(0, kCollectionRole).toLongLong() : 0;
}

void LibrarySidebar::dragEnterEvent(QDragEnterEvent* event)
{
    if (writable_ && event->mimeData()->hasFormat(ResultsModel::itemIdsMimeType())) event->acceptProposedAction();
    else event->ignore();
}

void LibrarySidebar::dragMoveEvent(QDragMoveEvent* event)
{
    const bool onCollection = collectionIdAt(event->position().toPoint()) > 0;
    if (writable_ && onCollection && event->mimeData()->hasFormat(ResultsModel::itemIdsMimeType())) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void LibrarySidebar::dropEvent(QDropEvent* event)
{
    const qint64 collection = collectionIdAt(event->position().toPoint());
    if (collection <= 0 || !writable_) return event->ignore();
    QVector<qint64> ids;
    for (const QByteArray& line : event->mimeData()->data(ResultsModel::itemIdsMimeType()).split('\n')) {
        bool ok = false;
        const qint64 id = line.toLongLong(&ok);
        if (ok) ids << id;
    }
    if (ids.isEmpty()) return event->ignore();
    event->acceptProposedAction();
    emit itemsDroppedOnCollection(collection, ids);
}

void LibrarySidebar::showMenu(const QPoint& position)
{
    QTreeWidgetItem* node = itemAt(position);
    QMenu menu(this);
    const bool inCollections = node == collections_ || (node && node->parent() == collections_);
    if (inCollections) {
        menu.addAction(tr("&New Collection…"), this, &LibrarySidebar::createCollectionRequested)->setEnabled(writable_);
        if (node != collections_) {
            const qint64 id = node->data(0, kCollectionRole).toLongLong();
            const QString name = node->data(0, kNameRole).toString();
            menu.addAction(tr("&Rename…"), this, [this, id, name] { emit renameCollectionRequested(id, name); })
                ->setEnabled(writable_);
            menu.addAction(tr("&Delete"), this, [this, id, name] { emit deleteCollectionRequested(id, name); })
                ->setEnabled(writable_);
            menu.addSeparator();
            menu.addAction(tr("&Export…"), this, [this, name] { emit exportCollectionRequested(name); });
        }
    } else if (node && node->parent() == saved_) {
        const QString name = node->data(0, kSavedRole).toString();
        menu.addAction(tr("&Delete Saved Search"), this, [this, name] { emit deleteSavedSearchRequested(name); });
    } else if (node == problems_ || (node && node->parent() == problems_)) {
        menu.addAction(tr("&Retry All"), this, &LibrarySidebar::retryProblemsRequested)->setEnabled(writable_);
    }
    if (!menu.isEmpty()) menu.exec(viewport()->mapToGlobal(position));
}

}  // namespace lectern
