#include "cardinfodialog.h"

#include "cardtext.h"
#include "chartpanel.h"
#include "deckstore.h"
#include "progress.h"
#include "studysession.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

QString ratingText(int rating)
{
    switch (rating) {
    case 1: return CardInfoDialog::tr("Again");
    case 2: return CardInfoDialog::tr("Hard");
    case 3: return CardInfoDialog::tr("Good");
    case 4: return CardInfoDialog::tr("Easy");
    default: break;
    }
    return QString::number(rating);
}

QString stateText(int state)
{
    switch (state) {
    case 0: return CardInfoDialog::tr("New");
    case 1: return CardInfoDialog::tr("Learning");
    case 2: return CardInfoDialog::tr("Review");
    case 3: return CardInfoDialog::tr("Relearning");
    default: break;
    }
    return QString::number(state);
}

CardInfoDialog::CardInfoDialog(DeckStore *store, qint64 cardId, const QString &language,
                               qint64 now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Card Info"));
    const std::optional<CardInfo> card = store->card(cardId, language);
    const QLocale locale;
    const StudySettings settings = store->studySettings().normalized();
    const fsrs::Scheduler scheduler(settings.schedulerSettings());

    QString html;
    if (card) {
        const CardText text = CardTexts(store->facts(language)).render(*card);
        auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        };
        html = QStringLiteral("<p style=\"font-size:large\">%1</p><table>").arg(text.question.toHtmlEscaped());
        html += row(tr("Answer"), text.answer);
        html += row(tr("State"), stateText(int(card->state)));
        if (card->state != CardState::New) {
            html += row(tr("Due"), locale.toString(QDateTime::fromMSecsSinceEpoch(card->dueMs).toLocalTime(),
                                                   QLocale::ShortFormat));
            html += row(tr("Interval"), formatInterval(card->scheduledDays > 0 ? card->scheduledDays * 86400000LL
                                                                               : card->dueMs - card->lastReviewMs));
            html += row(tr("Stability"), tr("%1 days").arg(locale.toString(card->stability, 'f', 2)));
            html += row(tr("Difficulty"), tr("%1 of 10").arg(locale.toString(card->difficulty, 'f', 2)));
            const double elapsed = std::max<qint64>(0, now - card->lastReviewMs) / 86400000.0;
            const double r = scheduler.forgettingCurve(elapsed, std::max(card->stability, 0.001));
            html += row(tr("Recall chance now"), tr("%1%").arg(locale.toString(r * 100, 'f', 1)));
        }
        html += row(tr("Reviews"), QString::number(card->reps));
        html += row(tr("Lapses"), QString::number(card->lapses));
        html += QStringLiteral("</table>");
    } else {
        html = tr("This card no longer exists.").toHtmlEscaped();
    }
    m_summary = new QLabel(html, this);
    m_summary->setObjectName(QStringLiteral("cardSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<ReviewEntry> reviews = card ? store->reviewsOfCard(cardId) : QList<ReviewEntry>();
    m_history = new QTableWidget(static_cast<int>(reviews.size()), 8, this);
    m_history->setMinimumHeight(140);
    m_history->setObjectName(QStringLiteral("cardHistory"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Type"), tr("Rating"), tr("Answer"),
                                          tr("Interval"), tr("Stability"), tr("Difficulty"), tr("Time")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < reviews.size(); ++row) {
        const ReviewEntry &e = reviews.at(row);
        const QString kind = e.kind == QLatin1String("quiz")   ? tr("Quiz")
                             : e.kind == QLatin1String("exam") ? tr("Exam")
                                                               : stateText(int(e.stateBefore));
        const QString verdict = e.verdict == QLatin1String("correct")   ? tr("correct")
                                : e.verdict == QLatin1String("partial") ? tr("partly right")
                                : e.verdict == QLatin1String("wrong")   ? tr("wrong")
                                                                        : e.verdict;
        const QString answer = e.answer.isEmpty() ? QString()
                               : verdict.isEmpty() ? e.answer
                                                   : tr("%1 (%2)").arg(e.answer, verdict);
        const QStringList cells{
            locale.toString(QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime(), QLocale::ShortFormat),
            kind,
            ratingText(e.rating),
            answer,
            formatInterval(e.scheduledDays > 0 ? e.scheduledDays * 86400000LL : e.dueMs - e.timeMs),
            locale.toString(e.stability, 'f', 2),
            locale.toString(e.difficulty, 'f', 2),
            e.responseMs < 0 ? QString() : tr("%1 s").arg(locale.toString(e.responseMs / 1000.0, 'f', 1)),
        };
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    m_chart = new ChartPanel(tr("Recall chance over time"),
                             tr("The curve starts with the card's first answer on the Study page."), this);
    m_chart->setObjectName(QStringLiteral("recallChart"));
    m_chart->chartView()->setMinimumHeight(190);
    layout->addWidget(m_chart, 1);
    drawRecall(store, cardId, now, card ? card->dueMs : 0);
    auto *heading = new QLabel(reviews.isEmpty() ? tr("Not reviewed yet.") : tr("Review history"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    layout->addWidget(heading);
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    resize(780, 720);
}

void CardInfoDialog::drawRecall(DeckStore *store, qint64 cardId, qint64 nowMs, qint64 dueMs)
{
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    const StudySettings settings = store->studySettings().normalized();
    const fsrs::Scheduler scheduler(settings.schedulerSettings());
    const QList<ReviewEntry> reviews = store->reviewsOfCard(cardId);
    // Past the due date a little, so the learner sees where the curve crosses the target.
    const qint64 until = std::max(nowMs + kDay, dueMs + (dueMs - nowMs) / 4);
    const QList<RecallPoint> curve = ProgressStats::recallCurve(reviews, scheduler, nowMs, until, 48);
    m_chart->clear();
    if (curve.isEmpty()) {
        m_chart->setEmpty(true);
        m_chart->setSummary(QString());
        return;
    }
    const QPalette p = palette();
    const Accents a = accentsFor(p);
    auto *past = new QLineSeries;
    past->setName(tr("Recall chance"));
    past->setPen(QPen(a.secure, 2.2));
    auto *ahead = new QLineSeries;
    ahead->setName(tr("If not studied"));
    ahead->setPen(QPen(a.secure, 1.6, Qt::DashLine));
    for (const RecallPoint &point : curve) {
        (point.projected ? ahead : past)->append(double(point.ms), point.recall * 100);
        if (!point.projected && point.ms == nowMs)
            ahead->append(double(point.ms), point.recall * 100); // the dashed part starts where "now" is
    }
    auto *target = new QLineSeries;
    target->setName(tr("Desired retention"));
    target->setPen(QPen(a.muted, 1.2, Qt::DotLine));
    const qint64 first = curve.constFirst().ms;
    const qint64 last = curve.constLast().ms;
    target->append(double(first), settings.desiredRetention * 100);
    target->append(double(last), settings.desiredRetention * 100);
    // Each study answer: a dot at the recall chance it was given at, coloured by its rating.
    const std::array<QColor, 4> colours{a.insecure, a.partial, a.secure, a.info};
    std::array<QScatterSeries *, 4> answers{};
    for (int i = 0; i < 4; ++i) {
        answers[i] = new QScatterSeries;
        answers[i]->setName(ratingText(i + 1));
        answers[i]->setMarkerSize(8);
        answers[i]->setColor(colours[i]);
        answers[i]->setBorderColor(colours[i]);
    }
    // Each dot sits on the curve: the recall chance just before the answer, by the stability
    // the previous study answer left (the first answer starts the curve at 100%).
    const ReviewEntry *previous = nullptr;
    for (const ReviewEntry &e : reviews) {
        if (e.kind != QLatin1String("study") || e.rating < 1 || e.rating > 4)
            continue;
        const double recall = previous && previous->stability > 0
                                  ? scheduler.recallAt(previous->timeMs, previous->stability, e.timeMs)
                                  : 1.0;
        answers[e.rating - 1]->append(double(e.timeMs), recall * 100);
        previous = &e;
    }
    QChart *chart = m_chart->chart();
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{target, past, ahead})
        chart->addSeries(s);
    for (QScatterSeries *s : answers)
        chart->addSeries(s);
    auto *x = new QDateTimeAxis;
    x->setFormat(last - first > 300 * kDay ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setTickCount(5);
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(std::max(last, first + kDay)));
    double lowest = settings.desiredRetention;
    for (const RecallPoint &point : curve)
        lowest = std::min(lowest, point.recall);
    const double bottom = std::max(0.0, std::floor((lowest * 100 - 5) / 10) * 10);
    m_chart->setAxes(x, percentAxis(bottom, 100 - bottom > 50 ? 25 : 10));
    // Ratings no answer had stay out of the legend.
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        const auto *dots = qobject_cast<QScatterSeries *>(marker->series());
        marker->setVisible(!dots || dots->count() > 0);
    }
    m_chart->setEmpty(false);
    m_chart->setSummary(tr("Each answer restarts the curve; the more stable the memory, the slower it falls. "
                           "Dots mark answers, coloured by rating."));
}
