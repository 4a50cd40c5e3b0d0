// The item's class: a bar for each class's probability, as the model gave
// it, and the teacher's override (which the model never overwrites).
#pragma once

#include <QWidget>

#include <array>
#include <optional>

#include "catalog/Item.h"

class QComboBox;
class QLabel;
class QProgressBar;

namespace lectern {

class ClassPanel : public QWidget {
    Q_OBJECT

public:
    explicit ClassPanel(QWidget* parent = nullptr);

    void showItem(const Item& item, const std::optional<std::array<double, 5>>& probabilities);
    void clear();
    void setWritable(bool writable);
    QComboBox* overrideBox() const { return override_; }
    QProgressBar* bar(int classIndex) const { return bars_[static_cast<size_t>(classIndex)]; }

signals:
    // A class id, or "auto" to return to the model's.
    void classChosen(qint64 itemId, const QString& resourceClass);

private:
    qint64 itemId_ = 0;
    bool showing_ = false;
    std::array<QProgressBar*, 5> bars_{};
    QLabel* source_;
    QComboBox* override_;
};

}  // namespace lectern
