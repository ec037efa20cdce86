#include "progresspage.h"

#include "chartpanel.h"
#include "clock.h"
#include "deckstore.h"
#include "examschedule.h"
#include "masterymap.h"
#include "planjob.h"
#include "progress.h"
#include "studysettings.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace {

// Retention needs this many reviews in a period before it says anything about calibration.
constexpr int kRetentionMinimum = 20;

// Reflow: below these widths of the visible page the charts go to one column and the five
// tiles of today wrap, so that nothing scrolls sideways or clips (a 900 px window leaves the
// page about 730 px).
constexpr int kTwoChartColumnsWidth = 900;
constexpr int kTilesInOneRowWidth = 900;
constexpr int kThreeTilesWidth = 520;

/** The exam chart's dates: ticks at noon, so that an exam sits nearest to its own day's tick. */
struct ExamDays
{
    QDate first;  ///< the first tick's day
    int step = 1; ///< days between ticks
    int ticks = 3;
    QDate last() const { return first.addDays(qint64(step) * (ticks - 1)); }
};

/**
 * Days for exams from local day @p firstExam to @p lastExam: a day of room on either side,
 * at most seven ticks, each step a whole number of days. A single exam gets the day before
 * and after.
 */
ExamDays examDays(const QDate &firstExam, const QDate &lastExam)
{
    const qint64 span = firstExam.daysTo(lastExam) + 2;
    int step = 1;
    for (int s : {1, 2, 3, 7, 14, 28, 56, 91, 182, 364}) {
        step = s;
        if ((span + s - 1) / s <= 6)
            break;
    }
    const int intervals = static_cast<int>(std::max<qint64>(2, (span + step - 1) / step));
    return {firstExam.addDays(-1), step, intervals + 1};
}

/** A tick step of 1, 2 or 5 times a power of ten that splits 0–@p max into about four parts. */
double niceStep(double max)
{
    if (max <= 4)
        return 1;
    const double raw = max / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return m * power;
    }
    return 10 * power;
}

/** A count axis from 0 with whole-number ticks. */
QValueAxis *countAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    const double step = niceStep(std::max(1.0, max));
    axis->setRange(0, std::ceil(std::max(1.0, max) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

/** Dates under bars 0…n-1, every @p step-th one labelled, the last (today) always. */
QCategoryAxis *dateAxis(const QList<QDate> &dates, int step, const QString &format)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, dates.size() - 0.5);
    axis->setStartValue(-0.5);
    const QLocale locale;
    QList<int> marks;
    for (qsizetype i = dates.size() - 1; i >= 0; i -= step)
        marks.prepend(static_cast<int>(i));
    for (int i : std::as_const(marks))
        axis->append(locale.toString(dates.at(i), format), i);
    axis->setGridLineVisible(false);
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

QString percentText(double fraction, int decimals = 0)
{
    return ProgressPage::tr("%1%").arg(QLocale().toString(fraction * 100, 'f', decimals));
}

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return ProgressPage::tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return ProgressPage::tr("%1 min").arg(minutes);
    return ProgressPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

/** Labels of the stability histogram's bins. */
QStringList stabilityLabels()
{
    return {ProgressPage::tr("0–1d"), ProgressPage::tr("1–7d"), ProgressPage::tr("1–4w"),
            ProgressPage::tr("1–3mo"), ProgressPage::tr("3–12mo"), ProgressPage::tr("1y+")};
}


} // namespace

ProgressPage::ProgressPage(DeckStore *store, const Clock *clock, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_language(language)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("progressContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(14);

    // Header: the title and the period the charts cover.
    auto *title = new QLabel(tr("Progress"), content);
    title->setFont(scaledFont(font(), 1.5, true));
    m_periodCombo = new QComboBox(content);
    m_periodCombo->setObjectName(QStringLiteral("period"));
    m_periodCombo->addItem(tr("Last 30 days"), QVariant::fromValue(Period::Month));
    m_periodCombo->addItem(tr("Last 3 months"), QVariant::fromValue(Period::Quarter));
    m_periodCombo->addItem(tr("Last year"), QVariant::fromValue(Period::Year));
    m_periodCombo->setToolTip(tr("How far back the activity and retention charts look"));
    auto *periodLabel = new QLabel(tr("&Period:"), content);
    periodLabel->setBuddy(m_periodCombo);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(periodLabel);
    header->addWidget(m_periodCombo);
    layout->addLayout(header);

    // Today, in five tiles: one row when there is room, else wrapped (see reflow()).
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(10);
    makeTile(QStringLiteral("studied"), tr("Answered today"));
    makeTile(QStringLiteral("time"), tr("Time today"));
    makeTile(QStringLiteral("correct"), tr("Right today"));
    makeTile(QStringLiteral("streak"), tr("Streak in days"));
    makeTile(QStringLiteral("due"), tr("Due today"));
    layout->addLayout(m_tileGrid);

    // What to do next.
    auto *next = new PanelFrame(content, PanelFrame::Fill::Quiet);
    next->setObjectName(QStringLiteral("nextPanel"));
    m_advice = new QLabel(next);
    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);
    m_studyDue = new QPushButton(tr("Study Due Cards"), next);
    m_studyDue->setObjectName(QStringLiteral("studyDue"));
    m_weakest = new QPushButton(tr("Study My Weakest"), next);
    m_weakest->setObjectName(QStringLiteral("studyWeakest"));
    auto *nextLayout = new QHBoxLayout(next);
    nextLayout->setContentsMargins(14, 10, 14, 10);
    nextLayout->addWidget(m_advice, 1);
    nextLayout->addWidget(m_studyDue);
    nextLayout->addWidget(m_weakest);
    layout->addWidget(next);
    connect(m_studyDue, &QPushButton::clicked, this, &ProgressPage::studyRequested);
    connect(m_weakest, &QPushButton::clicked, this, [this] {
        const QList<qint64> cards = weakestCards();
        if (!cards.isEmpty())
            emit studyWeakestRequested(cards);
    });

    // The exam plan, while a date is set.
    m_examPanel = new PanelFrame(content);
    m_examPanel->setObjectName(QStringLiteral("examPanel"));
    m_examTitle = new QLabel(m_examPanel);
    m_examTitle->setFont(scaledFont(font(), 1.1, true));
    m_examSummary = new QLabel(m_examPanel);
    m_examSummary->setObjectName(QStringLiteral("examSummary"));
    m_examSummary->setWordWrap(true);
    m_examWarning = new QLabel(m_examPanel);
    m_examWarning->setObjectName(QStringLiteral("examWarning"));
    m_examWarning->setWordWrap(true);
    m_examRaise = new QPushButton(m_examPanel);
    m_examRaise->setObjectName(QStringLiteral("examRaise"));
    m_examChange = new QPushButton(tr("Change Exam Date…"), m_examPanel);
    m_examChange->setObjectName(QStringLiteral("examChange"));
    m_examClear = new QPushButton(tr("Clear Exam Date"), m_examPanel);
    m_examClear->setObjectName(QStringLiteral("examClear"));
    auto *examButtons = new QHBoxLayout;
    examButtons->addStretch(1);
    examButtons->addWidget(m_examRaise);
    examButtons->addWidget(m_examClear);
    examButtons->addWidget(m_examChange);
    auto *examLayout = new QVBoxLayout(m_examPanel);
    examLayout->setContentsMargins(14, 10, 14, 12);
    examLayout->setSpacing(6);
    examLayout->addWidget(m_examTitle);
    examLayout->addWidget(m_examSummary);
    examLayout->addWidget(m_examWarning);
    examLayout->addLayout(examButtons);
    layout->addWidget(m_examPanel);
    m_examPanel->hide();
    m_examWarning->hide();
    m_examRaise->hide();
    m_examClear->hide();
    connect(m_examChange, &QPushButton::clicked, this, &ProgressPage::examOptionsRequested);
    connect(m_examClear, &QPushButton::clicked, this, [this] {
        StudySettings s = m_settings;
        s.examDate = QDate();
        emit studySettingsRequested(s);
    });
    connect(m_examRaise, &QPushButton::clicked, this, [this] {
        if (!m_forecast)
            return;
        StudySettings s = m_settings;
        if (!m_forecast->newCardsFit())
            s.newPerDay = std::max(s.newPerDay, m_forecast->neededNewPerDay);
        if (!m_forecast->reviewsFit())
            s.reviewsPerDay = std::max(s.reviewsPerDay, int(std::lround(m_forecast->peakAnswers)));
        emit studySettingsRequested(s);
    });

    // The mastery map.
    m_mapPanel = new PanelFrame(content);
    m_mapPanel->setObjectName(QStringLiteral("mapPanel"));
    auto *mapTitle = new QLabel(tr("Mastery map"), m_mapPanel);
    mapTitle->setFont(scaledFont(font(), 1.1, true));
    m_mapSummary = new QLabel(m_mapPanel);
    m_mapSummary->setObjectName(QStringLiteral("masterySummary"));
    m_mapSummary->setWordWrap(true);
    m_map = new MasteryMap(m_mapPanel);
    auto *mapLayout = new QVBoxLayout(m_mapPanel);
    mapLayout->setContentsMargins(14, 10, 14, 12);
    mapLayout->setSpacing(6);
    m_mapHorizon = new QComboBox(m_mapPanel);
    m_mapHorizon->setObjectName(QStringLiteral("mapHorizon"));
    m_mapHorizon->addItem(tr("In a week"));
    m_mapHorizon->addItem(tr("On exam day"));
    m_mapHorizon->setToolTip(tr("When the map judges your recall: a week from now, or on your exam day if you "
                                "keep to the plan"));
    m_mapHorizon->hide();
    connect(m_mapHorizon, &QComboBox::currentIndexChanged, this, &ProgressPage::showMap);
    auto *mapHeader = new QHBoxLayout;
    mapHeader->addWidget(mapTitle);
    mapHeader->addStretch(1);
    mapHeader->addWidget(m_mapHorizon);
    mapLayout->addLayout(mapHeader);
    mapLayout->addWidget(m_mapSummary);
    mapLayout->addWidget(m_map);
    layout->addWidget(m_mapPanel);
    connect(m_map, &MasteryMap::factActivated, this, &ProgressPage::factPageRequested);

    // The charts, two a row when there is room (see reflow()).
    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(14);
    const std::array<std::tuple<QString, QString, QString>, 6> panels{{
        {QStringLiteral("activity"), tr("Answers per day"),
         tr("No answers in this period yet. Every card you study or quiz shows up here.")},
        {QStringLiteral("forecast"), tr("Due in the next 30 days"),
         tr("Nothing is scheduled yet. Cards you study come back here on the days they are due.")},
        {QStringLiteral("retention"), tr("Retention by week"),
         tr("Retention needs reviews of cards you learned earlier. Study for a few days and it appears.")},
        {QStringLiteral("exams"), tr("Exam and drill scores"),
         tr("No exams or performance-based drills yet. Take one on the Quiz page to see your scores over time.")},
        {QStringLiteral("stability"), tr("Stability"),
         tr("No card studied yet. Stability is the number of days until a card's recall chance falls to 90%.")},
        {QStringLiteral("difficulty"), tr("Difficulty"),
         tr("No card studied yet. Difficulty grows when a card is answered Again or Hard.")},
    }};
    for (int i = 0; i < int(panels.size()); ++i) {
        const auto &[id, panelTitle, empty] = panels[i];
        auto *panel = new ChartPanel(panelTitle, empty, content);
        panel->setObjectName(id + QStringLiteral("Chart"));
        m_panels.insert(id, panel);
        m_panelIds.append(id);
    }
    layout->addLayout(m_chartGrid);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this); // its width decides the columns
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    reflow(m_scroll->viewport()->width());

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setPeriod(m_periodCombo->itemData(index).value<Period>());
    });
    applyStyle();
}

QWidget *ProgressPage::makeTile(const QString &id, const QString &caption)
{
    auto *tile = new PanelFrame(this);
    tile->setObjectName(QStringLiteral("tile"));
    auto *figure = new QLabel(QStringLiteral("–"), tile);
    figure->setObjectName(id + QStringLiteral("Figure"));
    figure->setFont(scaledFont(font(), 1.9, true));
    auto *captionLabel = new QLabel(caption, tile);
    m_captions.append(captionLabel);
    captionLabel->setWordWrap(true);
    auto *detail = new QLabel(tile);
    detail->setObjectName(QStringLiteral("tileDetail"));
    detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 8, 14, 10);
    layout->setSpacing(0);
    layout->addWidget(captionLabel);
    layout->addWidget(figure);
    layout->addWidget(detail);
    layout->addStretch(1); // tiles of a row align at the top when one's detail wraps
    m_figures.insert(id, figure);
    m_details.insert(id, detail);
    m_tiles.append(tile);
    return tile;
}

void ProgressPage::setTile(const QString &id, const QString &figure, const QString &detail)
{
    m_figures.value(id)->setText(figure);
    m_details.value(id)->setText(detail);
}

QLabel *ProgressPage::todayFigure(const QString &id) const
{
    return m_figures.value(id);
}

ChartPanel *ProgressPage::panel(const QString &id) const
{
    return m_panels.value(id);
}

QStringList ProgressPage::panelIds() const
{
    return m_panelIds;
}

int ProgressPage::chartColumns() const
{
    return m_chartColumns;
}

int ProgressPage::tileColumns() const
{
    return m_tileColumns;
}

void ProgressPage::reflow(int width)
{
    const int chartColumns = width >= kTwoChartColumnsWidth ? 2 : 1;
    const int tileColumns = width >= kTilesInOneRowWidth ? int(m_tiles.size()) : width >= kThreeTilesWidth ? 3 : 2;
    if (chartColumns == m_chartColumns && tileColumns == m_tileColumns)
        return;
    m_chartColumns = chartColumns;
    m_tileColumns = tileColumns;
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_tileGrid->removeWidget(m_tiles.at(i));
        m_tileGrid->addWidget(m_tiles.at(i), i / tileColumns, i % tileColumns);
    }
    for (int c = 0; c < m_tiles.size(); ++c)
        m_tileGrid->setColumnStretch(c, c < tileColumns ? 1 : 0);
    for (int i = 0; i < m_panelIds.size(); ++i) {
        ChartPanel *panel = m_panels.value(m_panelIds.at(i));
        m_chartGrid->removeWidget(panel);
        m_chartGrid->addWidget(panel, i / chartColumns, i % chartColumns);
    }
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, chartColumns == 2 ? 1 : 0);
}

bool ProgressPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        reflow(static_cast<QResizeEvent *>(event)->size().width());
    return QWidget::eventFilter(watched, event);
}

void ProgressPage::applyStyle()
{
    // Captions and details in the muted text colour; set as palettes, so they follow the theme.
    const QColor muted = accentsFor(palette()).muted;
    auto quiet = [&muted](QLabel *label) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, muted);
        label->setPalette(p);
    };
    for (QLabel *detail : std::as_const(m_details))
        quiet(detail);
    for (QLabel *caption : std::as_const(m_captions))
        quiet(caption);
    quiet(m_mapSummary);
}

void ProgressPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStyle();
        if (isVisible())
            refresh(); // series colours come from the palette
    }
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    constexpr qint64 kDriftMs = 5 * 60 * 1000;
    if (m_outdated || m_clock->nowMs() - m_refreshedMs > kDriftMs || m_clock->nowMs() < m_refreshedMs)
        refresh();
}

void ProgressPage::collectionChanged()
{
    if (isVisible())
        refresh();
    else
        m_outdated = true;
}

void ProgressPage::setPeriod(Period period)
{
    m_period = period;
    const int index = m_periodCombo->findData(QVariant::fromValue(period));
    if (index != m_periodCombo->currentIndex())
        m_periodCombo->setCurrentIndex(index); // comes back here through the signal
    else
        refresh();
}

void ProgressPage::setFacts(const QList<Fact> &facts)
{
    m_facts = facts;
    m_factsLoaded = true;
}

void ProgressPage::loadFacts()
{
    if (m_factsLoaded)
        return;
    m_facts = m_store->facts(m_language);
    m_factsLoaded = true;
}

QList<qint64> ProgressPage::weakestCards() const
{
    return ProgressStats::forLearner(m_store).weakestCards(m_clock->nowMs(), kWeakestCount);
}

void ProgressPage::refresh()
{
    loadFacts();
    const qint64 now = m_clock->nowMs();
    m_outdated = false;
    m_refreshedMs = now;
    ++m_refreshes;
    const StudySettings settings = m_store->studySettings().normalized();
    const ProgressStats stats = ProgressStats::forLearner(m_store);
    const QLocale locale;

    // Today.
    const TodaySummary t = stats.today(now);
    const int answered = t.studied + t.practiced;
    setTile(QStringLiteral("studied"), locale.toString(answered),
            tr("%1 in study, %2 in quizzes and exams").arg(t.studied).arg(t.practiced));
    setTile(QStringLiteral("time"), durationText(t.timeMs),
            answered > 0 ? tr("%1 an answer").arg(durationText(t.timeMs / answered)) : tr("nothing yet"));
    setTile(QStringLiteral("correct"), answered > 0 ? percentText(double(t.correct) / answered) : QStringLiteral("–"),
            answered > 0 ? tr("%1 of %n answer(s)", nullptr, answered).arg(t.correct) : tr("nothing yet"));
    setTile(QStringLiteral("streak"), locale.toString(t.streak),
            t.streak == 0   ? tr("study today to start one")
            : t.activeToday ? tr("in a row, today included")
                            : tr("in a row: study today to keep it"));
    // "Due today" counts what the Study page's queue holds (StudyQueue): the same learning and
    // review cards, within the same daily limits.
    setTile(QStringLiteral("due"), locale.toString(t.dueToday), tr("new cards today: %1").arg(t.newToday));
    m_figures.value(QStringLiteral("due"))
        ->parentWidget()
        ->setToolTip(tr("Learning and review cards the Study page has for you today, within your daily limits. "
                        "New cards today: %1; not yet seen in all: %2.")
                         .arg(t.newToday)
                         .arg(t.newLeft));

    // The mastery map, and the advice that follows from it.
    const MemoryFigures memory = stats.memory(now);
    const QHash<qint64, FactRecall> &recall = memory.facts;
    m_weekRecall = recall;
    m_settings = settings;
    showMap();
    planExam(settings, now);
    QList<std::pair<double, QString>> weakFacts;
    for (const Fact &f : std::as_const(m_facts)) {
        const FactRecall r = recall.value(f.id);
        if (r.studied > 0 && r.level() != Mastery::Solid)
            weakFacts.append({r.mean, f.name});
    }
    std::sort(weakFacts.begin(), weakFacts.end());
    QStringList weakNames;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, weakFacts.size()); ++i)
        weakNames.append(weakFacts.at(i).second);
    const bool anyStudied = std::any_of(m_facts.cbegin(), m_facts.cend(),
                                        [&recall](const Fact &f) { return recall.value(f.id).studied > 0; });
    // New cards are only advised when the Study page has some to give today.
    QString advice;
    if (t.dueToday > 0) {
        advice = tr("Cards due today: %1. Reviewing them on time keeps what you know at the level you set.")
                     .arg(t.dueToday);
        if (!weakNames.isEmpty())
            advice += QLatin1Char(' ') + tr("Fading most: %1.").arg(locale.createSeparatedList(weakNames));
    } else if (!anyStudied && t.newToday > 0) {
        advice = tr("You have not studied yet. Start on the Study page: new cards come in small daily batches, "
                    "and these charts fill in as you go.");
    } else if (!anyStudied && t.newLeft > 0) {
        advice = tr("You have not studied yet, and today's new cards are used up: the daily limit is reached. "
                    "More come tomorrow, or raise the limit under Options on the Study page.");
    } else if (!weakNames.isEmpty()) {
        advice = tr("Nothing is due. Fading most: %1. A round of your weakest cards firms them up.")
                     .arg(locale.createSeparatedList(weakNames));
    } else if (t.newToday > 0) {
        advice = tr("Nothing is due, and you are likely to recall everything you studied in a week. "
                    "Time for new cards on the Study page.");
    } else if (t.newLeft > 0) {
        advice = tr("Nothing is due, and you are likely to recall everything you studied in a week. Today's new "
                    "cards are done; more come tomorrow. A quiz on the Quiz page never moves your schedule.");
    } else {
        advice = tr("Nothing is due, and every card is studied and likely to be recalled in a week. "
                    "Try a timed exam on the Quiz page.");
    }
    m_advice->setText(advice);
    m_studyDue->setEnabled(t.dueToday > 0 || t.newToday > 0);
    m_weakest->setEnabled(anyStudied);
    m_weakest->setToolTip(anyStudied ? tr("A session on the %1 cards you are most likely to have forgotten a week from now")
                                           .arg(kWeakestCount)
                                     : tr("Study some cards first: the weakest are chosen among the cards you have answered."));

    auto drawCharts = [this, stats, now, dueToday = t.dueToday, retention = settings.desiredRetention, memory] {
        drawActivity(stats, now);
        drawForecast(stats, now, dueToday);
        drawRetention(stats, now, retention);
        drawHistograms(memory);
        drawExams();
    };
    // The first frame shows the figures and the map at the top; the charts below them come just
    // after it (a third of the page's first open at 100,000 cards).
    if (isVisible() && !m_painted) {
        m_pendingCharts = std::move(drawCharts);
    } else {
        m_pendingCharts = {};
        drawCharts();
    }
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::showMap()
{
    const bool examDay = m_mapHorizon->currentIndex() == 1 && m_forecast && !m_mapHorizon->isHidden();
    m_map->setHorizon(examDay ? MasteryMap::Horizon::ExamDay : MasteryMap::Horizon::Week);
    m_map->setData(m_facts, examDay ? m_forecast->facts : m_weekRecall);
    const std::array<int, 4> levels = m_map->levelCounts();
    if (examDay) {
        m_mapSummary->setText(tr("Each tile is an entry, coloured by the chance that you recall its cards on exam day, "
                                 "%1, if you keep to the plan. %2 solid, %3 shaky, %4 weak, %5 not learned by then. "
                                 "Click a tile to read its page.")
                                  .arg(QLocale().toString(m_forecast->examDate, QLocale::LongFormat))
                                  .arg(levels[int(Mastery::Solid)])
                                  .arg(levels[int(Mastery::Shaky)])
                                  .arg(levels[int(Mastery::Weak)])
                                  .arg(levels[int(Mastery::Unseen)]));
        return;
    }
    m_mapSummary->setText(tr("Each tile is an entry, coloured by the chance that you still recall its cards in a week "
                             "if you do not study them again. %1 solid (likely to recall in a week), %2 shaky, "
                             "%3 weak, %4 not studied yet. Click a tile to read its page.")
                              .arg(levels[int(Mastery::Solid)])
                              .arg(levels[int(Mastery::Shaky)])
                              .arg(levels[int(Mastery::Weak)])
                              .arg(levels[int(Mastery::Unseen)]));
}

void ProgressPage::planExam(const StudySettings &settings, qint64 now)
{
    if (m_planJob) {
        m_planJob->disconnect(this);
        m_planJob->cancel();
        m_planJob.reset(); // waits for it: a simulation stops within a few hundred cards
    }
    if (!settings.examDate.isValid()) {
        ++m_planGeneration;
        m_forecast.reset();
        m_examPanel->hide();
        m_mapHorizon->hide();
        showMap();
        return;
    }
    // Results of a plan for other settings may still be queued: only this one's are shown.
    const int generation = ++m_planGeneration;
    m_examPanel->show();
    m_examTitle->setText(tr("Exam on %1").arg(QLocale().toString(settings.examDate, QLocale::LongFormat)));
    if (!m_forecast)
        m_examSummary->setText(tr("Working out your plan for exam day…"));
    m_planJob = std::make_unique<PlanJob>(PlanJob::Kind::Forecast, QFileInfo(m_store->filePath()).absolutePath(),
                                          settings, now);
    connect(m_planJob.get(), &PlanJob::forecastReady, this, [this, generation](const ExamForecast &forecast) {
        if (generation != m_planGeneration)
            return;
        m_forecast = forecast;
        showExamPlan();
        showMap();
        emit examPlanShown();
    });
    connect(m_planJob.get(), &PlanJob::failed, this, [this, generation](const QString &message) {
        if (generation != m_planGeneration)
            return;
        m_forecast.reset();
        m_examSummary->setText(message);
        m_examWarning->hide();
        m_examRaise->hide();
        m_examClear->hide();
        emit examPlanShown();
    });
    m_planJob->start();
}

void ProgressPage::showExamPlan()
{
    const ExamForecast &f = *m_forecast;
    const QLocale locale;
    m_mapHorizon->setVisible(f.daysLeft >= 0);
    m_examClear->setVisible(f.daysLeft < 0);
    m_examRaise->hide();
    m_examWarning->hide();
    if (f.daysLeft < 0) {
        m_examSummary->setText(tr("Your exam on %1 has passed. How did it go? Set the date of your next exam, or "
                                  "clear the date to study at your own pace.")
                                   .arg(locale.toString(f.examDate, QLocale::LongFormat)));
        return;
    }
    const QString known = percentText(f.expectedKnown);
    if (f.daysLeft == 0) {
        m_examSummary->setText(tr("Your exam is today. You can expect to recall %1 of your cards. Good luck!").arg(known));
        return;
    }
    QString summary = tr("%n day(s) to go. If you keep to the plan, you can expect to recall %1 of your cards on "
                         "the day.", nullptr, f.daysLeft)
                          .arg(known);
    summary += QLatin1Char(' ') + tr("That takes about %n card(s) a day (%1 on the busiest day).", nullptr,
                                     int(std::lround(f.answersPerDay)))
                                      .arg(std::lround(f.peakAnswers));
    if (f.newCards > 0 && f.newCardsFit()) {
        summary += QLatin1Char(' ')
                   + tr("New cards: %n a day, all of them introduced by %1.", nullptr, f.plannedNewPerDay)
                         .arg(locale.toString(f.examDate.addDays(-ExamSchedule::leadDays(f.daysLeft)),
                                              QLocale::ShortFormat));
    }
    m_examSummary->setText(summary);

    QStringList problems;
    if (!f.newCardsFit() && f.newOnExamDay > 0) {
        problems << tr("At your %1 new cards a day, %n card(s) will still be new on exam day.", nullptr,
                       f.newOnExamDay)
                        .arg(f.plannedNewPerDay)
                 + QLatin1Char(' ')
                 + tr("Introducing every card a few reviews ahead of the exam takes %n a day.", nullptr,
                      f.neededNewPerDay);
    } else if (!f.newCardsFit()) {
        problems << tr("At your %1 new cards a day, the last new cards come in only %n day(s) before the exam, "
                       "too late for more than a review or two.", nullptr, std::max(0, f.daysLeft - f.introduceBy + 1))
                        .arg(f.plannedNewPerDay)
                 + QLatin1Char(' ')
                 + tr("Introducing every card a few reviews ahead of the exam takes %n a day.", nullptr,
                      f.neededNewPerDay);
    }
    if (!f.reviewsFit()) {
        problems << tr("The busiest days take about %1 cards, more than your limit of %n review(s) a day. Cards over "
                       "the limit wait for the next day, and less is learned in time.", nullptr, f.reviewLimit)
                        .arg(std::lround(f.peakAnswers));
    }
    if (problems.isEmpty())
        return;
    m_examWarning->setText(problems.join(QLatin1Char(' ')) + QLatin1Char(' ')
                           + tr("Raise your limits, or choose a later date if you can."));
    m_examWarning->show();
    if (!f.newCardsFit() && !f.reviewsFit())
        m_examRaise->setText(tr("Raise Both Limits"));
    else if (!f.newCardsFit())
        m_examRaise->setText(tr("Raise New Cards to %1 a Day").arg(f.neededNewPerDay));
    else
        m_examRaise->setText(tr("Raise Reviews to %1 a Day").arg(std::lround(f.peakAnswers)));
    m_examRaise->show();
}

bool ProgressPage::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_pendingCharts) // after this frame is on screen, not inside it
            QTimer::singleShot(0, this, [this] {
                if (const std::function<void()> draw = std::exchange(m_pendingCharts, {}))
                    draw();
            });
    }
    return handled;
}

void ProgressPage::drawActivity(const ProgressStats &stats, qint64 now)
{
    ChartPanel *panel = m_panels.value(QStringLiteral("activity"));
    const int days = m_period == Period::Month ? 30 : m_period == Period::Quarter ? 91 : 365;
    const QList<DayActivity> activity = stats.activity(now, days);
    panel->clear();
    const Accents a = accentsFor(palette());
    const std::array<std::pair<QString, QColor>, 5> sets{{
        {tr("Again"), a.insecure},
        {tr("Hard"), a.partial},
        {tr("Good"), a.secure},
        {tr("Easy"), a.info},
        {tr("Quiz and exam"), a.practice},
    }};
    auto *series = new QStackedBarSeries;
    std::array<QBarSet *, 5> bars{};
    for (int i = 0; i < 5; ++i) {
        bars[i] = barSet(sets[i].first, sets[i].second);
        series->append(bars[i]);
    }
    int total = 0;
    int activeDays = 0;
    int passed = 0;
    int studied = 0;
    int highest = 0;
    QList<QDate> dates;
    for (const DayActivity &d : activity) {
        for (int i = 0; i < 4; ++i)
            *bars[i] << d.ratings[i];
        *bars[4] << d.practiced;
        total += d.total();
        activeDays += d.total() > 0 ? 1 : 0;
        passed += d.ratings[1] + d.ratings[2] + d.ratings[3];
        studied += d.ratings[0] + d.ratings[1] + d.ratings[2] + d.ratings[3];
        highest = std::max(highest, d.total());
        dates.append(d.day);
    }
    series->setBarWidth(days > 100 ? 1.0 : 0.75);
    panel->chart()->addSeries(series);
    const int step = days <= 30 ? 7 : days <= 91 ? 14 : 61;
    QAbstractAxis *x = dateAxis(dates, step, days > 100 ? QStringLiteral("MMM") : QStringLiteral("d MMM"));
    QValueAxis *y = countAxis(highest, tr("answers"));
    panel->setAxes(x, y);
    panel->setEmpty(total == 0);
    panel->setSummary(total == 0 ? QString()
                                 : tr("Answers: %1, on %2 of %n day(s).", nullptr, days).arg(total).arg(activeDays)
                                       + (studied > 0 ? QLatin1Char(' ') + tr("Study answers rated Hard or better: %1.")
                                                                               .arg(percentText(double(passed) / studied))
                                                      : QString()));
}

void ProgressPage::drawForecast(const ProgressStats &stats, qint64 now, int studyDueToday)
{
    ChartPanel *panel = m_panels.value(QStringLiteral("forecast"));
    const QList<int> due = stats.forecast(now, 30);
    panel->clear();
    auto *set = barSet(tr("Cards due"), accentsFor(palette()).info);
    int highest = 0;
    int week = 0;
    int total = 0;
    QList<QDate> dates;
    const QDate today = stats.studyDay().dayOf(now);
    for (int i = 0; i < due.size(); ++i) {
        *set << due.at(i);
        highest = std::max(highest, due.at(i));
        total += due.at(i);
        week += i < 7 ? due.at(i) : 0;
        dates.append(today.addDays(i));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    panel->chart()->addSeries(series);
    panel->chart()->legend()->hide();
    QAbstractAxis *x = dateAxis(dates, 7, QStringLiteral("d MMM"));
    QValueAxis *y = countAxis(highest, tr("cards"));
    panel->setAxes(x, y);
    panel->setEmpty(total == 0);
    QString summary;
    if (total > 0) {
        summary = tr("Today %1 (overdue included), tomorrow %2, next 7 days %3, next 30 days %4.")
                      .arg(due.value(0))
                      .arg(due.value(1))
                      .arg(week)
                      .arg(total);
        // The bars are the schedule; "Due today" is what the Study page takes of it.
        if (due.value(0) > studyDueToday)
            summary += QLatin1Char(' ') + tr("The Study page takes %1 of today's %2: one card an entry a day, "
                                             "within your daily limits.")
                                              .arg(studyDueToday)
                                              .arg(due.value(0));
    }
    panel->setSummary(summary);
}

void ProgressPage::drawRetention(const ProgressStats &stats, qint64 now, double desired)
{
    ChartPanel *panel = m_panels.value(QStringLiteral("retention"));
    const int weeks = m_period == Period::Month ? 5 : m_period == Period::Quarter ? 13 : 52;
    const QList<WeekRetention> data = stats.retention(now, weeks);
    panel->clear();
    const Accents a = accentsFor(palette());
    auto *measured = new QLineSeries;
    measured->setName(tr("Recalled"));
    measured->setPen(QPen(a.secure, 2.5));
    measured->setPointsVisible(true);
    auto *predicted = new QLineSeries;
    predicted->setName(tr("Predicted by FSRS"));
    predicted->setPen(QPen(a.info, 2, Qt::DashLine));
    predicted->setPointsVisible(true);
    auto *target = new QLineSeries;
    target->setName(tr("Desired retention"));
    target->setPen(QPen(a.partial, 1.5, Qt::DotLine));
    target->append(-0.5, desired * 100);
    target->append(weeks - 0.5, desired * 100);
    int reviews = 0;
    int recalled = 0;
    double predictedSum = 0;
    int predictedCount = 0;
    double lowest = desired;
    QList<QDate> starts;
    for (int i = 0; i < data.size(); ++i) {
        const WeekRetention &w = data.at(i);
        starts.append(w.start);
        if (w.reviews > 0) {
            measured->append(i, w.measured() * 100);
            lowest = std::min(lowest, w.measured());
        }
        if (w.predictedCount > 0) {
            predicted->append(i, w.predicted() * 100);
            lowest = std::min(lowest, w.predicted());
        }
        reviews += w.reviews;
        recalled += w.recalled;
        predictedSum += w.predictedSum;
        predictedCount += w.predictedCount;
    }
    for (QLineSeries *s : {target, predicted, measured})
        panel->chart()->addSeries(s);
    panel->chart()->legend()->show();
    QAbstractAxis *x = dateAxis(starts, weeks <= 13 ? (weeks <= 5 ? 1 : 4) : 13, QStringLiteral("d MMM"));
    const double bottom = std::max(0.0, std::floor((lowest * 100 - 5) / 10) * 10);
    QValueAxis *y = percentAxis(bottom, 100 - bottom > 40 ? 20 : 10);
    y->setTitleText(tr("recalled"));
    panel->setAxes(x, y);
    panel->setEmpty(reviews == 0);
    if (reviews == 0) {
        panel->setSummary(QString());
        return;
    }
    const double rate = double(recalled) / reviews;
    QString summary = tr("You recalled %1 of %n review(s); FSRS predicted %2, and you asked for %3.", nullptr, reviews)
                          .arg(percentText(rate))
                          .arg(predictedCount > 0 ? percentText(predictedSum / predictedCount) : tr("no figure"))
                          .arg(percentText(desired));
    if (reviews < kRetentionMinimum) {
        summary += QLatin1Char(' ') + tr("Too few reviews yet to judge the schedule.");
    } else if (predictedCount > 0) {
        const double gap = rate - predictedSum / predictedCount;
        summary += QLatin1Char(' ') + (gap < -0.05  ? tr("You forget faster than the model expects.")
                                       : gap > 0.05 ? tr("You remember better than the model expects.")
                                                    : tr("The schedule fits your memory."));
    }
    panel->setSummary(summary);
}

void ProgressPage::drawHistograms(const MemoryFigures &memory)
{
    const Accents a = accentsFor(palette());
    struct Spec
    {
        QString id;
        Histogram histogram;
        QStringList labels;
        QColor colour;
        QString axisTitle;
    };
    QStringList difficultyLabels;
    for (int i = 1; i <= 9; ++i)
        difficultyLabels.append(tr("%1–%2").arg(i).arg(i + 1));
    const Histogram &stability = memory.stability;
    const Histogram &difficulty = memory.difficulty;
    const std::array<Spec, 2> specs{{
        {QStringLiteral("stability"), stability, stabilityLabels(), a.secure, tr("days until recall falls to 90%")},
        {QStringLiteral("difficulty"), difficulty, difficultyLabels, a.partial, tr("difficulty (1 easy, 10 hard)")},
    }};
    for (const Spec &spec : specs) {
        ChartPanel *panel = m_panels.value(spec.id);
        panel->clear();
        auto *set = barSet(tr("Cards"), spec.colour);
        int highest = 0;
        for (int c : spec.histogram.counts) {
            *set << c;
            highest = std::max(highest, c);
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setBarWidth(0.8);
        panel->chart()->addSeries(series);
        panel->chart()->legend()->hide();
        auto *x = new QBarCategoryAxis;
        x->append(spec.labels);
        x->setTitleText(spec.axisTitle);
        x->setGridLineVisible(false);
        QValueAxis *y = countAxis(highest, tr("cards"));
        panel->setAxes(x, y);
        const int total = spec.histogram.total();
        panel->setEmpty(total == 0);
        if (total == 0) {
            panel->setSummary(QString());
            continue;
        }
        const QList<int> &c = spec.histogram.counts;
        if (spec.id == QLatin1String("stability")) {
            const int month = c.at(3) + c.at(4) + c.at(5);
            panel->setSummary(tr("%1 of %2 studied cards stay above 90% recall for a month or more.").arg(month).arg(total));
        } else {
            const int hard = c.at(6) + c.at(7) + c.at(8);
            panel->setSummary(tr("%1 of %2 studied cards are hard for you (7 or more).").arg(hard).arg(total));
        }
    }
}

void ProgressPage::drawExams()
{
    ChartPanel *panel = m_panels.value(QStringLiteral("exams"));
    QList<ExamResult> exams = m_store->examResults(200);
    std::reverse(exams.begin(), exams.end()); // oldest first
    const QList<DrillResult> drills = m_store->drillResults(5000);
    panel->clear();
    const Accents accents = accentsFor(palette());
    auto *line = new QLineSeries;
    line->setName(tr("Exams"));
    line->setPen(QPen(accents.info, 2.5));
    auto *points = new QScatterSeries;
    points->setName(tr("Exam"));
    points->setMarkerSize(9);
    points->setColor(accents.info);
    points->setBorderColor(accents.info);
    double best = 0;
    for (const ExamResult &e : std::as_const(exams)) {
        const double score = e.questions > 0 ? 100.0 * e.correct / e.questions : 0;
        line->append(double(e.startedMs), score);
        points->append(double(e.startedMs), score);
        best = std::max(best, score);
    }
    // Performance-based drills: the day's share of their points, at noon of each local day.
    const QTime noon(12, 0);
    QMap<QDate, std::pair<qint64, qint64>> byDay; // points, of points
    for (const DrillResult &d : drills) {
        auto &day = byDay[QDateTime::fromMSecsSinceEpoch(d.startedMs).date()];
        day.first += d.points;
        day.second += d.maxPoints;
    }
    auto *drillLine = new QLineSeries;
    drillLine->setName(tr("Performance-based"));
    drillLine->setPen(QPen(accents.practice, 2.5, Qt::DashLine));
    auto *drillPoints = new QScatterSeries;
    drillPoints->setMarkerSize(7);
    drillPoints->setColor(accents.practice);
    drillPoints->setBorderColor(accents.practice);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const double score = it->second > 0 ? 100.0 * double(it->first) / double(it->second) : 0;
        drillLine->append(double(QDateTime(it.key(), noon).toMSecsSinceEpoch()), score);
        drillPoints->append(double(QDateTime(it.key(), noon).toMSecsSinceEpoch()), score);
    }
    panel->chart()->addSeries(line);
    panel->chart()->addSeries(points);
    panel->chart()->addSeries(drillLine);
    panel->chart()->addSeries(drillPoints);
    // The legend names the two lines only.
    panel->chart()->legend()->setVisible(!exams.isEmpty() && !byDay.isEmpty());
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(points), static_cast<QAbstractSeries *>(drillPoints)})
        for (QLegendMarker *m : panel->chart()->legend()->markers(s))
            m->setVisible(false);
    // Dates in local time. Ticks fall at noon of whole days, so each exam sits nearest to the
    // tick of its own day (daylight saving moves a tick by an hour at most, never to another
    // day); a single exam gets the day before and after.
    auto *x = new QDateTimeAxis;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date();
    QList<QDate> dates = byDay.keys();
    for (const ExamResult &e : std::as_const(exams))
        dates.append(QDateTime::fromMSecsSinceEpoch(e.startedMs).date());
    std::sort(dates.begin(), dates.end());
    const ExamDays days = dates.isEmpty() ? examDays(today, today) : examDays(dates.constFirst(), dates.constLast());
    x->setRange(QDateTime(days.first, noon), QDateTime(days.last(), noon));
    x->setTickCount(days.ticks);
    x->setFormat(days.first.year() == days.last().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    QValueAxis *y = percentAxis(0, 25);
    y->setTitleText(tr("right"));
    panel->setAxes(x, y);
    panel->setEmpty(exams.isEmpty() && drills.isEmpty());
    QStringList summary;
    if (!exams.isEmpty()) {
        const ExamResult &last = exams.constLast();
        summary << tr("Last: %1 of %2 right on %3. Best: %4. Exams taken: %5.")
                       .arg(last.correct)
                       .arg(last.questions)
                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(last.startedMs).date(), QLocale::ShortFormat))
                       .arg(percentText(best / 100))
                       .arg(exams.size());
    }
    if (!drills.isEmpty()) {
        const auto &lastDay = byDay.last();
        summary << tr("Performance-based: %n drill(s), %1 of the points on the last day you did them.", "", int(drills.size()))
                       .arg(percentText(lastDay.second > 0 ? double(lastDay.first) / double(lastDay.second) : 0));
    }
    panel->setSummary(summary.join(QLatin1Char(' ')));
}
