// The results as a grid of pictures, for browsing video: each item's middle
// keyframe (its spectrogram for audio) with its title, in the order the
// results view shows them. Choosing a picture chooses that row of the
// results, so the detail pane and the player follow as they do there.
#pragma once

#include <QAbstractListModel>
#include <QListView>
#include <QVector>

#include <functional>

#include "catalog/Item.h"

namespace lectern {

class PictureCache;
class ResultsView;

class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    // `pictureOf`: a video's keyframe folder or an audio item's spectrogram file.
    ThumbnailModel(std::function<QString(const Item&)> pictureOf, QObject* parent = nullptr);

    // `items` shared with the results (no copy), shown in `order` (positions in it).
    void setItems(const QVector<Item>& items, QVector<int> order);
    int rowOf(qint64 itemId) const;
    PictureCache* pictures() const { return pictures_; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QVector<Item> items_;
    QVector<int> order_;
    std::function<QString(const Item&)> pictureOf_;
    PictureCache* pictures_;
};

class ThumbnailGrid : public QListView {
    Q_OBJECT

public:
    static constexpr QSize kThumbnailSize{192, 108};

    ThumbnailGrid(ResultsView* results, std::function<QString(const Item&)> pictureOf, QWidget* parent = nullptr);
    ThumbnailModel* thumbnails() const { return model_; }
    // Pictures that were missing may exist now: they are looked for again.
    void reloadPictures();

signals:
    void itemActivated(qint64 itemId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Only while shown: a listing of 100k items is not copied for a hidden grid.
    void follow();

    bool stale_ = true;
    ResultsView* results_;
    ThumbnailModel* model_;
};

}  // namespace lectern
