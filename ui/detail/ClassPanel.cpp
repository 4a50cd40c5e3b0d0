#include "ui/detail/ClassPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>

#include "catalog/ResourceClass.h"
#include "ui/common/Formatting.h"

namespace lectern {

ClassPanel::ClassPanel(QWidget* parent) : QWidget(parent), source_(new QLabel(this)), override_(new QComboBox(this))
{
    auto* form = new QFormLayout(this);
    for (size_t i = 0; i < kResourceClasses.size(); ++i) {
        const QString name = resourceClassName(std::string(kResourceClasses[i]));
        bars_[i] = new QProgressBar(this);
        bars_[i]->setRange(0, 100);
        bars_[i]->setFormat(QStringLiteral("%p %"));
        bars_[i]->setAccessibleName(tr("Probability of %1").arg(name));
        form->addRow(name, bars_[i]);
    }
    source_->setWordWrap(true);
    form->addRow(source_);
    override_->addItem(tr("As analysed"), QStringLiteral("auto"));
    for (std::string_view id : kResourceClasses) {
        override_->addItem(resourceClassName(std::string(id)), QString::fromUtf8(id.data(), int(id.size())));
    }
    override_->setAccessibleName(tr("Class chosen by you"));
    override_->setToolTip(tr("Your class is kept whatever the model says later"));
    form->addRow(tr("&Set class:"), override_);
    connect(override_, &QComboBox::activated, this, [this](int index) {
        if (itemId_ > 0 && !showing_) emit classChosen(itemId_, override_->itemData(index).toString());
    });
    clear();
}

void ClassPanel::showItem(const Item& item, const std::optional<std::array<double, 5>>& probabilities)
{
    showing_ = true;
    itemId_ = item.id;
    for (size_t i = 0; i < bars_.size(); ++i) {
        bars_[i]->setValue(probabilities ? qRound((*probabilities)[i] * 100) : 0);
        bars_[i]->setEnabled(probabilities.has_value());
    }
    if (item.classSource == ClassSource::Manual) {
        source_->setText(tr("You chose <b>%1</b>; the bars are what the model heard.")
                             .arg(resourceClassName(item.resourceClass)));
        override_->setCurrentIndex(override_->findData(QString::fromStdString(item.resourceClass)));
    } else {
        source_->setText(probabilities ? tr("Sorted by the model as <b>%1</b>.").arg(resourceClassName(item.resourceClass))
                                       : tr("Not classified yet."));
        override_->setCurrentIndex(0);
    }
    setEnabled(true);
    showing_ = false;
}

void ClassPanel::clear()
{
    itemId_ = 0;
    for (QProgressBar* bar : bars_) bar->setValue(0);
    source_->clear();
    setEnabled(false);
}

void ClassPanel::setWritable(bool writable) { override_->setEnabled(writable); }

}  // namespace lectern
