#include "ui/collections/CollectionActions.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

#include "platform/LibraryLocation.h"
#include "ui/LibraryService.h"
#include "ui/collections/ExportActions.h"
#include "ui/library/LibrarySidebar.h"
#include "ui/library/ResultsView.h"
#include "ui/search/SearchState.h"

namespace lectern {

CollectionActions::CollectionActions(LibraryService& service, ResultsView& results, LibrarySidebar& sidebar,
                                     ExportActions& exporter, QWidget* window)
    : QObject(window),
      service_(service),
      results_(results),
      exporter_(exporter),
      window_(window),
      askName_([](QWidget* owner, const QString& title, const QString& current) {
          return QInputDialog::getText(owner, title, tr("Name:"), QLineEdit::Normal, current);
      })
{
    connect(&sidebar, &LibrarySidebar::createCollectionRequested, this, &CollectionActions::createFromSelection);
    connect(&sidebar, &LibrarySidebar::renameCollectionRequested, this, [this](qint64 id, const QString& current) {
        const QString name = askName(tr("Rename Collection"), current);
        if (!name.isEmpty() && name != current) service_.renameCollection(id, name);
    });
    connect(&sidebar, &LibrarySidebar::deleteCollectionRequested, this, [this](qint64 id, const QString& name) {
        const auto answer =
            QMessageBox::question(window_, tr("Delete Collection"),
                                  tr("Delete the collection \"%1\"? Its items stay in the library.").arg(name));
        if (answer == QMessageBox::Yes) service_.deleteCollection(id);
    });
    connect(&sidebar, &LibrarySidebar::itemsDroppedOnCollection, &service_, &LibraryService::addToCollection);
    connect(&sidebar, &LibrarySidebar::exportCollectionRequested, this, &CollectionActions::exportCollection);
}

QString CollectionActions::askName(const QString& title, const QString& current) const
{
    return askName_(window_, title, current);
}

void CollectionActions::createFromSelection()
{
    const QString name = askName(tr("New Collection"), QString());
    if (name.trimmed().isEmpty()) return;
    service_.createCollection(name, results_.selectedItemIds());
}

void CollectionActions::addSelectionTo(qint64 collectionId)
{
    const QVector<qint64> ids = results_.selectedItemIds();
    if (!ids.isEmpty()) service_.addToCollection(collectionId, ids);
}

void CollectionActions::fillAddMenu(QMenu* menu)
{
    for (const Collection& collection : collections_) {
        const qint64 id = collection.id;
        menu->addAction(toQString(collection.name), this, [this, id] { addSelectionTo(id); });
    }
    if (!collections_.isEmpty()) menu->addSeparator();
    menu->addAction(tr("&New Collection…"), this, &CollectionActions::createFromSelection);
}

void CollectionActions::addRemoveEntry(QMenu* menu, const QString& shownCollection)
{
    for (const Collection& collection : collections_) {
        if (shownCollection.isEmpty() || toQString(collection.name) != shownCollection) continue;
        const qint64 id = collection.id;
        menu->addAction(tr("Remove From \"%1\"").arg(shownCollection), this,
                        [this, id] { service_.removeFromCollection(id, results_.selectedItemIds()); })
            ->setEnabled(service_.isWritable());
    }
}

void CollectionActions::exportCollection(const QString& name)
{
    // The collection's items, as the results show them when it is chosen.
    SearchState state;
    state.setFilter(QStringLiteral("collection"), name);
    auto* once = new QMetaObject::Connection;
    *once = connect(&service_, &LibraryService::itemsReady, this,
                    [this, name, once](const ResultList& list) {
                        disconnect(*once);
                        delete once;
                        exporter_.exportItems(list.items, name);
                    });
    service_.search(state);
}

}  // namespace lectern
