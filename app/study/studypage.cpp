#include "studypage.h"

#include "startuptrace.h"

#include "collection.h"

#include "cardinfodialog.h"
#include "grader.h"
#include "clock.h"
#include "examplanner.h"
#include "reschedulerun.h"
#include "studyoptionsdialog.h"
#include "studysession.h"
#include "theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString ratingName(int i)
{
    switch (i) {
    case 0: return StudyPage::tr("Again");
    case 1: return StudyPage::tr("Hard");
    case 2: return StudyPage::tr("Good");
    default: break;
    }
    return StudyPage::tr("Easy");
}

} // namespace

StudyPage::StudyPage(DeckStore *store, const Clock *clock, const QString &language, QWidget *parent,
                     Collection *collection)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_session(new StudySession(store, clock, language, QTimeZone::systemTimeZone(), this))
    , m_wakeUp(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);

    // Top bar: what is left today, and the card's tools.
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("studyCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_infoButton = new QPushButton(tr("Card &Info"), this);
    m_infoButton->setToolTip(tr("Due date, stability, difficulty and review history (I)"));
    m_infoButton->setFocusPolicy(Qt::NoFocus);
    m_suspendButton = new QPushButton(tr("&Suspend"), this);
    m_suspendButton->setToolTip(tr("Take this card out of study until you unsuspend it (@)"));
    m_suspendButton->setFocusPolicy(Qt::NoFocus);
    m_suspendButton->setVisible(collection != nullptr);
    m_buryButton = new QPushButton(tr("&Bury"), this);
    m_buryButton->setToolTip(tr("Put this card away until tomorrow (-)"));
    m_buryButton->setFocusPolicy(Qt::NoFocus);
    m_buryButton->setVisible(collection != nullptr);
    m_editButton = new QPushButton(tr("Edi&t"), this);
    m_editButton->setToolTip(tr("Change this card's text, or the entry it asks about (E)"));
    m_editButton->setFocusPolicy(Qt::NoFocus);
    m_editButton->setVisible(collection != nullptr);
    auto *options = new QPushButton(tr("&Options…"), this);
    options->setToolTip(tr("Daily limits, learning steps and desired retention"));
    options->setFocusPolicy(Qt::NoFocus);
    m_flag = new QLabel(this);
    m_flag->setObjectName(QStringLiteral("cardFlag"));
    m_flag->setToolTip(tr("Flag the card with Ctrl+1 (red), Ctrl+2 (orange), Ctrl+3 (green) or Ctrl+4 "
                          "(blue); the same key again clears it. Browse finds flagged cards with flag:1 … flag:4."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_counts);
    top->addSpacing(12);
    top->addWidget(m_flag);
    top->addStretch(1);
    top->addWidget(m_buryButton);
    top->addWidget(m_suspendButton);
    top->addWidget(m_editButton);
    top->addWidget(m_infoButton);
    top->addWidget(options);

    // While studying chosen cards ("Study my weakest"): what this is, and the way back.
    m_focusBar = new QFrame(this);
    m_focusBar->setObjectName(QStringLiteral("focusBar"));
    m_focusLabel = new QLabel(m_focusBar);
    m_focusLabel->setObjectName(QStringLiteral("focusLabel"));
    auto *back = new QPushButton(tr("Back to Today's Cards"), m_focusBar);
    back->setObjectName(QStringLiteral("endFocus"));
    back->setFocusPolicy(Qt::NoFocus);
    auto *focusLayout = new QHBoxLayout(m_focusBar);
    focusLayout->setContentsMargins(12, 6, 8, 6);
    focusLayout->addWidget(m_focusLabel, 1);
    focusLayout->addWidget(back);
    m_focusBar->hide();
    connect(back, &QPushButton::clicked, this, &StudyPage::endFocus);

    // The card.
    m_cardView = new QFrame(this);
    m_cardView->setObjectName(QStringLiteral("cardView"));
    m_template = new QLabel(m_cardView);
    m_template->setAlignment(Qt::AlignCenter);
    m_template->setForegroundRole(QPalette::PlaceholderText);
    m_question = new QLabel(m_cardView);
    m_question->setObjectName(QStringLiteral("question"));
    // A card's text is shown as typed: markup from an import or an edit is never rendered, so a
    // card cannot pull an image from the disk or the network.
    m_question->setTextFormat(Qt::PlainText);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_question->setFont(scaledFont(font(), 1.7));
    StartupTrace::markOnFirstPaint(m_question, "first card painted", [label = m_question] { return !label->text().isEmpty(); });
    m_typed = new QLineEdit(m_cardView);
    m_typed->setObjectName(QStringLiteral("typedAnswer"));
    m_typed->setAlignment(Qt::AlignCenter);
    m_typed->setFont(scaledFont(font(), 1.4));
    m_typed->setMaxLength(200);
    m_typed->setPlaceholderText(tr("Type your answer, then Enter"));
    m_typed->setMinimumWidth(320);
    m_typed->setMaximumWidth(480);
    m_verdict = new QLabel(m_cardView);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setWordWrap(true);
    m_verdict->setFont(scaledFont(font(), 1.2));
    m_separator = new QFrame(m_cardView);
    static_cast<QFrame *>(m_separator)->setFrameShape(QFrame::HLine);
    static_cast<QFrame *>(m_separator)->setFrameShadow(QFrame::Sunken);
    m_answer = new QLabel(m_cardView);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setTextFormat(Qt::PlainText);
    m_answer->setAlignment(Qt::AlignCenter);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setFont(scaledFont(font(), 1.7, true));
    m_detail = new QLabel(m_cardView);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setFont(scaledFont(font(), 1.1));
    auto *card = new QVBoxLayout(m_cardView);
    card->setContentsMargins(48, 32, 48, 32);
    card->setSpacing(18);
    card->addStretch(2);
    card->addWidget(m_template);
    card->addWidget(m_question);
    card->addWidget(m_typed, 0, Qt::AlignHCenter);
    card->addWidget(m_separator);
    card->addWidget(m_verdict);
    card->addWidget(m_answer);
    card->addWidget(m_detail);
    card->addStretch(3);

    // The finished screen.
    m_finished = new QWidget(this);
    m_finishedTitle = new QLabel(tr("Done for now"), m_finished);
    m_finishedTitle->setAlignment(Qt::AlignCenter);
    m_finishedTitle->setFont(scaledFont(font(), 1.8, true));
    m_finishedText = new QLabel(m_finished);
    m_finishedText->setObjectName(QStringLiteral("finishedText"));
    m_finishedText->setAlignment(Qt::AlignCenter);
    m_finishedText->setWordWrap(true);
    m_finishedText->setFont(scaledFont(font(), 1.15));
    m_finishedHint = new QLabel(tr("Portdeck shows it here when the time comes."), m_finished);
    m_finishedHint->setAlignment(Qt::AlignCenter);
    m_finishedHint->setForegroundRole(QPalette::PlaceholderText);
    m_todayLabel = new QLabel(m_finished);
    m_todayLabel->setObjectName(QStringLiteral("todayLabel"));
    m_todayLabel->setAlignment(Qt::AlignCenter);
    m_todayLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *finished = new QVBoxLayout(m_finished);
    finished->setSpacing(10);
    finished->addStretch(1);
    finished->addWidget(m_finishedTitle);
    finished->addSpacing(6);
    finished->addWidget(m_finishedText);
    finished->addWidget(m_finishedHint);
    finished->addSpacing(18);
    finished->addWidget(m_todayLabel);
    finished->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_cardView);
    m_stack->addWidget(m_finished);

    // Buttons: Show answer, then the four ratings with their intervals.
    m_showAnswer = new QPushButton(tr("Show Answer"), this);
    m_showAnswer->setObjectName(QStringLiteral("showAnswer"));
    m_showAnswer->setToolTip(tr("Space or Enter"));
    m_showAnswer->setMinimumSize(220, 40);
    m_showAnswer->setFocusPolicy(Qt::NoFocus);
    auto *showRow = new QWidget(this);
    auto *showLayout = new QHBoxLayout(showRow);
    showLayout->addStretch(1);
    showLayout->addWidget(m_showAnswer);
    showLayout->addStretch(1);
    auto *rateRow = new QWidget(this);
    auto *rateLayout = new QHBoxLayout(rateRow);
    rateLayout->addStretch(1);
    for (int i = 0; i < 4; ++i) {
        auto *column = new QVBoxLayout;
        m_intervals[i] = new QLabel(rateRow);
        m_intervals[i]->setAlignment(Qt::AlignCenter);
        m_intervals[i]->setForegroundRole(QPalette::PlaceholderText);
        m_rate[i] = new QPushButton(ratingName(i), rateRow);
        m_rate[i]->setObjectName(QStringLiteral("rate%1").arg(i + 1));
        m_rate[i]->setMinimumSize(110, 40);
        m_rate[i]->setFocusPolicy(Qt::NoFocus);
        m_rate[i]->setToolTip(tr("%1 (key %2)").arg(ratingName(i)).arg(i + 1));
        column->addWidget(m_intervals[i]);
        column->addWidget(m_rate[i]);
        rateLayout->addLayout(column);
        connect(m_rate[i], &QPushButton::clicked, this,
                [this, i] { rate(static_cast<fsrs::Rating>(i + 1)); });
    }
    rateLayout->addStretch(1);
    m_buttons = new QStackedWidget(this);
    m_buttons->addWidget(showRow);
    m_buttons->addWidget(rateRow);
    m_buttons->setFixedHeight(rateRow->sizeHint().height());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addLayout(top);
    layout->addWidget(m_focusBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);

    // Undo is the collection's: Edit → Undo in the main window, Ctrl+Z from every page.
    m_collection = collection;
    m_session->setCollection(collection);
    connect(m_suspendButton, &QPushButton::clicked, this, &StudyPage::suspendCard);
    connect(m_buryButton, &QPushButton::clicked, this, &StudyPage::buryCard);
    // The learner is told when a card becomes a leech, and what happened to it.
    connect(m_session, &StudySession::leech, this, [this](qint64 cardId, bool suspended) {
        const std::optional<CardInfo> card = m_store->card(cardId, m_session->language());
        const QString question = card ? m_session->render(*card).question : QString();
        const int lapses = m_session->settings().leechLapses;
        emit message(suspended ? tr("You have forgotten “%1” %n time(s): it is tagged “leech” and "
                                    "suspended, so it stops taking your time. Ctrl+Z brings it back.", nullptr, lapses)
                                     .arg(question)
                               : tr("You have forgotten “%1” %n time(s): it is tagged “leech”. Its "
                                    "page in the Notes may help it stick.", nullptr, lapses)
                                     .arg(question));
    });
    connect(m_showAnswer, &QPushButton::clicked, this, [this] {
        if (m_typing)
            submitTyped();
        else
            showAnswer();
    });
    // QLineEdit passes Enter on to its parent after returnPressed; the page would then rate
    // at once. The filter takes Enter here instead.
    m_typed->installEventFilter(this);
    connect(m_infoButton, &QPushButton::clicked, this, &StudyPage::showCardInfo);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (m_session->hasCard())
            emit editRequested(m_session->currentCard().id);
    });
    connect(options, &QPushButton::clicked, this, [this] { showOptions(); });
    connect(m_session, &StudySession::currentChanged, this, &StudyPage::updateView);
    connect(m_session, &StudySession::currentUpdated, this, &StudyPage::updateCurrentCard);
    // Entries edited or added: the checker judges typed answers against them from now on.
    // Every entry is read when an answer is first checked, not before the first card.
    connect(m_session, &StudySession::factsChanged, this, [this] { m_checker = AnswerChecker(); });
    connect(m_session, &StudySession::countsChanged, this, &StudyPage::updateCounts);
    m_wakeUp->setObjectName(QStringLiteral("wakeUp"));
    m_wakeUp->setSingleShot(true);
    connect(m_wakeUp, &QTimer::timeout, this, &StudyPage::wakeUp);

    applyStyle();
    updateView();
}

StudyPage::~StudyPage() = default;

QPushButton *StudyPage::ratingButton(fsrs::Rating rating) const
{
    return m_rate[static_cast<int>(rating) - 1];
}

QLabel *StudyPage::intervalLabel(fsrs::Rating rating) const
{
    return m_intervals[static_cast<int>(rating) - 1];
}

void StudyPage::styleRatingButtons()
{
    // The grader's suggestion wears a frame: Enter takes it, 1–4 pick another.
    const Accents a = accentsFor(palette());
    const QColor colours[] = {a.insecure, a.partial, a.secure, a.link};
    const bool suggest = m_typing && m_result.has_value();
    for (int i = 0; i < 4; ++i) {
        const bool chosen = suggest && static_cast<int>(m_suggested) == i + 1;
        m_rate[i]->setStyleSheet(
            chosen ? QStringLiteral("QPushButton { color: %1; font-weight: 600; border: 2px solid %1; "
                                    "border-radius: 4px; padding: 6px; }")
                         .arg(colours[i].name())
                   : QStringLiteral("QPushButton { color: %1; font-weight: 600; }").arg(colours[i].name()));
    }
}

void StudyPage::applyStyle()
{
    styleRatingButtons();
    m_cardView->setStyleSheet(QStringLiteral("#cardView { background: palette(base); border: 1px solid "
                                             "palette(mid); border-radius: 10px; }"));
    m_focusBar->setStyleSheet(QStringLiteral("#focusBar { background: %1; border-radius: 6px; }")
                                  .arg(accentsFor(palette()).badge.name()));
    updateCounts();
}

void StudyPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void StudyPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_hiddenAtMs = m_clock->nowMs();
}

void StudyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Time on another page is not time spent on the card: the answer's timer resumes.
    if (m_hiddenAtMs >= 0 && m_session->hasCard() && !m_answerShown)
        m_shownAtMs += std::max<qint64>(0, m_clock->nowMs() - m_hiddenAtMs);
    m_hiddenAtMs = -1;
    m_session->refreshKeepingCurrent(); // time may have passed; a card in progress stays
    if (m_typing && !m_answerShown)
        m_typed->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

void StudyPage::updateCounts()
{
    const StudySession::Counts c = m_session->counts();
    const Accents a = accentsFor(palette());
    m_counts->setText(tr("<span style=\"color:%1\">%2 new</span> · <span style=\"color:%3\">%4 "
                         "learning</span> · <span style=\"color:%5\">%6 review</span>")
                          .arg(a.link.name())
                          .arg(c.newCards)
                          .arg(a.insecure.name())
                          .arg(c.learning)
                          .arg(a.secure.name())
                          .arg(c.review));
}

void StudyPage::studyCards(const QList<qint64> &cardIds)
{
    m_session->startFocus(cardIds);
}

void StudyPage::endFocus()
{
    m_session->endFocus();
}

void StudyPage::updateView()
{
    updateCounts();
    m_focusBar->setVisible(m_session->isFocused());
    if (m_session->isFocused()) {
        const StudySession::Counts c = m_session->counts();
        m_focusLabel->setText(tr("Studying your weakest cards: %1 of %2 left.")
                                  .arg(c.review + c.learning)
                                  .arg(m_session->focusSize()));
    }
    m_answerShown = false;
    m_responseMs = -1;
    if (!m_session->hasCard()) {
        m_stack->setCurrentWidget(m_finished);
        m_buttons->hide();
        m_infoButton->setEnabled(false);
        m_suspendButton->setEnabled(false);
        m_buryButton->setEnabled(false);
        m_editButton->setEnabled(false);
        m_flag->hide();
        scheduleWakeUp();
        return;
    }
    m_wakeUp->stop();
    const CardInfo &card = m_session->currentCard();
    const CardText text = m_session->currentText();
    m_template->setText(card.tmpl == CardTemplate::PortToProtocol ? tr("Port → protocol")
                                                                  : templateLabel(card.tmpl));
    m_question->setText(text.question);
    m_answer->setText(text.answer);
    m_detail->setText(text.detail);
    updateFlag();
    m_answer->setVisible(false);
    m_detail->setVisible(false);
    m_separator->setVisible(false);
    m_verdict->setVisible(false);
    m_result.reset();
    m_suggested = fsrs::Rating::Good;
    m_typing = m_session->settings().typeAnswers && card.tmpl != CardTemplate::Basic;
    m_typed->setVisible(m_typing);
    m_typed->clear();
    m_typed->setReadOnly(false);
    m_showAnswer->setText(m_typing ? tr("Check Answer") : tr("Show Answer"));
    m_showAnswer->setToolTip(m_typing ? tr("Enter") : tr("Space or Enter"));
    styleRatingButtons();
    m_stack->setCurrentWidget(m_cardView);
    m_buttons->show();
    m_buttons->setCurrentIndex(0);
    m_infoButton->setEnabled(true);
    m_suspendButton->setEnabled(true);
    m_buryButton->setEnabled(true);
    m_editButton->setEnabled(true);
    if (m_typing && isVisible())
        m_typed->setFocus(Qt::OtherFocusReason);
    m_shownAtMs = m_clock->nowMs();
}

void StudyPage::scheduleWakeUp()
{
    const std::optional<qint64> next = m_session->nextDueMs();
    const qint64 now = m_clock->nowMs();
    m_todayLabel->setText(tr("Cards answered today: %1").arg(m_session->answeredToday()));
    m_todayLabel->setVisible(m_session->answeredToday() > 0);
    m_finishedHint->setVisible(next.has_value());
    if (!m_session->errorString().isEmpty()) {
        m_finishedTitle->setText(tr("The deck could not be read"));
        m_finishedText->setText(m_session->errorString());
        m_finishedHint->hide();
        return;
    }
    if (m_session->isFocused() && next) {
        // A card missed in the focus comes back after its learning step: say when, and wait.
        m_finishedTitle->setText(tr("Almost done"));
        m_finishedText->setText(tr("A card you missed comes back in %1, at %2.")
                                    .arg(formatInterval(std::max<qint64>(0, *next - now)),
                                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(*next).toLocalTime().time(),
                                                            QLocale::ShortFormat)));
        m_finishedHint->setText(tr("Portdeck shows it here when the time comes."));
        m_finishedHint->show();
        armWakeUp(*next);
        return;
    }
    if (m_session->isFocused()) {
        m_wakeUp->stop();
        m_finishedTitle->setText(tr("Weakest cards done"));
        m_finishedText->setText(tr("You went through the cards you were most likely to forget (%1 in all). "
                                   "Each is scheduled again from the answer you just gave.")
                                    .arg(m_session->focusSize()));
        m_finishedHint->setText(tr("Back to Today's Cards picks up your regular queue."));
        m_finishedHint->show();
        return;
    }
    m_finishedHint->setText(tr("Portdeck shows it here when the time comes."));
    m_finishedTitle->setText(tr("Done for now"));
    if (!next) {
        m_finishedText->setText(tr("There are no cards to study."));
        return;
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*next).toLocalTime();
    const QDateTime today = QDateTime::fromMSecsSinceEpoch(now).toLocalTime();
    const QLocale locale;
    QString text;
    if (*next - now < 60 * 60 * 1000)
        text = tr("The next card is due in %1, at %2.")
                   .arg(formatInterval(std::max<qint64>(0, *next - now)),
                        locale.toString(when.time(), QLocale::ShortFormat));
    else if (when.date() == today.date())
        text = tr("The next card is due today at %1.").arg(locale.toString(when.time(), QLocale::ShortFormat));
    else if (when.date() == today.date().addDays(1))
        text = tr("The next cards are due tomorrow from %1.").arg(locale.toString(when.time(), QLocale::ShortFormat));
    else
        text = tr("The next card is due on %1.").arg(locale.toString(when, QLocale::LongFormat));
    m_finishedText->setText(text);
    armWakeUp(*next);
}

void StudyPage::armWakeUp(qint64 atMs)
{
    // A timer counts the time the computer is awake, not the wall clock: after a suspend, or a
    // clock set forwards or back, it would wake too late or too early. So the clock is read
    // again every minute, and a new study day or a due card brings the next card.
    constexpr qint64 kLookAgainMs = 60 * 1000;
    const qint64 now = m_clock->nowMs();
    m_wakeAtMs = atMs;
    m_wakeDay = m_session->studyDay().dayOf(now);
    m_wakeUp->start(static_cast<int>(std::clamp<qint64>(atMs - now + 500, 1000, kLookAgainMs)));
}

void StudyPage::wakeUp()
{
    const qint64 now = m_clock->nowMs();
    if (now < m_wakeAtMs && m_session->studyDay().dayOf(now) == m_wakeDay) {
        armWakeUp(m_wakeAtMs);
        return;
    }
    m_session->refresh();
    if (!m_session->hasCard())
        scheduleWakeUp(); // nothing came: when is the next one now?
}

void StudyPage::showAnswer()
{
    if (!m_session->hasCard() || m_answerShown)
        return;
    m_answerShown = true;
    if (m_responseMs < 0)
        m_responseMs = std::max<qint64>(0, m_clock->nowMs() - m_shownAtMs);
    m_answer->setVisible(true);
    m_detail->setVisible(!m_detail->text().isEmpty());
    m_separator->setVisible(true);
    const std::array<qint64, 4> intervals = m_session->previewIntervals();
    for (int i = 0; i < 4; ++i)
        m_intervals[i]->setText(formatInterval(intervals[i]));
    m_buttons->setCurrentIndex(1);
}

void StudyPage::submitTyped()
{
    if (!m_session->hasCard() || !m_typing || m_answerShown)
        return;
    m_responseMs = std::max<qint64>(0, m_clock->nowMs() - m_shownAtMs);
    const QString typed = m_typed->text().trimmed();
    if (m_checker.facts().isEmpty())
        m_checker = AnswerChecker(m_session->texts().facts());
    m_result = m_checker.checkCard(m_session->currentCard(), typed);
    if (!m_result) { // not checkable after all: grade by hand
        m_typing = false;
        showAnswer();
        return;
    }
    m_suggested = gradeAnswer(m_result->verdict, m_responseMs, static_cast<int>(typed.size()),
                              m_session->settings().graderSettings(), m_session->currentCard().state);
    const Accents a = accentsFor(palette());
    QString headline;
    QColor colour;
    switch (m_result->verdict) {
    case Verdict::Correct:
        headline = tr("✓ Correct");
        colour = a.secure;
        break;
    case Verdict::Partial:
        headline = tr("◐ Partly right");
        colour = a.partial;
        break;
    case Verdict::Wrong:
        headline = typed.isEmpty() ? tr("✗ No answer") : tr("✗ Not right");
        colour = a.insecure;
        break;
    }
    QString text = QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                       .arg(colour.name(), headline.toHtmlEscaped());
    if (!m_result->feedback.isEmpty())
        text += QStringLiteral("<br>") + m_result->feedback.toHtmlEscaped();
    text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                .arg(a.muted.name(), tr("Enter takes %1; 1–4 choose another rating.")
                                         .arg(QStringList{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")}
                                                  .at(static_cast<int>(m_suggested) - 1))
                                         .toHtmlEscaped());
    m_verdict->setText(text);
    m_verdict->setVisible(true);
    m_typed->setReadOnly(true);
    showAnswer();
    styleRatingButtons();
    setFocus(Qt::OtherFocusReason);
}

bool StudyPage::rate(fsrs::Rating rating)
{
    if (!m_session->hasCard() || !m_answerShown)
        return false;
    const QString typed = m_result ? m_typed->text().trimmed() : QString();
    const QString verdict = m_result ? verdictKey(m_result->verdict) : QString();
    if (!m_session->answer(rating, m_responseMs, typed, verdict)) {
        QMessageBox::warning(this, tr("Answer not saved"), m_session->errorString());
        return false;
    }
    return true;
}

bool StudyPage::undo()
{
    if (!m_session->canUndo())
        return false;
    if (!m_session->undo()) {
        QMessageBox::warning(this, tr("Undo failed"), m_session->errorString());
        return false;
    }
    return true;
}

bool StudyPage::eventFilter(QObject *watched, QEvent *event)
{
    // The field's own undo steps aside: Ctrl+Z in it takes the last answer back, as everywhere.
    if (watched == m_typed && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo)) {
        event->ignore();
        return true;
    }
    if (watched == m_typed && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!static_cast<QKeyEvent *>(event)->isAutoRepeat())
                submitTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StudyPage::keyPressEvent(QKeyEvent *event)
{
    // A held key must not reveal and rate card after card.
    if (event->isAutoRepeat() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_answerShown)
            rate(m_result ? m_suggested : fsrs::Rating::Good);
        else if (m_typing)
            m_typed->setFocus(Qt::OtherFocusReason);
        else
            showAnswer();
        return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        if (m_answerShown)
            rate(static_cast<fsrs::Rating>(event->key() - Qt::Key_0));
        return;
    case Qt::Key_I:
        showCardInfo();
        return;
    case Qt::Key_At:
        suspendCard();
        return;
    case Qt::Key_Minus:
        buryCard();
        return;
    case Qt::Key_E:
        if (m_session->hasCard() && m_collection)
            emit editRequested(m_session->currentCard().id);
        return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

bool StudyPage::flagCard(int flag)
{
    if (!m_session->hasCard())
        return false;
    const int now = m_session->currentCard().flag == flag ? 0 : flag;
    static const char *const names[] = {QT_TR_NOOP("The flag of “%1” is cleared."),
                                        QT_TR_NOOP("“%1” is flagged red."), QT_TR_NOOP("“%1” is flagged orange."),
                                        QT_TR_NOOP("“%1” is flagged green."), QT_TR_NOOP("“%1” is flagged blue.")};
    return changeCurrentCard([this, now](qint64 id) { return m_collection->setFlag({id}, now); },
                             tr("Card not flagged"), tr(names[now]).arg(m_question->text()));
}

void StudyPage::updateFlag()
{
    const int flag = m_session->hasCard() ? m_session->currentCard().flag : 0;
    m_flag->setVisible(flag > 0);
    if (flag == 0)
        return;
    static const char *const names[] = {"", QT_TR_NOOP("Red"), QT_TR_NOOP("Orange"), QT_TR_NOOP("Green"),
                                        QT_TR_NOOP("Blue")};
    m_flag->setText(QStringLiteral("<span style=\"color:%1\">⚑</span> %2")
                        .arg(flagColor(flag).name(), tr(names[flag])));
}

void StudyPage::updateCurrentCard()
{
    const CardText text = m_session->currentText();
    m_question->setText(text.question);
    m_answer->setText(text.answer);
    m_detail->setText(text.detail);
    updateFlag();
}

bool StudyPage::changeCurrentCard(const std::function<bool(qint64 cardId)> &change, const QString &failed,
                                  const QString &done)
{
    if (!m_collection || !m_session->hasCard())
        return false;
    if (!change(m_session->currentCard().id)) {
        QMessageBox::warning(this, failed, m_collection->errorString());
        return false;
    }
    emit message(done);
    return true;
}

bool StudyPage::suspendCard()
{
    return changeCurrentCard([this](qint64 id) { return m_collection->setSuspended({id}, true); },
                             tr("Card not suspended"),
                             tr("“%1” is suspended: it stays out of study until you unsuspend it. "
                                "Ctrl+Z brings it back.").arg(m_question->text()));
}

bool StudyPage::buryCard()
{
    return changeCurrentCard([this](qint64 id) { return m_collection->bury({id}, m_session->dayEndMs()); },
                             tr("Card not buried"),
                             tr("“%1” is buried until tomorrow. Ctrl+Z brings it back.").arg(m_question->text()));
}

void StudyPage::showCardInfo()
{
    if (!m_session->hasCard())
        return;
    CardInfoDialog dialog(m_store, m_session->currentCard().id, m_session->language(), m_clock->nowMs(), this);
    dialog.exec();
}

void StudyPage::showOptions(bool examTab)
{
    StudyOptionsDialog dialog(m_session->settings(), this, m_collection, m_clock);
    if (examTab)
        dialog.showExamTab();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StudySettings before = m_session->settings();
    const StudySettings chosen = dialog.settings();
    // A new retention with due dates moved: saved with the cards, as one change to undo.
    if (m_collection && dialog.rescheduleToRetention()) {
        if (RescheduleRun::run(this, m_collection, dialog.settings(), true))
            return;
        // Stopped or failed: the options are still saved, the due dates stay where they were.
        QMessageBox::information(this, tr("Options saved"),
                                 tr("Your options are saved. The due dates were not moved; the new retention "
                                    "counts from each card's next review."));
    }
    // A new exam date (or aim) also caps the cards already scheduled past it: one change to undo.
    const bool examChanged = chosen.examDate != before.examDate || chosen.examRetention != before.examRetention
                             || (chosen.examCapsIntervals && !before.examCapsIntervals);
    if (m_collection && examChanged) {
        const ExamPlanner planner(m_store, chosen, StudyDay(chosen.rolloverHour, m_session->studyDay().zone()));
        const std::vector<ReplayedCard> cards = planner.cardsToBringForward(m_clock->nowMs());
        if (!cards.empty()) {
            // The date and the cards it moves, as one change: undoing it takes back both.
            int moved = 0;
            if (!m_collection->reschedule(chosen, cards, true, &moved, tr("Set Exam Date"))) {
                QMessageBox::warning(this, tr("Options not saved"), m_collection->errorString());
                return;
            }
            if (moved > 0)
                QMessageBox::information(this, tr("Exam date saved"),
                                         tr("%n card(s) that would next have come up after the exam will come up "
                                            "before it.", nullptr, moved));
            return;
        }
    }
    if (!m_session->setSettings(chosen))
        QMessageBox::warning(this, tr("Options not saved"), m_session->errorString());
}
