#include "statsstore.h"

#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace {

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

} // namespace

StatsStore::StatsStore(const DeckStore &store)
    : m_store(&store)
{
}

std::optional<AnswerTotals> StatsStore::answerTotals(qint64 fromMs, qint64 toMs, qint64 timeCapMs) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT count(*), total(kind = 'study'), total(rating > 1), "
                             "total(min(coalesce(response_ms, 0), ?)) FROM revlog "
                             "WHERE time >= ? AND time < ?"));
    q.addBindValue(timeCapMs);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AnswerTotals t;
    t.answers = q.value(0).toInt();
    t.study = q.value(1).toInt();
    t.correct = q.value(2).toInt();
    t.timeMs = q.value(3).toLongLong();
    return t;
}

int StatsStore::rangesWithAnswersInARow(const std::function<std::pair<qint64, qint64>(int)> &range,
                                        int maxRanges) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM revlog WHERE time >= ? AND time < ?)"));
    int count = 0;
    for (int i = 0; i < maxRanges; ++i) {
        const auto [from, to] = range(i);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec() || !q.next() || !q.value(0).toBool())
            break;
        ++count;
    }
    return count;
}

std::optional<int> StatsStore::newCardsInStudy() const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM cards WHERE state = 0 AND %1").arg(QLatin1String(kInStudy)));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

namespace {

// revlog_summary's slot: a quarter hour (v12.sql).
constexpr qint64 kSlotMs = 15 * 60 * 1000;

// Whether every bound starts a slot, so that the sums per slot add up to each range exactly.
bool onSlots(const QList<qint64> &bounds)
{
    return std::all_of(bounds.cbegin(), bounds.cend(), [](qint64 b) { return b >= 0 && b % kSlotMs == 0; });
}

} // namespace

QList<RangeAnswers> StatsStore::answersPerRange(const QList<qint64> &bounds) const
{
    QList<RangeAnswers> out;
    // Study days start on a quarter hour in every zone: their sums are read per slot; other
    // ranges (a test's, say) count the answers themselves.
    if (onSlots(bounds)) {
        // (range, study, rating) → answers, in that order
        std::map<std::tuple<int, bool, int>, int> sums;
        forEachSlot(bounds, [&](int range, const SlotSums &slot) {
            sums[{range, slot.study, slot.rating}] += slot.answers;
        });
        for (const auto &[key, answers] : sums) {
            if (answers > 0)
                out.append({std::get<0>(key), std::get<1>(key), std::get<2>(key), answers});
        }
        return out;
    }
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(rangesCte(bounds)
              + QStringLiteral("SELECT b.i, r.kind = 'study', r.rating, count(*) FROM b "
                               "JOIN revlog r ON r.time >= b.lo AND r.time < b.hi "
                               "GROUP BY b.i, r.kind = 'study', r.rating"));
    bindRanges(q, bounds);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toBool(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

void StatsStore::forEachSlot(const QList<qint64> &bounds, const std::function<void(int, const SlotSums &)> &add) const
{
    sqlite3 *db = sqliteHandle(m_store->database());
    if (!db || bounds.size() < 2)
        return;
    // One pass over the slots of all the ranges: a year of them is read faster whole than
    // range by range, and each slot finds its range by a binary search of the bounds.
    SqliteStatement q(db, QStringLiteral("SELECT slot, study, rating, review, answers, recalls, recall_sum "
                                         "FROM revlog_summary WHERE slot >= ? AND slot < ?"));
    q.bind(1, bounds.constFirst() / kSlotMs);
    q.bind(2, bounds.constLast() / kSlotMs);
    while (q.next()) {
        const qint64 at = q.int64(0) * kSlotMs;
        const auto after = std::upper_bound(bounds.cbegin(), bounds.cend(), at);
        const int range = int(after - bounds.cbegin()) - 1;
        if (range < 0 || range + 1 >= bounds.size())
            continue;
        add(range, {q.int64(1) != 0, int(q.int64(2)), q.int64(3) != 0, int(q.int64(4)), int(q.int64(5)), q.real(6)});
    }
}

QList<RangeCount> StatsStore::dueCardsPerRange(const QList<qint64> &bounds) const
{
    QList<RangeCount> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(rangesCte(bounds)
              + QStringLiteral("SELECT b.i, count(*) FROM b JOIN cards c ON c.due >= b.lo AND "
                               "c.due < b.hi WHERE c.state IN (1, 2, 3) AND c.retired = 0 AND "
                               "c.suspended = 0 GROUP BY b.i"));
    bindRanges(q, bounds);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toInt(), q.value(1).toInt()});
    }
    return out;
}

QList<RangeRetention> StatsStore::retentionPerRange(const QList<qint64> &bounds) const
{
    QList<RangeRetention> out;
    if (onSlots(bounds)) { // as in answersPerRange
        std::map<int, RangeRetention> sums;
        forEachSlot(bounds, [&](int range, const SlotSums &slot) {
            if (!slot.study || !slot.review)
                return;
            RangeRetention &r = sums[range];
            r.range = range;
            r.reviews += slot.answers;
            r.recalled += slot.rating > 1 ? slot.answers : 0;
            r.predictedCount += slot.recalls;
            r.predictedSum += slot.recallSum;
        });
        for (const auto &[range, r] : sums) {
            if (r.reviews > 0)
                out.append(r);
        }
        return out;
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
        while (q.next())
            out.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                        q.value(4).toDouble()});
    }
    return out;
}

namespace {

// Cards in study with their memory: columns id, fact_id, state, last_review, stability,
// difficulty, then due when @p withDue.
void readCardMemory(const DeckStore &store, const QString &sql, bool withDue,
                    const std::function<void(const CardMemory &)> &visit)
{
    sqlite3 *db = sqliteHandle(store.database());
    if (!db)
        return;
    SqliteStatement q(db, sql);
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
    CardMemory c;
    while (q.next()) {
        c.cardId = q.int64(0);
        c.factId = q.isNull(1) ? 0 : q.int64(1);
        c.state = int(q.int64(2));
        c.studied = c.state != 0 && !q.isNull(3);
        c.lastReviewMs = q.int64(3);
        c.stability = q.isNull(4) ? kNone : q.real(4);
        c.difficulty = q.isNull(5) ? kNone : q.real(5);
        if (withDue)
            c.dueMs = q.int64(6);
        visit(c);
    }
}

} // namespace

void StatsStore::forEachCardInStudy(const std::function<void(const CardMemory &)> &visit) const
{
    // Read from the cards_memory index alone, which holds every column asked for.
    readCardMemory(*m_store,
                   QStringLiteral("SELECT id, fact_id, state, last_review, stability, difficulty FROM cards "
                                  "INDEXED BY cards_memory WHERE %1").arg(QLatin1String(kInStudy)),
                   false, visit);
}

void StatsStore::forEachStudiedCardInStudy(const std::function<void(const CardMemory &)> &visit) const
{
    readCardMemory(*m_store,
                   QStringLiteral("SELECT id, fact_id, state, last_review, stability, difficulty, due FROM cards "
                                  "WHERE state <> 0 AND last_review IS NOT NULL AND %1").arg(QLatin1String(kInStudy)),
                   true, visit);
}

void StatsStore::forEachCardInStudyWithDue(const std::function<void(const CardMemory &)> &visit) const
{
    readCardMemory(*m_store,
                   QStringLiteral("SELECT id, fact_id, state, last_review, stability, difficulty, due FROM cards "
                                  "WHERE %1 ORDER BY position, id").arg(QLatin1String(kInStudy)),
                   true, visit);
}

std::optional<std::array<std::array<int, 4>, 2>> StatsStore::studyRatingCounts() const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT state_before, rating, count(*) FROM revlog WHERE kind = 'study' "
                             "AND state_before IN (0, 2) AND rating BETWEEN 1 AND 4 GROUP BY 1, 2"));
    if (!q.exec())
        return std::nullopt;
    std::array<std::array<int, 4>, 2> counts{};
    while (q.next())
        counts[q.value(0).toInt() == 0 ? 0 : 1][q.value(1).toInt() - 1] = q.value(2).toInt();
    return counts;
}
