#include "ui/search/SearchBar.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/common/Formatting.h"
#include "ui/library/ResultsModel.h"
#include "ui/search/FilterBanner.h"

namespace lectern {

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent),
      words_(new QLineEdit(this)),
      typingDelay_(new QTimer(this)),
      banner_(new FilterBanner(this)),
      exampleArea_(new QWidget(this)),
      examplePicture_(new QLabel(exampleArea_)),
      exampleLabel_(new QLabel(exampleArea_)),
      notes_(new QLabel(this)),
      back_(new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this)),
      forward_(new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this)),
      save_(new QToolButton(this))
{
    setAcceptDrops(true);
    words_->setPlaceholderText(
        tr("Search words, \"phrases\", class:music, duration:<5m — or drop a clip here to find what sounds like it"));
    words_->setClearButtonEnabled(true);
    words_->setAccessibleName(tr("Search"));
    words_->setToolTip(tr("Words search titles, tags, file names and what recordings sound like (Ctrl+F)"));
    words_->installEventFilter(this);
    typingDelay_->setSingleShot(true);
    // Search as the teacher types, not per keystroke: a pause shorter than
    // the gap between a typist's keys would search per key anyway.
    typingDelay_->setInterval(kTypingPauseMs);
    connect(words_, &QLineEdit::textEdited, this, &SearchBar::wordsEdited);
    connect(words_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !state_.words.isEmpty()) wordsEdited(text);  // the clear button
    });
    connect(words_, &QLineEdit::returnPressed, this, [this] {
        wordsEdited(words_->text() + QLatin1Char(' '));  // a filter typed last counts as complete
        typingDelay_->stop();
        request(false);
    });
    connect(typingDelay_, &QTimer::timeout, this, [this] { request(true); });

    back_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back_->setToolTip(tr("The previous search (Alt+Left)"));
    forward_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    forward_->setToolTip(tr("The next search (Alt+Right)"));
    for (QAction* action : {back_, forward_}) action->setShortcutContext(Qt::WindowShortcut);
    connect(back_, &QAction::triggered, this, [this] { goTo(history_.back()); });
    connect(forward_, &QAction::triggered, this, [this] { goTo(history_.forward()); });
    auto* backButton = new QToolButton(this);
    backButton->setDefaultAction(back_);
    backButton->setAutoRaise(true);
    auto* forwardButton = new QToolButton(this);
    forwardButton->setDefaultAction(forward_);
    forwardButton->setAutoRaise(true);
    save_->setText(tr("Save Search"));
    save_->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    save_->setToolTip(tr("Keep this search in the sidebar"));
    save_->setAccessibleName(tr("Save search"));
    save_->setAutoRaise(true);
    connect(save_, &QToolButton::clicked, this, [this] { emit saveSearchRequested(state_); });

    connect(banner_, &FilterBanner::filterRemoved, this, [this](const QString& key) {
        SearchState next = state_;
        next.removeFilter(key);
        setState(next);
    });
    connect(banner_, &FilterBanner::exampleRemoved, this, [this] {
        SearchState next = state_;
        next.example.reset();
        next.modifier.clear();
        setState(next);
    });
    connect(banner_, &FilterBanner::clearAllRequested, this, [this] { setState({}); });
    connect(banner_, &FilterBanner::modifierEdited, this, [this](const QString& modifier) {
        if (modifier.trimmed() == state_.modifier.trimmed()) return;
        SearchState next = state_;
        next.modifier = modifier.trimmed();
        setState(next);
    });

    examplePicture_->setFixedHeight(80);
    examplePicture_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);  // never widens the window
    examplePicture_->setScaledContents(true);
    examplePicture_->setAccessibleName(tr("The example's spectrogram"));
    exampleLabel_->setWordWrap(true);
    auto* exampleLayout = new QVBoxLayout(exampleArea_);
    exampleLayout->setContentsMargins(0, 0, 0, 0);
    exampleLayout->addWidget(exampleLabel_);
    exampleLayout->addWidget(examplePicture_);
    exampleArea_->hide();
    notes_->setWordWrap(true);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes_->setAccessibleName(tr("What the search understood"));
    notes_->hide();

    auto* line = new QHBoxLayout;
    line->addWidget(backButton);
    line->addWidget(forwardButton);
    line->addWidget(words_, 1);
    line->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(line);
    layout->addWidget(banner_);
    layout->addWidget(exampleArea_);
    layout->addWidget(notes_);
    updateHistoryActions();
}

QLineEdit* SearchBar::modifierBox() const { return banner_->modifierBox(); }

void SearchBar::wordsEdited(const QString& text)
{
    SearchState next = state_;
    const QString words = liftTypedFilters(text, next);
    next.words = words.trimmed();
    const bool filtersChanged = next.filters != state_.filters;
    state_ = next;
    if (filtersChanged) {
        words_->setText(words);
        banner_->showState(state_);
    }
    typingDelay_->start();
}

void SearchBar::request(bool typing)
{
    history_.record(state_, typing);
    updateHistoryActions();
    emit searchRequested(state_);
}

void SearchBar::setState(const SearchState& state)
{
    display(state);
    request(false);
}

void SearchBar::goTo(const SearchState& state)
{
    display(state);
    updateHistoryActions();  // where Back or Forward went is already in the history
    emit searchRequested(state_);
}

void SearchBar::display(const SearchState& state)
{
    typingDelay_->stop();
    const bool exampleChanged = state.example != state_.example;
    state_ = state;
    showStateInWidgets();
    if (exampleChanged && state_.example) emit examplePictureWanted(*state_.example);
}

void SearchBar::showStateInWidgets()
{
    if (words_->text().trimmed() != state_.words) words_->setText(state_.words);
    banner_->showState(state_);
    exampleArea_->setVisible(state_.example.has_value());
    if (state_.example) {
        exampleLabel_->setText(tr("Searching like <b>%1</b>%2")
                                   .arg(state_.example->label.toHtmlEscaped(),
                                        state_.modifier.isEmpty()
                                            ? QString()
                                            : tr(", but <i>%1</i>").arg(state_.modifier.toHtmlEscaped())));
    } else {
        examplePicture_->clear();
    }
    if (!state_.example) notes_->hide();
}

void SearchBar::setScopeFilter(const SearchFilter& filter, const QStringList& scopeKeys)
{
    SearchState next = state_;
    for (const QString& key : scopeKeys) next.removeFilter(key);
    if (!filter.key.isEmpty()) next.setFilter(filter.key, filter.value);
    if (next == state_) return;
    setState(next);
}

void SearchBar::setExample(const ExampleClip& example)
{
    SearchState next = state_;
    next.example = example;
    next.words.clear();  // "like this" replaces the words; filters still narrow
    setState(next);
    modifierBox()->setFocus();
}

void SearchBar::showExamplePicture(const QImage& picture)
{
    examplePicture_->setPixmap(QPixmap::fromImage(picture));
}

void SearchBar::showNotes(const QString& notes)
{
    notes_->setText(notes);
    notes_->setVisible(!notes.isEmpty());
}

void SearchBar::updateHistoryActions()
{
    back_->setEnabled(history_.canGoBack());
    forward_->setEnabled(history_.canGoForward());
}

std::optional<ExampleClip> SearchBar::exampleOf(const QMimeData* mime) const
{
    if (mime->hasFormat(ResultsModel::itemIdsMimeType())) {
        const QList<QByteArray> ids = mime->data(ResultsModel::itemIdsMimeType()).split('\n');
        bool ok = false;
        const qint64 id = ids.value(0).toLongLong(&ok);
        if (!ok) return std::nullopt;
        ExampleClip clip;
        clip.itemId = id;
        clip.label = mime->urls().isEmpty() ? tr("item %1").arg(id) : QFileInfo(mime->urls().front().toLocalFile()).fileName();
        return clip;
    }
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile()) return std::nullopt;
    const QFileInfo file(urls.front().toLocalFile());
    if (!file.isFile()) return std::nullopt;  // folders are imported, not searched
    ExampleClip clip;
    clip.file = file.absoluteFilePath();
    clip.label = file.fileName();
    return clip;
}

void SearchBar::dragEnterEvent(QDragEnterEvent* event)
{
    if (exampleOf(event->mimeData())) event->acceptProposedAction();
    else event->ignore();
}

void SearchBar::dropEvent(QDropEvent* event)
{
    const auto example = exampleOf(event->mimeData());
    if (!example) return event->ignore();
    event->acceptProposedAction();
    setExample(*example);
}

bool SearchBar::eventFilter(QObject* watched, QEvent* event)
{
    // The words box takes drops of text itself; a clip dropped on it is an example.
    if (watched == words_ && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        const auto example = exampleOf(drop->mimeData());
        if (!example) return false;
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop) setExample(*example);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace lectern
