#include "ui/detail/TagEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "platform/LibraryLocation.h"

namespace lectern {

TagEditor::TagEditor(QWidget* parent)
    : QWidget(parent),
      title_(new QLineEdit(this)),
      artist_(new QLineEdit(this)),
      album_(new QLineEdit(this)),
      comment_(new QLineEdit(this)),
      genre_(new QLineEdit(this)),
      language_(new QLineEdit(this)),
      year_(new QSpinBox(this)),
      save_(new QPushButton(tr("&Save Tags"), this)),
      revert_(new QPushButton(tr("Re&vert"), this))
{
    year_->setRange(0, 9999);
    year_->setSpecialValueText(tr("—"));
    language_->setPlaceholderText(tr("e.g. fr, German"));
    auto* form = new QFormLayout(this);
    const auto add = [&](const QString& label, QWidget* field, const QString& name) {
        field->setObjectName(name);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        field->setToolTip(tr("Kept in Lectern's catalog; the media file is not changed"));
        form->addRow(label, field);
    };
    add(tr("&Title"), title_, QStringLiteral("title"));
    add(tr("&Artist"), artist_, QStringLiteral("artist"));
    add(tr("Al&bum"), album_, QStringLiteral("album"));
    add(tr("&Comment"), comment_, QStringLiteral("comment"));
    add(tr("&Genre"), genre_, QStringLiteral("genre"));
    add(tr("&Language"), language_, QStringLiteral("language"));
    add(tr("&Year"), year_, QStringLiteral("year"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(revert_);
    buttons->addWidget(save_);
    form->addRow(buttons);
    save_->setToolTip(tr("Save the tags in the catalog (the media file is never written)"));
    for (QLineEdit* edit : {title_, artist_, album_, comment_, genre_, language_}) {
        connect(edit, &QLineEdit::textEdited, this, &TagEditor::updateButtons);
        connect(edit, &QLineEdit::returnPressed, save_, &QPushButton::click);
    }
    connect(year_, &QSpinBox::valueChanged, this, &TagEditor::updateButtons);
    connect(save_, &QPushButton::clicked, this, [this] {
        if (itemId_ > 0) emit tagsEdited(itemId_, editedTags());
    });
    connect(revert_, &QPushButton::clicked, this, [this] {
        Item item;
        item.id = itemId_;
        item.tags = shown_;
        showItem(item);
    });
    clear();
}

void TagEditor::showItem(const Item& item)
{
    itemId_ = item.id;
    shown_ = item.tags;
    title_->setText(toQString(item.tags.title));
    artist_->setText(toQString(item.tags.artist));
    album_->setText(toQString(item.tags.album));
    comment_->setText(toQString(item.tags.comment));
    genre_->setText(toQString(item.tags.genre));
    language_->setText(toQString(item.tags.language));
    year_->setValue(item.tags.year);
    setEnabled(true);
    updateButtons();
}

void TagEditor::clear()
{
    itemId_ = 0;
    shown_ = {};
    for (QLineEdit* edit : {title_, artist_, album_, comment_, genre_, language_}) edit->clear();
    year_->setValue(0);
    setEnabled(false);
}

void TagEditor::setWritable(bool writable)
{
    writable_ = writable;
    updateButtons();
}

QLineEdit* TagEditor::field(const QString& name) const { return findChild<QLineEdit*>(name); }

Tags TagEditor::editedTags() const
{
    Tags tags = shown_;
    tags.title = title_->text().trimmed().toStdString();
    tags.artist = artist_->text().trimmed().toStdString();
    tags.album = album_->text().trimmed().toStdString();
    tags.comment = comment_->text().trimmed().toStdString();
    tags.genre = genre_->text().trimmed().toStdString();
    tags.language = language_->text().trimmed().toStdString();
    tags.year = year_->value();
    return tags;
}

void TagEditor::updateButtons()
{
    const Tags edited = editedTags();
    const bool changed = edited.title != shown_.title || edited.artist != shown_.artist ||
                         edited.album != shown_.album || edited.comment != shown_.comment ||
                         edited.genre != shown_.genre || edited.language != shown_.language ||
                         edited.year != shown_.year;
    save_->setEnabled(changed && writable_ && itemId_ > 0);
    revert_->setEnabled(changed);
}

}  // namespace lectern
