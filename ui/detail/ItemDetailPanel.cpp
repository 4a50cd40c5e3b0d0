#include "ui/detail/ItemDetailPanel.h"

#include <QLocale>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "platform/LibraryLocation.h"
#include "ui/common/Formatting.h"
#include "ui/detail/ClassPanel.h"
#include "ui/detail/TagEditor.h"

namespace lectern {

namespace {
constexpr int kTimeRole = Qt::UserRole + 1;
constexpr int kItemRole = Qt::UserRole + 2;

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip, const QKeySequence& key = {})
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    if (!key.isEmpty()) button->setShortcut(key);
    return button;
}
}  // namespace

ItemDetailPanel::ItemDetailPanel(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      subtitle_(new QLabel(this)),
      spectrogram_(new SpectrogramView(this)),
      findSimilar_(toolButton(this, tr("Find Similar"), tr("Find what sounds like the selection"))),
      keyframes_(new QListWidget(this)),
      tabs_(new QTabWidget(this)),
      tags_(new TagEditor(this)),
      class_(new ClassPanel(this)),
      fileFacts_(new QLabel(this)),
      openFolder_(new QToolButton(this)),
      duplicates_(new QListWidget(this)),
      collections_(new QListWidget(this)),
      sounds_(new QListWidget(this))
{
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title_->setFont(big);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_->setWordWrap(true);

    auto* zoomOut = toolButton(this, QStringLiteral("−"), tr("Zoom out"));
    auto* zoomIn = toolButton(this, QStringLiteral("+"), tr("Zoom in"));
    auto* fit = toolButton(this, tr("Fit"), tr("Show the whole recording"));
    connect(zoomOut, &QToolButton::clicked, spectrogram_, &SpectrogramView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, spectrogram_, &SpectrogramView::zoomIn);
    connect(fit, &QToolButton::clicked, spectrogram_, &SpectrogramView::zoomToFit);
    findSimilar_->setEnabled(false);
    connect(spectrogram_, &SpectrogramView::selectionChanged, this,
            [this] { findSimilar_->setEnabled(spectrogram_->selection().has_value()); });
    connect(findSimilar_, &QToolButton::clicked, this, [this] {
        if (item_ && spectrogram_->selection()) emit findSimilarRequested(item_->id, *spectrogram_->selection());
    });
    connect(spectrogram_, &SpectrogramView::seekRequested, this, &ItemDetailPanel::seekRequested);
    connect(spectrogram_, &SpectrogramView::playRangeRequested, this,
            [this](const TimeRange& range) { emit seekRequested(range.startSeconds); });
    connect(spectrogram_, &SpectrogramView::findSimilarRequested, this, [this](const TimeRange& range) {
        if (item_) emit findSimilarRequested(item_->id, range);
    });
    connect(spectrogram_, &SpectrogramView::whereElseRequested, this, [this](const TimeRange& range) {
        if (item_) emit whereElseRequested(item_->id, range);
    });
    connect(spectrogram_, &SpectrogramView::renderWanted, this, [this](const TimeRange& range, int w, int h) {
        if (item_) emit renderWanted(item_->id, range, w, h);
    });
    auto* zoomBar = new QHBoxLayout;
    zoomBar->addWidget(zoomOut);
    zoomBar->addWidget(zoomIn);
    zoomBar->addWidget(fit);
    zoomBar->addStretch(1);
    zoomBar->addWidget(findSimilar_);

    keyframes_->setViewMode(QListView::IconMode);
    keyframes_->setFlow(QListView::LeftToRight);
    keyframes_->setWrapping(false);
    keyframes_->setIconSize(QSize(128, 72));
    keyframes_->setFixedHeight(112);
    keyframes_->setMovement(QListView::Static);
    keyframes_->setAccessibleName(tr("Keyframes"));
    keyframes_->setToolTip(tr("Click a keyframe to play from there"));
    connect(keyframes_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* entry) { emit seekRequested(entry->data(kTimeRole).toDouble()); });

    duplicates_->setAccessibleName(tr("Duplicates of this item"));
    duplicates_->setToolTip(tr("Other copies of the same recording; double-click to show one"));
    connect(duplicates_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* entry) { emit duplicateChosen(entry->data(kItemRole).toLongLong()); });
    collections_->setAccessibleName(tr("Collections holding this item"));
    sounds_->setAccessibleName(tr("Sounds heard in this item"));
    sounds_->setToolTip(tr("What Lectern hears in the recording; click one to play from where it sounds most"));
    connect(sounds_, &QListWidget::itemClicked, this, [this](QListWidgetItem* entry) {
        if (entry->flags() != Qt::NoItemFlags) emit seekRequested(entry->data(kTimeRole).toDouble());
    });

    connect(tags_, &TagEditor::tagsEdited, this, &ItemDetailPanel::tagsEdited);
    connect(class_, &ClassPanel::classChosen, this, &ItemDetailPanel::classChosen);

    tabs_->addTab(tags_, tr("Tags"));
    tabs_->addTab(class_, tr("Class"));
    tabs_->addTab(sounds_, tr("Sounds"));
    tabs_->addTab(makeFileTab(), tr("File"));
    tabs_->addTab(duplicates_, tr("Duplicates"));
    tabs_->addTab(collections_, tr("Collections"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addWidget(subtitle_);
    layout->addLayout(zoomBar);
    layout->addWidget(spectrogram_, 2);
    layout->addWidget(keyframes_);
    layout->addWidget(tabs_, 3);
    clear();
}

QWidget* ItemDetailPanel::makeFileTab()
{
    auto* tab = new QWidget(this);
    fileFacts_->setWordWrap(true);
    fileFacts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileFacts_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    openFolder_->setText(tr("Open Containing Folder"));
    openFolder_->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    openFolder_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    openFolder_->setToolTip(tr("Show the file in the file manager"));
    connect(openFolder_, &QToolButton::clicked, this, [this] {
        if (item_) QDesktopServices::openUrl(QUrl::fromLocalFile(toQString(item_->folder)));
    });
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(fileFacts_);
    layout->addWidget(openFolder_, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return tab;
}

void ItemDetailPanel::showItem(const Item& item, std::optional<TimeRange> matched)
{
    const bool sameItem = item_ && item_->id == item.id;
    item_ = item;
    matched_ = matched;
    title_->setText(toQString(titleOf(item)));
    QStringList facts;
    if (!item.tags.artist.empty()) facts << toQString(item.tags.artist);
    if (item.status == ItemStatus::Analyzed) facts << formatDuration(item.durationSeconds);
    facts << resourceClassLabel(item);
    if (item.missing) facts << tr("the file is missing");
    if (item.status == ItemStatus::Failed) facts << tr("could not be analysed: %1").arg(toQString(item.error));
    subtitle_->setText(facts.join(QStringLiteral(" · ")));
    tags_->showItem(item);
    class_->showItem(item, std::nullopt);
    showFileFacts(item);
    if (!sameItem) {
        spectrogram_->clear();
        findSimilar_->setEnabled(false);
        keyframes_->clear();
        keyframes_->hide();
        duplicates_->clear();
        collections_->clear();
        sounds_->clear();
    }
    if (matched && sameItem) spectrogram_->setHighlight(matched);
}

void ItemDetailPanel::showFileFacts(const Item& item)
{
    QStringList rows;
    const auto row = [&rows](const QString& name, const QString& value) {
        if (!value.isEmpty()) rows << QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
    };
    const QLocale locale;  // numbers in the window's language
    row(tr("Path"), toQString(item.path));
    row(tr("Size"), formatBytes(item.size));
    row(tr("Duration"), item.durationSeconds > 0 ? formatDuration(item.durationSeconds) : QString());
    row(tr("Container"), toQString(item.container));
    if (!item.audioCodec.empty()) {
        row(tr("Audio"), tr("%1, %2 Hz, %Ln channel(s)", nullptr, item.channels)
                             .arg(toQString(item.audioCodec), locale.toString(item.sampleRate)));
    }
    if (!item.videoCodec.empty()) {
        row(tr("Video"), tr("%1, %2×%3, %4 fps")
                             .arg(toQString(item.videoCodec), locale.toString(item.width),
                                  locale.toString(item.height), locale.toString(item.frameRate, 'f', 2)));
    }
    if (item.loudnessLufs) row(tr("Loudness"), tr("%1 LUFS").arg(locale.toString(*item.loudnessLufs, 'f', 1)));
    if (item.loudnessRangeLu) row(tr("Loudness range"), tr("%1 LU").arg(locale.toString(*item.loudnessRangeLu, 'f', 1)));
    if (item.truePeakDbtp) row(tr("True peak"), tr("%1 dBTP").arg(locale.toString(*item.truePeakDbtp, 'f', 1)));
    if (item.tagsEdited) row(tr("Tags"), tr("edited in Lectern"));
    fileFacts_->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
}

void ItemDetailPanel::showDetails(const ItemDetails& details)
{
    if (!item_ || item_->id != details.itemId) return;
    spectrogram_->showOverview(QImage(details.spectrogramPath), item_->durationSeconds);
    if (matched_) {
        spectrogram_->setHighlight(matched_);
        if (matched_->endSeconds - matched_->startSeconds < item_->durationSeconds * 0.5) spectrogram_->zoomTo(*matched_);
    }
    keyframes_->clear();
    for (const KeyframeThumbnail& keyframe : details.keyframes) {
        auto* entry = new QListWidgetItem(QIcon(keyframe.path), formatDuration(keyframe.timeSeconds), keyframes_);
        entry->setData(kTimeRole, keyframe.timeSeconds);
        entry->setToolTip(tr("Play from %1").arg(formatDuration(keyframe.timeSeconds)));
    }
    keyframes_->setVisible(!details.keyframes.isEmpty());
    class_->showItem(*item_, details.probabilities);
    sounds_->clear();
    for (const HeardSoundEntry& sound : details.sounds) {
        auto* entry = new QListWidgetItem(tr("%1 — %2 % — from %3")
                                              .arg(sound.name)
                                              .arg(qRound(sound.score * 100))
                                              .arg(formatDuration(sound.atSeconds)),
                                          sounds_);
        entry->setData(kTimeRole, sound.atSeconds);
    }
    if (details.sounds.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No sound heard clearly"), sounds_);
        none->setFlags(Qt::NoItemFlags);
    }
    collections_->clear();
    collections_->addItems(details.collections);
    if (details.collections.isEmpty()) {
        auto* none = new QListWidgetItem(tr("In no collection yet: right-click a result ▸ Add to Collection"), collections_);
        none->setFlags(Qt::NoItemFlags);
    }
}

void ItemDetailPanel::showDuplicates(const QVector<DuplicateSet>& groups)
{
    duplicates_->clear();
    if (!item_) return;
    for (const DuplicateSet& group : groups) {
        const auto self = std::find_if(group.items.begin(), group.items.end(),
                                       [this](const Item& item) { return item.id == item_->id; });
        if (self == group.items.end()) continue;
        for (int i = 0; i < group.items.size(); ++i) {
            const Item& other = group.items[i];
            if (other.id == item_->id) continue;
            const QString text = tr("%1 — %2, from %3")
                                     .arg(toQString(other.fileName), group.relation,
                                          formatDuration(group.offsetsSeconds.value(i)));
            auto* entry = new QListWidgetItem(text, duplicates_);
            entry->setData(kItemRole, QVariant::fromValue<qint64>(other.id));
            entry->setToolTip(toQString(other.path));
        }
    }
    if (duplicates_->count() == 0) {
        auto* none = new QListWidgetItem(tr("No other copy of this recording in the library"), duplicates_);
        none->setFlags(Qt::NoItemFlags);
    }
}

void ItemDetailPanel::clear()
{
    item_.reset();
    matched_.reset();
    title_->setText(tr("Nothing selected"));
    subtitle_->setText(tr("Choose an item to see its spectrogram, tags and class."));
    spectrogram_->clear();
    findSimilar_->setEnabled(false);
    keyframes_->clear();
    keyframes_->hide();
    tags_->clear();
    class_->clear();
    fileFacts_->clear();
    duplicates_->clear();
    collections_->clear();
}

void ItemDetailPanel::setWritable(bool writable)
{
    tags_->setWritable(writable);
    class_->setWritable(writable);
}

}  // namespace lectern
