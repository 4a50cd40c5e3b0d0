// The selected item in full (digiKam's right sidebar of properties): its
// spectrogram to explore and the keyframes of a video (clicking either plays
// from that moment), then tabs for the tags, the class, the file, its
// duplicates and the collections that hold it.
#pragma once

#include <QWidget>

#include "catalog/Item.h"
#include "ui/LibraryTypes.h"
#include "ui/detail/SpectrogramView.h"

class QLabel;
class QListWidget;
class QTabWidget;
class QToolButton;

namespace lectern {

class ClassPanel;
class TagEditor;

class ItemDetailPanel : public QWidget {
    Q_OBJECT

public:
    explicit ItemDetailPanel(QWidget* parent = nullptr);

    // The row's facts at once; the pictures and probabilities when they come.
    void showItem(const Item& item, std::optional<TimeRange> matched = std::nullopt);
    void showDetails(const ItemDetails& details);
    void showDuplicates(const QVector<DuplicateSet>& groups);
    void clear();
    void setWritable(bool writable);
    qint64 itemId() const { return item_ ? item_->id : 0; }
    const std::optional<Item>& item() const { return item_; }

    SpectrogramView* spectrogram() const { return spectrogram_; }
    QListWidget* keyframeStrip() const { return keyframes_; }
    TagEditor* tagEditor() const { return tags_; }
    ClassPanel* classPanel() const { return class_; }
    QListWidget* duplicatesList() const { return duplicates_; }
    QTabWidget* tabs() const { return tabs_; }

signals:
    void seekRequested(double seconds);
    void findSimilarRequested(qint64 itemId, const lectern::TimeRange& range);
    void whereElseRequested(qint64 itemId, const lectern::TimeRange& range);
    void tagsEdited(qint64 itemId, const lectern::Tags& tags);
    void classChosen(qint64 itemId, const QString& resourceClass);
    void duplicateChosen(qint64 itemId);
    void renderWanted(qint64 itemId, const lectern::TimeRange& range, int width, int height);

private:
    QWidget* makeFileTab();
    void showFileFacts(const Item& item);

    std::optional<Item> item_;
    std::optional<TimeRange> matched_;
    QLabel* title_;
    QLabel* subtitle_;
    SpectrogramView* spectrogram_;
    QToolButton* findSimilar_;
    QListWidget* keyframes_;
    QTabWidget* tabs_;
    TagEditor* tags_;
    ClassPanel* class_;
    QLabel* fileFacts_;
    QToolButton* openFolder_;
    QListWidget* duplicates_;
    QListWidget* collections_;
    QListWidget* sounds_;  // what the item is heard as; a click plays from there
};

}  // namespace lectern
