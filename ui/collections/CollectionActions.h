// What the teacher does with collections from the window: create one from
// the selected rows, rename or delete one (asking first), add the selection
// to one, take it out of the one being shown, export one. The sidebar and
// the results' menu both come here.
#pragma once

#include <QObject>
#include <QVector>

#include <functional>

#include "catalog/Collections.h"

class QMenu;
class QWidget;

namespace lectern {

class ExportActions;
class LibraryService;
class LibrarySidebar;
class ResultsView;

class CollectionActions : public QObject {
    Q_OBJECT

public:
    // Asks for a name; "" when cancelled. Replaceable so that tests need no dialog.
    using NameAsker = std::function<QString(QWidget*, const QString& title, const QString& current)>;

    CollectionActions(LibraryService& service, ResultsView& results, LibrarySidebar& sidebar, ExportActions& exporter,
                      QWidget* window);

    void setNameAsker(NameAsker asker) { askName_ = std::move(asker); }
    QString askName(const QString& title, const QString& current) const;
    // The collections as the last counts gave them.
    void setCollections(const QVector<Collection>& collections) { collections_ = collections; }

    // A new collection holding the selected rows (none selected: an empty one).
    void createFromSelection();
    void addSelectionTo(qint64 collectionId);
    // "Add to" entries, one per collection, and New Collection….
    void fillAddMenu(QMenu* menu);
    // "Remove From …" when the results show one collection.
    void addRemoveEntry(QMenu* menu, const QString& shownCollection);

private:
    void exportCollection(const QString& name);

    LibraryService& service_;
    ResultsView& results_;
    ExportActions& exporter_;
    QWidget* window_;
    QVector<Collection> collections_;
    NameAsker askName_;
};

}  // namespace lectern
