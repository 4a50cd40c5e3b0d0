// The row under the search box that shows every active filter as a chip to
// remove (Sononym's filter banner): the sidebar's choice, filters typed as
// key:value, the example clip with the modifier beside it, and Clear all.
#pragma once

#include <QWidget>

#include "ui/search/SearchState.h"

class QHBoxLayout;
class QLineEdit;
class QToolButton;

namespace lectern {

class FilterBanner : public QWidget {
    Q_OBJECT

public:
    explicit FilterBanner(QWidget* parent = nullptr);

    void showState(const SearchState& state);
    QLineEdit* modifierBox() const { return modifier_; }
    // The chips' texts, in order: for tests and accessibility checks.
    QStringList chipTexts() const;
    QToolButton* chip(const QString& text) const;

signals:
    void filterRemoved(const QString& key);
    void exampleRemoved();
    void clearAllRequested();
    void modifierEdited(const QString& modifier);

private:
    QToolButton* addChip(const QString& text, const QString& accessibleName);

    QHBoxLayout* chips_;
    QLineEdit* modifier_;
    QToolButton* clearAll_;
    QList<QToolButton*> shown_;
};

}  // namespace lectern
