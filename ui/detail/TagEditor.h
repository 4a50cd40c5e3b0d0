// The item's tags, editable: title, artist, album, comment, genre, language,
// year. Saved to the catalog only (the media file is never written) and
// searchable at once.
#pragma once

#include <QWidget>

#include "catalog/Item.h"

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lectern {

class TagEditor : public QWidget {
    Q_OBJECT

public:
    explicit TagEditor(QWidget* parent = nullptr);

    void showItem(const Item& item);
    void clear();
    void setWritable(bool writable);
    QLineEdit* field(const QString& name) const;
    QPushButton* saveButton() const { return save_; }
    Tags editedTags() const;

signals:
    void tagsEdited(qint64 itemId, const lectern::Tags& tags);

private:
    void updateButtons();

    qint64 itemId_ = 0;
    Tags shown_;
    bool writable_ = true;
    QLineEdit* title_;
    QLineEdit* artist_;
    QLineEdit* album_;
    QLineEdit* comment_;
    QLineEdit* genre_;
    QLineEdit* language_;
    QSpinBox* year_;
    QPushButton* save_;
    QPushButton* revert_;
};

}  // namespace lectern
