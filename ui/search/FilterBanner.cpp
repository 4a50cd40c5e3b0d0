#include "ui/search/FilterBanner.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include "ui/search/ModifierPhrases.h"

namespace lectern {

FilterBanner::FilterBanner(QWidget* parent)
    : QWidget(parent), chips_(new QHBoxLayout), modifier_(new QLineEdit(this)), clearAll_(new QToolButton(this))
{
    chips_->setContentsMargins(0, 0, 0, 0);
    chips_->setSpacing(4);
    modifier_->setPlaceholderText(tr("…but (e.g. quieter, without music)"));
    modifier_->setToolTip(tr("Change the example in words: \"quieter\", \"without music\", \"more speech\"…"));
    modifier_->setAccessibleName(tr("Modifier of the example"));
    modifier_->setClearButtonEnabled(true);
    modifier_->setMaximumWidth(280);
    auto* completer = new QCompleter(modifierSuggestions(), modifier_);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    modifier_->setCompleter(completer);
    auto* modifierDelay = new QTimer(this);
    modifierDelay->setSingleShot(true);
    modifierDelay->setInterval(400);
    connect(modifier_, &QLineEdit::textEdited, modifierDelay, qOverload<>(&QTimer::start));
    connect(modifier_, &QLineEdit::returnPressed, modifierDelay, [this, modifierDelay] {
        modifierDelay->stop();
        emit modifierEdited(modifier_->text());
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { emit modifierEdited(text); });
    connect(modifierDelay, &QTimer::timeout, this, [this] { emit modifierEdited(modifier_->text()); });

    clearAll_->setText(tr("Clear all"));
    clearAll_->setToolTip(tr("Remove every filter, the example and the words"));
    clearAll_->setAccessibleName(tr("Clear all filters"));
    clearAll_->setAutoRaise(true);
    connect(clearAll_, &QToolButton::clicked, this, &FilterBanner::clearAllRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chips_);
    layout->addWidget(modifier_);
    layout->addStretch(1);
    layout->addWidget(clearAll_);
    showState({});
}

QToolButton* FilterBanner::addChip(const QString& text, const QString& accessibleName)
{
    auto* chip = new QToolButton(this);
    chip->setText(text + QStringLiteral("  ✕"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAccessibleName(accessibleName);
    chip->setProperty("chipText", text);
    chip->setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 8px;"
        " background: palette(alternate-base); } QToolButton:hover { background: palette(midlight); }"));
    chips_->addWidget(chip);
    shown_ << chip;
    return chip;
}

void FilterBanner::showState(const SearchState& state)
{
    // Later, not now: this may run inside the click of the chip it removes.
    for (QToolButton* chip : shown_) {
        chips_->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    shown_.clear();
    for (const SearchFilter& filter : state.filters) {
        const QString text = filterChipText(filter);
        QToolButton* chip = addChip(text, tr("Remove filter %1").arg(text));
        connect(chip, &QToolButton::clicked, this, [this, key = filter.key] { emit filterRemoved(key); });
    }
    if (state.example) {
        const QString text = tr("Like: %1").arg(state.example->label);
        QToolButton* chip = addChip(text, tr("Remove the example %1").arg(state.example->label));
        chip->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(chip, &QToolButton::clicked, this, &FilterBanner::exampleRemoved);
    }
    modifier_->setVisible(state.example.has_value());
    if (modifier_->text() != state.modifier) modifier_->setText(state.modifier);
    setVisible(!state.filters.isEmpty() || state.example);
}

QStringList FilterBanner::chipTexts() const
{
    QStringList texts;
    for (const QToolButton* chip : shown_) texts << chip->property("chipText").toString();
    return texts;
}

QToolButton* FilterBanner::chip(const QString& text) const
{
    for (QToolButton* chip : shown_) {
        if (chip->property("chipText").toString() == text) return chip;
    }
    return nullptr;
}

}  // namespace lectern
