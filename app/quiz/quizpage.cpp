#include "quizpage.h"

#include "deckstore.h"
#include "firewalldrillview.h"
#include "matchingboardview.h"
#include "theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString clockText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

} // namespace

QuizPage::QuizPage(DeckStore *store, const Clock *clock, const QString &language, QWidget *parent,
                   Collection *collection)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_collection(collection)
    , m_language(language)
    , m_tick(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);

    // Setup.
    m_setupView = new QWidget(this);
    m_setupView->setObjectName(QStringLiteral("quizSetup"));
    m_mode = new QComboBox(m_setupView);
    m_mode->setObjectName(QStringLiteral("quizMode"));
    m_mode->addItem(tr("Multiple choice"), int(QuizMode::MultipleChoice));
    m_mode->addItem(tr("Typed answers"), int(QuizMode::Typed));
    m_mode->addItem(tr("Port ranges"), int(QuizMode::PortRanges));
    m_mode->addItem(tr("Exam (timed, mixed)"), int(QuizMode::Exam));
    m_mode->addItem(tr("Performance-based drills"), int(QuizMode::Drills));
    m_filter = new QComboBox(m_setupView);
    m_filter->setObjectName(QStringLiteral("quizFilter"));
    m_filter->addItem(tr("All items"), int(QuizFilter::All));
    m_filter->addItem(tr("Only N10-009 items"), int(QuizFilter::Objective));
    m_filter->addItem(tr("Only UDP"), int(QuizFilter::Udp));
    m_filter->addItem(tr("Only TCP"), int(QuizFilter::Tcp));
    m_filter->addItem(tr("Only secure protocols"), int(QuizFilter::Secure));
    m_filter->addItem(tr("Only mail"), int(QuizFilter::Mail));
    m_filter->addItem(tr("Missed last time"), int(QuizFilter::Missed));
    m_drill = new QComboBox(m_setupView);
    m_drill->setObjectName(QStringLiteral("quizDrill"));
    m_drill->addItem(tr("One of each, in turn"), int(DrillKind::Mixed));
    m_drill->addItem(tr("Firewall rules"), int(DrillKind::Firewall));
    m_drill->addItem(tr("Packet captures"), int(DrillKind::Capture));
    m_drill->addItem(tr("Matching boards"), int(DrillKind::Board));
    m_drill->addItem(tr("Troubleshooting"), int(DrillKind::Troubleshooting));
    m_level = new QComboBox(m_setupView);
    m_level->setObjectName(QStringLiteral("quizLevel"));
    m_level->addItem(tr("1 · a few services, named"), 1);
    m_level->addItem(tr("2 · described by what they do, one inbound"), 2);
    m_level->addItem(tr("3 · by what they do alone, two inbound"), 3);
    m_level->setCurrentIndex(1);
    m_seed = new QLineEdit(m_setupView);
    m_seed->setObjectName(QStringLiteral("quizSeed"));
    m_seed->setPlaceholderText(tr("new each time"));
    m_seed->setMaxLength(10);
    m_seed->setMaximumWidth(160);
    m_seed->setToolTip(tr("The same seed gives the same drills, to replay them or share them."));
    m_count = new QSpinBox(m_setupView);
    m_count->setRange(1, 90);
    m_count->setValue(10);
    m_boost = new QCheckBox(tr("Send missed items to the front of tomorrow's study"), m_setupView);
    auto *start = new QPushButton(tr("Start"), m_setupView);
    start->setObjectName(QStringLiteral("startQuiz"));
    start->setDefault(true);
    start->setMinimumWidth(140);
    m_setupProblem = new QLabel(m_setupView);
    m_setupProblem->setObjectName(QStringLiteral("quizSetupProblem"));
    m_setupProblem->setForegroundRole(QPalette::PlaceholderText);
    auto *note = new QLabel(tr("Quiz answers count in your progress but never change when cards are due."), m_setupView);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *title = new QLabel(tr("Quiz"), m_setupView);
    title->setFont(scaledFont(font(), 1.5, true));
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Kind:"), m_mode);
    form->addRow(tr("Items:"), m_filter);
    form->addRow(tr("Drill:"), m_drill);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Questions:"), m_count);
    form->addRow(QString(), m_boost);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(start);
    startRow->addWidget(m_setupProblem, 1);
    m_history = makeTable(m_setupView, {tr("Date"), tr("Score"), tr("Time"), tr("Items")});
    m_history->setObjectName(QStringLiteral("examHistory"));
    m_historyEmpty = new QLabel(tr("No exams yet. An exam asks 20 mixed questions against the clock."), m_setupView);
    m_historyEmpty->setForegroundRole(QPalette::PlaceholderText);
    auto *historyTitle = new QLabel(tr("Exam history"), m_setupView);
    historyTitle->setFont(scaledFont(font(), 1.15, true));
    // A readable column, not the whole window's width.
    auto *column = new QWidget(m_setupView);
    column->setMaximumWidth(760);
    auto *outer = new QHBoxLayout(m_setupView);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    m_mode->setMinimumWidth(280);
    m_filter->setMinimumWidth(280);
    auto *setup = new QVBoxLayout(column);
    setup->setContentsMargins(0, 0, 0, 0);
    setup->setSpacing(12);
    setup->addWidget(title);
    setup->addLayout(form);
    setup->addLayout(startRow);
    setup->addWidget(note);
    setup->addSpacing(12);
    setup->addWidget(historyTitle);
    setup->addWidget(m_historyEmpty);
    setup->addWidget(m_history, 10);
    setup->addStretch(1);

    // Question: in a scroll area, as a firewall table with its feedback can outgrow a small window.
    m_questionView = new QWidget(this);
    auto *questionScroll = new QScrollArea(m_questionView);
    m_questionScroll = questionScroll;
    questionScroll->setFrameShape(QFrame::NoFrame);
    questionScroll->setWidgetResizable(true);
    auto *questionInner = new QWidget(questionScroll);
    questionScroll->setWidget(questionInner);
    auto *questionOuter = new QVBoxLayout(m_questionView);
    questionOuter->setContentsMargins(0, 0, 0, 0);
    questionOuter->addWidget(questionScroll);
    m_progress = new QLabel(m_questionView);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_timer = new QLabel(m_questionView);
    m_timer->setObjectName(QStringLiteral("examTimer"));
    m_timer->setFont(scaledFont(font(), 1.15, true));
    auto *end = new QPushButton(tr("End"), m_questionView);
    end->setFocusPolicy(Qt::NoFocus);
    auto *top = new QHBoxLayout;
    top->addWidget(m_progress);
    top->addStretch(1);
    top->addWidget(m_timer);
    top->addSpacing(12);
    top->addWidget(end);
    m_prompt = new QLabel(m_questionView);
    m_prompt->setObjectName(QStringLiteral("quizPrompt"));
    m_prompt->setTextFormat(Qt::PlainText); // entries' own words, never rendered as markup
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    m_prompt->setFont(scaledFont(font(), 1.6));
    m_exhibit = new QLabel(m_questionView);
    m_exhibit->setObjectName(QStringLiteral("quizExhibit"));
    m_exhibit->setTextFormat(Qt::PlainText);
    m_exhibit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_exhibit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exhibit->setFrameShape(QFrame::StyledPanel);
    m_exhibit->setBackgroundRole(QPalette::Base);
    m_exhibit->setAutoFillBackground(true);
    m_exhibit->setMargin(10);
    m_exhibit->setAccessibleName(tr("Captured packets"));
    // Capture lines keep their length: they scroll sideways on their own, not the whole page.
    m_exhibitScroll = new QScrollArea(m_questionView);
    m_exhibitScroll->setWidget(m_exhibit);
    m_exhibitScroll->setWidgetResizable(true);
    m_exhibitScroll->setFrameShape(QFrame::NoFrame);
    m_exhibitScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_exhibitScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_firewall = new FirewallDrillView(m_questionView);
    m_firewall->setObjectName(QStringLiteral("firewallDrill"));
    m_board = new MatchingBoardView(m_questionView);
    m_board->setObjectName(QStringLiteral("boardDrill"));
    connect(m_firewall, &FirewallDrillView::submitted, this, &QuizPage::submitFirewall);
    connect(m_board, &MatchingBoardView::submitted, this, &QuizPage::submitBoard);
    auto *optionsBox = new QVBoxLayout;
    optionsBox->setSpacing(8);
    for (int i = 0; i < 4; ++i) {
        m_options[i] = new QPushButton(m_questionView);
        m_options[i]->setObjectName(QStringLiteral("option%1").arg(i + 1));
        m_options[i]->setMinimumSize(420, 40);
        m_options[i]->setFocusPolicy(Qt::NoFocus);
        m_options[i]->setFont(scaledFont(font(), 1.15));
        optionsBox->addWidget(m_options[i], 0, Qt::AlignHCenter);
        connect(m_options[i], &QPushButton::clicked, this, [this, i] { chooseOption(i); });
    }
    m_typed = new QLineEdit(m_questionView);
    m_typed->setObjectName(QStringLiteral("quizTyped"));
    m_typed->setAlignment(Qt::AlignCenter);
    m_typed->setFont(scaledFont(font(), 1.4));
    m_typed->setMaxLength(200);
    m_typed->setMinimumWidth(360);
    m_typed->setPlaceholderText(tr("Type your answer, then Enter"));
    m_typed->installEventFilter(this);
    connect(m_typed, &QLineEdit::textEdited, this, [this] { m_emptyConfirmed = false; });
    m_feedback = new QLabel(m_questionView);
    m_feedback->setObjectName(QStringLiteral("quizFeedback"));
    m_feedback->setAlignment(Qt::AlignCenter);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setFont(scaledFont(font(), 1.15));
    m_next = new QPushButton(tr("Next"), m_questionView);
    m_next->setToolTip(tr("Enter"));
    m_next->setMinimumSize(160, 36);
    m_next->setFocusPolicy(Qt::NoFocus);
    auto *question = new QVBoxLayout(questionInner);
    question->setContentsMargins(24, 16, 24, 20);
    question->addLayout(top);
    question->addStretch(2);
    question->addWidget(m_exhibitScroll);
    question->addSpacing(12);
    question->addWidget(m_prompt);
    question->addWidget(m_firewall, 20);
    question->addWidget(m_board, 20);
    question->addSpacing(20);
    question->addLayout(optionsBox);
    question->addWidget(m_typed, 0, Qt::AlignHCenter);
    question->addSpacing(16);
    question->addWidget(m_feedback);
    question->addWidget(m_next, 0, Qt::AlignHCenter);
    question->addStretch(3);

    // Results.
    m_resultsView = new QWidget(this);
    m_summary = new QLabel(m_resultsView);
    m_summary->setObjectName(QStringLiteral("quizSummary"));
    m_summary->setFont(scaledFont(font(), 1.4, true));
    m_misses = makeTable(m_resultsView, {tr("Question"), tr("Your answer"), tr("Right answer")});
    m_misses->setObjectName(QStringLiteral("quizMisses"));
    m_showFact = new QPushButton(tr("Show in Table"), m_resultsView);
    auto *again = new QPushButton(tr("New Quiz"), m_resultsView);
    again->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showFact);
    buttons->addStretch(1);
    buttons->addWidget(again);
    m_missesTitle = new QLabel(m_resultsView);
    m_missesTitle->setObjectName(QStringLiteral("quizMissesTitle"));
    m_missesTitle->setFont(scaledFont(font(), 1.1, true));
    auto *results = new QVBoxLayout(m_resultsView);
    results->setContentsMargins(24, 20, 24, 20);
    results->setSpacing(12);
    results->addWidget(m_summary);
    results->addWidget(m_missesTitle);
    results->addWidget(m_misses, 10);
    results->addStretch(1);
    results->addLayout(buttons);

    m_views = new QStackedWidget(this);
    m_views->addWidget(m_setupView);
    m_views->addWidget(m_questionView);
    m_views->addWidget(m_resultsView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    connect(start, &QPushButton::clicked, this, &QuizPage::start);
    connect(end, &QPushButton::clicked, this, &QuizPage::finishQuiz);
    end->setToolTip(tr("Esc"));
    auto *endAction = new QAction(this);
    endAction->setShortcut(Qt::Key_Escape);
    endAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(endAction, &QAction::triggered, this, [this] {
        if (m_views->currentWidget() == m_questionView)
            finishQuiz();
    });
    addAction(endAction);
    connect(m_misses, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        emit factRequested(m_misses->item(item->row(), 0)->data(Qt::UserRole).toString());
    });
    connect(m_next, &QPushButton::clicked, this, &QuizPage::nextQuestion);
    connect(again, &QPushButton::clicked, this, &QuizPage::showSetup);
    connect(m_showFact, &QPushButton::clicked, this, [this] {
        const int row = m_misses->currentRow();
        if (row >= 0)
            emit factRequested(m_misses->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_misses, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        emit factRequested(m_misses->item(item->row(), 0)->data(Qt::UserRole).toString());
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const int mode = m_mode->currentData().toInt();
        const bool exam = mode == int(QuizMode::Exam);
        const bool drills = mode == int(QuizMode::Drills);
        m_count->setRange(exam ? QuizSession::kMinExamItems : 1, drills ? 20 : 90);
        m_count->setValue(exam ? 20 : drills ? 4 : 10);
        m_filter->setEnabled(mode != int(QuizMode::PortRanges) && !drills);
        updateSetupRows();
    });
    connect(m_drill, &QComboBox::currentIndexChanged, this, &QuizPage::updateSetupRows);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &QuizPage::tick);
    updateSetupRows();
    showSetup();
}

void QuizPage::updateSetupRows()
{
    const bool drills = m_mode->currentData().toInt() == int(QuizMode::Drills);
    const int kind = m_drill->currentData().toInt();
    m_form->setRowVisible(m_filter, !drills);
    m_form->setRowVisible(m_drill, drills);
    m_form->setRowVisible(m_level, drills && (kind == int(DrillKind::Mixed) || kind == int(DrillKind::Firewall)));
    m_form->setRowVisible(m_seed, drills);
}

QuizPage::~QuizPage() = default;

QWidget *QuizPage::currentView() const
{
    return m_views->currentWidget();
}

void QuizPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const bool asking = m_session && m_views->currentWidget() == m_questionView && !m_answered;
    const QuestionStyle style = m_session ? m_session->current().question.style : QuestionStyle::MultipleChoice;
    if (asking && style == QuestionStyle::Typed)
        m_typed->setFocus(Qt::OtherFocusReason);
    else if (asking && style == QuestionStyle::Firewall)
        m_firewall->focusInput();
    else if (asking && style == QuestionStyle::Board)
        m_board->focusInput();
    else
        setFocus(Qt::OtherFocusReason);
}

QString QuizPage::factKeyOf(qint64 factId) const
{
    for (const Fact &f : m_store->facts()) {
        if (f.id == factId)
            return f.key;
    }
    return {};
}

void QuizPage::showSetup()
{
    m_tick->stop();
    m_setupProblem->clear();
    refreshHistory();
    m_views->setCurrentWidget(m_setupView);
    setFocus(Qt::OtherFocusReason);
}

void QuizPage::refreshHistory()
{
    const QList<ExamResult> exams = m_store->examResults();
    const QLocale locale;
    m_history->setRowCount(static_cast<int>(exams.size()));
    for (int row = 0; row < exams.size(); ++row) {
        const ExamResult &e = exams.at(row);
        const int percent = e.questions > 0 ? qRound(100.0 * e.correct / e.questions) : 0;
        const QStringList cells{
            locale.toString(QDateTime::fromMSecsSinceEpoch(e.startedMs).toLocalTime(), QLocale::ShortFormat),
            tr("%1 of %2 (%3%)").arg(e.correct).arg(e.questions).arg(percent),
            clockText(e.durationMs),
            m_filter->itemText(std::max(0, m_filter->findData(int([&e] {
                for (QuizFilter f : {QuizFilter::All, QuizFilter::Udp, QuizFilter::Tcp, QuizFilter::Secure,
                                     QuizFilter::Mail, QuizFilter::Objective, QuizFilter::Missed}) {
                    if (quizFilterKey(f) == e.filter)
                        return f;
                }
                return QuizFilter::All;
            }()))))};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
    m_history->setVisible(!exams.isEmpty());
    m_historyEmpty->setVisible(exams.isEmpty());
}

bool QuizPage::startForFact(const QString &factKey)
{
    QuizOptions options;
    options.mode = QuizMode::MultipleChoice;
    options.questions = 50;
    options.factKeys = {factKey};
    options.rolloverHour = m_store->studySettings().rolloverHour;
    return startWith(options);
}

bool QuizPage::start()
{
    QuizOptions options;
    options.mode = static_cast<QuizMode>(m_mode->currentData().toInt());
    options.filter = static_cast<QuizFilter>(m_filter->currentData().toInt());
    options.questions = m_count->value();
    options.boostMissed = m_boost->isChecked();
    options.rolloverHour = m_store->studySettings().rolloverHour;
    options.drill = static_cast<DrillKind>(m_drill->currentData().toInt());
    options.drillLevel = m_level->currentData().toInt();
    if (options.mode == QuizMode::Drills && !m_seed->text().trimmed().isEmpty()) {
        bool ok = false;
        options.seed = m_seed->text().trimmed().toUInt(&ok);
        if (!ok || options.seed == 0) {
            m_setupProblem->setText(tr("A seed is a whole number from 1 to 4294967295, or empty for new drills."));
            return false;
        }
    }
    return startWith(options);
}

bool QuizPage::startWith(const QuizOptions &options)
{
    m_firewall->setScenario(nullptr, nullptr); // it held the last session's checker
    m_session = std::make_unique<QuizSession>(m_store, m_clock, m_language, options);
    m_session->setCollection(m_collection);
    if (m_session->isEmpty()) {
        m_setupProblem->setText(!m_session->errorString().isEmpty() ? m_session->errorString()
                                : options.filter == QuizFilter::Missed
                                    ? tr("Nothing was missed last time.")
                                    : tr("No items match this choice."));
        m_session.reset();
        return false;
    }
    m_views->setCurrentWidget(m_questionView);
    if (m_session->isExam()) {
        tick();
        m_tick->start();
    }
    m_timer->setVisible(m_session->isExam());
    showQuestion();
    return true;
}

void QuizPage::showQuestion()
{
    const QuizItem &item = m_session->current();
    const QuizQuestion &q = item.question;
    m_answered = false;
    m_progress->setText(item.isDrill() && !m_session->isExam()
                            ? tr("Question %1 of %2 · seed %3").arg(m_session->currentIndex() + 1).arg(m_session->count()).arg(item.seed)
                            : tr("Question %1 of %2").arg(m_session->currentIndex() + 1).arg(m_session->count()));
    const bool firewall = q.style == QuestionStyle::Firewall;
    const bool board = q.style == QuestionStyle::Board;
    m_prompt->setVisible(!firewall && !board);
    m_prompt->setText(q.prompt);
    // A drill's sentence is longer than a card's question: a calmer size.
    m_prompt->setFont(scaledFont(font(), item.isDrill() ? 1.2 : 1.6));
    m_exhibit->setText(q.exhibit);
    m_exhibitScroll->setVisible(!q.exhibit.isEmpty());
    m_exhibitScroll->setFixedHeight(m_exhibit->sizeHint().height()
                                    + m_exhibitScroll->horizontalScrollBar()->sizeHint().height());
    m_firewall->setVisible(firewall);
    m_board->setVisible(board);
    if (firewall)
        m_firewall->setScenario(item.firewall, &m_session->checker(), !m_session->isExam());
    m_questionScroll->verticalScrollBar()->setValue(0); // a new question starts at its top
    if (board)
        m_board->setBoard(item.board);
    const bool typed = q.style == QuestionStyle::Typed;
    for (int i = 0; i < 4; ++i) {
        const bool used = !typed && !firewall && !board && i < q.options.size();
        m_options[i]->setVisible(used);
        m_options[i]->setEnabled(true);
        m_options[i]->setStyleSheet(QString());
        if (used)
            m_options[i]->setText(QStringLiteral("%1   %2").arg(i + 1).arg(q.options.at(i)));
    }
    m_typed->setVisible(typed);
    m_typed->clear();
    m_emptyConfirmed = false;
    m_typed->setReadOnly(false);
    m_feedback->clear();
    m_feedback->hide();
    m_next->hide();
    if (typed)
        m_typed->setFocus(Qt::OtherFocusReason);
    else if (firewall)
        m_firewall->focusInput();
    else if (board)
        m_board->focusInput();
    else
        setFocus(Qt::OtherFocusReason);
}

void QuizPage::submitFirewall(const QList<FirewallRule> &rules)
{
    if (!m_session || m_answered || m_session->current().question.style != QuestionStyle::Firewall)
        return;
    const CheckResult result = m_session->answerFirewall(rules);
    if (!m_session->isExam())
        m_firewall->showGrade(m_session->current().firewallGrade);
    afterAnswer(result, -1);
}

void QuizPage::submitBoard(const QList<int> &assignment)
{
    if (!m_session || m_answered || m_session->current().question.style != QuestionStyle::Board)
        return;
    const CheckResult result = m_session->answerBoard(assignment);
    if (!m_session->isExam())
        m_board->showGrade(m_session->current().boardGrade);
    afterAnswer(result, -1);
}

void QuizPage::chooseOption(int index)
{
    if (!m_session || m_answered || m_views->currentWidget() != m_questionView)
        return;
    const QuizQuestion &q = m_session->current().question;
    if (q.style == QuestionStyle::Typed || index < 0 || index >= q.options.size())
        return;
    afterAnswer(m_session->answerOption(index), index);
}

void QuizPage::submitTyped()
{
    if (!m_session || m_answered || m_session->current().question.style != QuestionStyle::Typed)
        return;
    // An empty field is more often a slip of the finger than "I don't know": ask first.
    if (m_typed->text().trimmed().isEmpty() && !m_emptyConfirmed) {
        m_emptyConfirmed = true;
        m_feedback->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                .arg(accentsFor(palette()).muted.name(),
                                     tr("The answer is empty. Press Enter again to skip it as not known, "
                                        "or type an answer.").toHtmlEscaped()));
        m_feedback->show();
        return;
    }
    afterAnswer(m_session->answerText(m_typed->text()), -1);
}

void QuizPage::afterAnswer(const CheckResult &result, int chosen)
{
    m_answered = true;
    emit reviewsChanged();
    if (m_session->isExam()) { // no feedback until the end
        nextQuestion();
        return;
    }
    const QuizQuestion &q = m_session->current().question;
    const Accents a = accentsFor(palette());
    // The buttons are disabled, which greys their text: the right one and the learner's pick
    // keep the text colour, so the answer stays readable in light and dark.
    const QString text = palette().color(QPalette::Active, QPalette::ButtonText).name();
    for (int i = 0; i < 4; ++i) {
        m_options[i]->setEnabled(false);
        if (i == q.correctOption)
            m_options[i]->setStyleSheet(QStringLiteral("QPushButton { border: 2px solid %1; border-radius: 4px; color: %2; "
                                                       "font-weight: 600; padding: 4px; }")
                                            .arg(a.secure.name(), text));
        else if (i == chosen)
            m_options[i]->setStyleSheet(QStringLiteral("QPushButton { border: 2px solid %1; border-radius: 4px; color: %2; "
                                                       "padding: 4px; }")
                                            .arg(a.insecure.name(), text));
    }
    m_typed->setReadOnly(true);
    const QString headline = result.verdict == Verdict::Correct   ? tr("✓ Correct")
                             : result.verdict == Verdict::Partial ? tr("◐ Partly right")
                                                                  : tr("✗ Not right");
    const QColor colour = result.verdict == Verdict::Correct   ? a.secure
                          : result.verdict == Verdict::Partial ? a.partial
                                                               : a.insecure;
    // One paragraph a line (verdict, why, the answer, the explanation), so they never run together.
    const QString paragraph = QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px\">%1</p>");
    QString html = paragraph.arg(QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                                     .arg(colour.name(), headline.toHtmlEscaped()));
    const QuizItem &item = m_session->current();
    if (item.firewall || item.board) {
        // A table or a board: the score, each difference on a line, then the intended answer.
        html += paragraph.arg(tr("%1 of %2 points.").arg(item.points).arg(item.maxPoints).toHtmlEscaped());
        const QStringList why = item.firewall ? item.firewallGrade.explanations : item.boardGrade.explanations;
        QStringList lines;
        for (const QString &line : why)
            lines.append(QStringLiteral("• ") + line.toHtmlEscaped());
        if (!lines.isEmpty())
            html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px; text-align:left\">%1</p>")
                        .arg(lines.join(QLatin1String("<br>")));
        if (item.firewall && result.verdict != Verdict::Correct)
            html += paragraph.arg(tr("The intended table:").toHtmlEscaped() + QLatin1String("<br><b>")
                                  + q.answer.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
                                  + QLatin1String("</b>"));
        m_feedback->setText(html);
        m_feedback->show();
        m_next->show();
        setFocus(Qt::OtherFocusReason);
        // The grade sits below the table: bring it into view once laid out.
        QTimer::singleShot(0, this, [this] { m_questionScroll->ensureWidgetVisible(m_next); });
        return;
    }
    if (!result.feedback.isEmpty())
        html += paragraph.arg(result.feedback.toHtmlEscaped());
    if (result.verdict != Verdict::Correct || q.style == QuestionStyle::Typed)
        html += paragraph.arg(QStringLiteral("<b>%1</b>").arg(q.answer.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
    if (!q.explanation.isEmpty())
        html += paragraph.arg(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(a.muted.name(), q.explanation.toHtmlEscaped()));
    m_feedback->setText(html);
    m_feedback->show();
    m_next->show();
    setFocus(Qt::OtherFocusReason);
}

void QuizPage::nextQuestion()
{
    if (!m_session)
        return;
    if (!m_session->next()) {
        finishQuiz();
        return;
    }
    showQuestion();
}

void QuizPage::tick()
{
    if (!m_session || !m_session->isExam() || m_session->isFinished())
        return;
    const qint64 left = m_session->deadlineMs() - m_clock->nowMs();
    m_timer->setText(tr("Time left %1").arg(clockText(left)));
    if (left <= 0)
        finishQuiz();
}

void QuizPage::finishQuiz()
{
    if (!m_session)
        return;
    m_tick->stop();
    m_session->finish();
    const QuizSession::Score s = m_session->score();
    const int percent = s.total > 0 ? qRound(100.0 * s.correct / s.total) : 0;
    QString summary = tr("%1 of %2 right (%3%) in %4").arg(s.correct).arg(s.total).arg(percent).arg(clockText(s.durationMs));
    if (s.partial > 0)
        summary += QStringLiteral(" · ") + tr("%1 partly").arg(s.partial);
    if (s.unanswered > 0)
        summary += QStringLiteral(" · ") + tr("%1 not answered").arg(s.unanswered);
    m_summary->setText(summary);

    QList<const QuizItem *> misses;
    int notAsked = 0;
    for (const QuizItem &item : m_session->items()) {
        if (!item.answered && !m_session->isExam()) {
            ++notAsked; // a drill ended early: the rest was never asked
            continue;
        }
        if (!item.answered || item.result.verdict != Verdict::Correct)
            misses.append(&item);
    }
    m_misses->setRowCount(static_cast<int>(misses.size()));
    for (int row = 0; row < misses.size(); ++row) {
        const QuizItem &item = *misses.at(row);
        const QString prompt = item.firewall ? item.firewall->title() : item.question.prompt;
        auto *question = new QTableWidgetItem(QString(prompt).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        question->setData(Qt::UserRole, item.isDrill() ? item.question.factKeys.value(0) : factKeyOf(item.question.factId));
        question->setToolTip(item.question.prompt);
        m_misses->setItem(row, 0, question);
        m_misses->setItem(row, 1, new QTableWidgetItem(item.answered ? item.given : tr("(not answered)")));
        m_misses->setItem(row, 2, new QTableWidgetItem(QString(item.question.answer).replace(QLatin1Char('\n'), QStringLiteral("; "))));
    }
    m_misses->resizeColumnsToContents();
    // "Every answer was right" only when every question was asked and answered.
    const int asked = static_cast<int>(m_session->items().size()) - notAsked;
    m_missesTitle->setText(!misses.isEmpty() ? tr("To look at again (double-click to open its entry):")
                           : asked == 0      ? tr("No question was answered.")
                           : notAsked > 0    ? tr("Every answer you gave was right; %n question(s) were not asked.", "", notAsked)
                                             : tr("Every answer was right."));
    m_misses->setVisible(!misses.isEmpty());
    m_showFact->setVisible(!misses.isEmpty());
    if (!misses.isEmpty())
        m_misses->selectRow(0);
    m_views->setCurrentWidget(m_resultsView);
    setFocus(Qt::OtherFocusReason);
}

bool QuizPage::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit hands Enter on to its parent after returnPressed; take it here.
    if (watched == m_typed && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !key->isAutoRepeat()) {
            if (m_answered)
                nextQuestion();
            else
                submitTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuizPage::keyPressEvent(QKeyEvent *event)
{
    if (event->isAutoRepeat() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QWidget *view = m_views->currentWidget();
    if (view == m_setupView && enter) {
        start();
        return;
    }
    if (view == m_resultsView && enter) {
        if (QApplication::focusWidget() == m_misses)
            return; // the table opened the entry (itemActivated)
        showSetup();
        return;
    }
    if (view == m_questionView) {
        if (enter && m_answered) {
            nextQuestion();
            return;
        }
        if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
            chooseOption(event->key() - Qt::Key_1);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}
