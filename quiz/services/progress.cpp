#include "progress.h"

#include "deckstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <limits>

namespace {

constexpr qint64 kAnswerTimeCapMs = 60 * 1000;
constexpr int kLongestStreak = 10 * 366;

// Cards that take part in study.
const char kInStudy[] = "retired = 0 AND suspended = 0";

/**
 * "WITH b(i, lo, hi) AS (VALUES (?, ?, ?), …)": numbered UTC ranges, one per study day or week,
 * for a join that counts rows per range. @p bounds holds each range's start and the last end.
 */
QString rangesCte(const QList<qint64> &bounds)
{
    QString sql = QStringLiteral("WITH b(i, lo, hi) AS (VALUES ");
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?)") : QStringLiteral(", (?, ?, ?)");
    return sql + QStringLiteral(") ");
}

void bindRanges(QSqlQuery &q, const QList<qint64> &bounds)
{
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        q.addBindValue(static_cast<int>(i));
        q.addBindValue(bounds.at(i));
        q.addBindValue(bounds.at(i + 1));
    }
}

// The recall chance of a card now, in SQL: the forgetting curve over the days since the
// card's last answer; NULL for cards never answered. Binds factor, now, decay.
QString recallNowSql()
{
    return QStringLiteral("CASE WHEN state <> 0 AND last_review IS NOT NULL THEN %1 END")
        .arg(DeckStore::forgettingCurveSql(QStringLiteral("max(0, ? - last_review) / 86400000.0"),
                                           QStringLiteral("stability")));
}

} // namespace

Mastery masteryFor(double recall)
{
    if (recall < 0.7)
        return Mastery::Weak;
    if (recall < 0.9)
        return Mastery::Shaky;
    return Mastery::Solid;
}

int Histogram::total() const
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

ProgressStats::ProgressStats(const DeckStore *store, const StudyDay &day,
                             const fsrs::Scheduler &scheduler)
    : m_store(store)
    , m_day(day)
    , m_scheduler(scheduler)
{
}

ProgressStats ProgressStats::forLearner(const DeckStore *store)
{
    const StudySettings settings = store->studySettings().normalized();
    return ProgressStats(store, StudyDay(settings.rolloverHour), fsrs::Scheduler(settings.schedulerSettings()));
}

QList<qint64> ProgressStats::dayBounds(const QDate &first, int count) const
{
    QList<qint64> bounds;
    bounds.reserve(count + 1);
    for (int i = 0; i <= count; ++i)
        bounds.append(m_day.startOf(first.addDays(i)));
    return bounds;
}

TodaySummary ProgressStats::today(qint64 nowMs) const
{
    TodaySummary s;
    const QDate today = m_day.dayOf(nowMs);
    const qint64 start = m_day.startOf(today);
    const qint64 end = m_day.startOf(today.addDays(1));
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT count(*), total(kind = 'study'), total(rating > 1), "
                             "total(min(coalesce(response_ms, 0), ?)) FROM revlog "
                             "WHERE time >= ? AND time < ?"));
    q.addBindValue(kAnswerTimeCapMs);
    q.addBindValue(start);
    q.addBindValue(end);
    if (q.exec() && q.next()) {
        const int all = q.value(0).toInt();
        s.studied = q.value(1).toInt();
        s.practiced = all - s.studied;
        s.correct = q.value(2).toInt();
        s.timeMs = q.value(3).toLongLong();
        s.activeToday = all > 0;
    }

    // The streak: days in a row with an answer, counted back from today; a day not yet
    // studied today does not break it until the day is over.
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM revlog WHERE time >= ? AND time < ?)"));
    QDate day = s.activeToday ? today : today.addDays(-1);
    for (int i = 0; i < kLongestStreak; ++i, day = day.addDays(-1)) {
        q.addBindValue(m_day.startOf(day));
        q.addBindValue(m_day.startOf(day.addDays(1)));
        if (!q.exec() || !q.next() || !q.value(0).toBool())
            break;
        ++s.streak;
    }

    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM cards WHERE state IN (1, 2, 3) AND due < ? "
                             "AND %1), (SELECT count(*) FROM cards WHERE state = 0 AND %1)")
                  .arg(QLatin1String(kInStudy)));
    q.addBindValue(end);
    if (q.exec() && q.next()) {
        s.dueToday = q.value(0).toInt();
        s.newLeft = q.value(1).toInt();
    }
    return s;
}

QList<DayActivity> ProgressStats::activity(qint64 nowMs, int days) const
{
    days = std::max(1, days);
    const QDate first = m_day.dayOf(nowMs).addDays(1 - days);
    QList<DayActivity> out(days);
    for (int i = 0; i < days; ++i)
        out[i].day = first.addDays(i);
    const QList<qint64> bounds = dayBounds(first, days);
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(rangesCte(bounds)
              + QStringLiteral("SELECT b.i, r.kind = 'study', r.rating, count(*) FROM b "
                               "JOIN revlog r ON r.time >= b.lo AND r.time < b.hi "
                               "GROUP BY b.i, r.kind = 'study', r.rating"));
    bindRanges(q, bounds);
    if (!q.exec())
        return out;
    while (q.next()) {
        DayActivity &d = out[q.value(0).toInt()];
        const int rating = std::clamp(q.value(2).toInt(), 1, 4);
        const int count = q.value(3).toInt();
        if (q.value(1).toBool())
            d.ratings[rating - 1] += count;
        else
            d.practiced += count;
    }
    return out;
}

QList<int> ProgressStats::forecast(qint64 nowMs, int days) const
{
    days = std::max(1, days);
    QList<qint64> bounds = dayBounds(m_day.dayOf(nowMs), days);
    bounds.first() = std::numeric_limits<qint64>::min(); // overdue cards count today
    QList<int> out(days, 0);
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(rangesCte(bounds)
              + QStringLiteral("SELECT b.i, count(*) FROM b JOIN cards c ON c.due >= b.lo AND "
                               "c.due < b.hi WHERE c.state IN (1, 2, 3) AND c.retired = 0 AND "
                               "c.suspended = 0 GROUP BY b.i"));
    bindRanges(q, bounds);
    if (q.exec()) {
        while (q.next())
            out[q.value(0).toInt()] = q.value(1).toInt();
    }
    return out;
}

QList<WeekRetention> ProgressStats::retention(qint64 nowMs, int weeks) const
{
    weeks = std::max(1, weeks);
    const QDate today = m_day.dayOf(nowMs);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate first = monday.addDays(-7 * (weeks - 1));
    QList<qint64> bounds;
    QList<WeekRetention> out(weeks);
    for (int i = 0; i <= weeks; ++i) {
        bounds.append(m_day.startOf(first.addDays(7 * i)));
        if (i < weeks)
            out[i].start = first.addDays(7 * i);
    }
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(rangesCte(bounds)
              + QStringLiteral("SELECT b.i, count(*), total(r.rating > 1), count(r.recall), "
                               "total(r.recall) FROM b JOIN revlog r ON r.time >= b.lo AND "
                               "r.time < b.hi WHERE r.kind = 'study' AND r.state_before = 2 "
                               "GROUP BY b.i"));
    bindRanges(q, bounds);
    if (q.exec()) {
        while (q.next()) {
            WeekRetention &w = out[q.value(0).toInt()];
            w.reviews = q.value(1).toInt();
            w.recalled = q.value(2).toInt();
            w.predictedCount = q.value(3).toInt();
            w.predictedSum = q.value(4).toDouble();
        }
    }
    return out;
}

namespace {

QString binCase(const char *column, const QList<double> &edges)
{
    QString bin = QStringLiteral("CASE");
    for (qsizetype i = 1; i < edges.size(); ++i)
        bin += QStringLiteral(" WHEN %1 < ? THEN %2").arg(QLatin1String(column)).arg(i - 1);
    return bin + QStringLiteral(" ELSE %1 END").arg(edges.size() - 1);
}

const QList<double> kStabilityEdges{0, 1, 7, 30, 90, 365};
const QList<double> kDifficultyEdges{1, 2, 3, 4, 5, 6, 7, 8, 9};

} // namespace

std::pair<Histogram, Histogram> ProgressStats::histograms() const
{
    // Both in one pass over the cards: counts per (stability bin, difficulty bin).
    Histogram s{kStabilityEdges, QList<int>(kStabilityEdges.size(), 0)};
    Histogram d{kDifficultyEdges, QList<int>(kDifficultyEdges.size(), 0)};
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2, count(*) FROM cards WHERE state <> 0 AND %3 GROUP BY 1, 2")
                  .arg(binCase("stability", kStabilityEdges), binCase("difficulty", kDifficultyEdges),
                       QLatin1String(kInStudy)));
    for (const QList<double> *edges : {&kStabilityEdges, &kDifficultyEdges}) {
        for (qsizetype i = 1; i < edges->size(); ++i)
            q.addBindValue(edges->at(i));
    }
    if (q.exec()) {
        while (q.next()) {
            const int count = q.value(2).toInt();
            s.counts[std::clamp(q.value(0).toInt(), 0, int(s.counts.size()) - 1)] += count;
            d.counts[std::clamp(q.value(1).toInt(), 0, int(d.counts.size()) - 1)] += count;
        }
    }
    return {s, d};
}

Histogram ProgressStats::stability() const
{
    return histograms().first;
}

Histogram ProgressStats::difficulty() const
{
    return histograms().second;
}

QHash<qint64, FactRecall> ProgressStats::factRecall(qint64 nowMs) const
{
    QHash<qint64, FactRecall> out;
    auto add = [&out](qint64 factId, int cards, int studied, double sum, double lowest) {
        FactRecall &f = out[factId];
        f.factId = factId;
        f.cards += cards;
        f.lowest = f.studied == 0 ? lowest : std::min(f.lowest, lowest);
        f.mean = (f.mean * f.studied + sum) / std::max(1, f.studied + studied);
        f.studied += studied;
    };
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (m_store->hasSqlMath()) {
        q.prepare(QStringLiteral("SELECT fact_id, count(*), count(r), total(r), min(r) FROM "
                                 "(SELECT fact_id, %1 AS r FROM cards WHERE fact_id IS NOT NULL AND %2) "
                                 "GROUP BY fact_id")
                      .arg(recallNowSql(), QLatin1String(kInStudy)));
        q.addBindValue(m_scheduler.factor());
        q.addBindValue(nowMs);
        q.addBindValue(m_scheduler.decay());
        if (q.exec()) {
            while (q.next())
                add(q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toDouble(),
                    q.value(4).toDouble());
        }
        return out;
    }
    // Without SQL's pow(): the same figures, card by card.
    q.prepare(QStringLiteral("SELECT fact_id, state, last_review, stability FROM cards "
                             "WHERE fact_id IS NOT NULL AND %1").arg(QLatin1String(kInStudy)));
    if (q.exec()) {
        while (q.next()) {
            const bool studied = q.value(1).toInt() != 0 && !q.value(2).isNull();
            const double r = studied ? m_scheduler.recallAt(q.value(2).toLongLong(), q.value(3).toDouble(), nowMs) : 0;
            add(q.value(0).toLongLong(), 1, studied ? 1 : 0, r, studied ? r : 1);
        }
    }
    return out;
}

QList<qint64> ProgressStats::weakestCards(qint64 nowMs, int limit) const
{
    QList<qint64> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (m_store->hasSqlMath()) {
        q.prepare(QStringLiteral("SELECT id FROM (SELECT id, due, %1 AS r FROM cards WHERE %2) "
                                 "WHERE r IS NOT NULL ORDER BY r, due, id LIMIT ?")
                      .arg(recallNowSql(), QLatin1String(kInStudy)));
        q.addBindValue(m_scheduler.factor());
        q.addBindValue(nowMs);
        q.addBindValue(m_scheduler.decay());
        q.addBindValue(std::max(0, limit));
        if (q.exec()) {
            while (q.next())
                out.append(q.value(0).toLongLong());
        }
        return out;
    }
    struct Candidate
    {
        double recall;
        qint64 due;
        qint64 id;
        bool operator<(const Candidate &o) const { return std::tie(recall, due, id) < std::tie(o.recall, o.due, o.id); }
    };
    QList<Candidate> all;
    q.prepare(QStringLiteral("SELECT id, due, last_review, stability FROM cards WHERE state <> 0 AND "
                             "last_review IS NOT NULL AND %1").arg(QLatin1String(kInStudy)));
    if (q.exec()) {
        while (q.next())
            all.append({m_scheduler.recallAt(q.value(2).toLongLong(), q.value(3).toDouble(), nowMs), q.value(1).toLongLong(),
                        q.value(0).toLongLong()});
    }
    const qsizetype n = std::min<qsizetype>(std::max(0, limit), all.size());
    std::partial_sort(all.begin(), all.begin() + n, all.end());
    for (qsizetype i = 0; i < n; ++i)
        out.append(all.at(i).id);
    return out;
}

QList<RecallPoint> ProgressStats::recallCurve(const QList<ReviewEntry> &reviews,
                                              const fsrs::Scheduler &scheduler, qint64 nowMs,
                                              qint64 untilMs, int samples)
{
    QList<RecallPoint> out;
    samples = std::max(2, samples);
    QList<const ReviewEntry *> answers;
    for (const ReviewEntry &e : reviews) {
        if (e.kind == QLatin1String("study") && e.stateAfter != CardState::New && e.stability > 0)
            answers.append(&e);
    }
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const ReviewEntry &e = *answers.at(i);
        const qint64 from = e.timeMs;
        const qint64 to = i + 1 < answers.size() ? answers.at(i + 1)->timeMs : std::max(untilMs, from);
        auto point = [&](qint64 ms) {
            return RecallPoint{ms, scheduler.recallAt(from, e.stability, ms), ms > nowMs};
        };
        for (int k = 0; k < samples; ++k) {
            const qint64 ms = from + (to - from) * k / (samples - 1);
            // The moment "now" is a point of its own, so the drawn curve splits exactly there.
            if (k > 0 && out.constLast().ms < nowMs && ms > nowMs)
                out.append(point(nowMs));
            out.append(point(ms));
            if (to == from)
                break;
        }
    }
    return out;
}
