#include "statsstore.h"

#include "deckstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

// The recall chance of a card at a moment, in SQL: the forgetting curve over the days from the
// card's last answer to that moment; NULL for cards never answered. Binds factor, the moment, decay.
QString recallAtSql()
{
    return QStringLiteral("CASE WHEN state <> 0 AND last_review IS NOT NULL THEN %1 END")
        .arg(DeckStore::forgettingCurveSql(QStringLiteral("max(0, ? - last_review) / 86400000.0"),
                                           QStringLiteral("stability")));
}

QString binCase(const char *column, const QList<double> &edges)
{
    QString bin = QStringLiteral("CASE");
    for (qsizetype i = 1; i < edges.size(); ++i)
        bin += QStringLiteral(" WHEN %1 < ? THEN %2").arg(QLatin1String(column)).arg(i - 1);
    return bin + QStringLiteral(" ELSE %1 END").arg(edges.size() - 1);
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

QList<RangeAnswers> StatsStore::answersPerRange(const QList<qint64> &bounds) const
{
    QList<RangeAnswers> out;
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

QList<MemoryBinCount> StatsStore::memoryBins(const QList<double> &stabilityEdges,
                                             const QList<double> &difficultyEdges) const
{
    QList<MemoryBinCount> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2, count(*) FROM cards WHERE state <> 0 AND %3 GROUP BY 1, 2")
                  .arg(binCase("stability", stabilityEdges), binCase("difficulty", difficultyEdges),
                       QLatin1String(kInStudy)));
    for (const QList<double> *edges : {&stabilityEdges, &difficultyEdges}) {
        for (qsizetype i = 1; i < edges->size(); ++i)
            q.addBindValue(edges->at(i));
    }
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()});
    }
    return out;
}

QList<FactRecallSum> StatsStore::recallPerFact(const fsrs::Scheduler &scheduler, qint64 atMs) const
{
    QList<FactRecallSum> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT fact_id, count(*), count(r), total(r), min(r) FROM "
                             "(SELECT fact_id, %1 AS r FROM cards WHERE fact_id IS NOT NULL AND %2) "
                             "GROUP BY fact_id")
                  .arg(recallAtSql(), QLatin1String(kInStudy)));
    q.addBindValue(scheduler.factor());
    q.addBindValue(atMs);
    q.addBindValue(scheduler.decay());
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toDouble(),
                        q.value(4).toDouble()});
    }
    return out;
}

QList<qint64> StatsStore::weakestCards(const fsrs::Scheduler &scheduler, qint64 atMs, int limit) const
{
    QList<qint64> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM (SELECT id, due, %1 AS r FROM cards WHERE %2) "
                             "WHERE r IS NOT NULL ORDER BY r, due, id LIMIT ?")
                  .arg(recallAtSql(), QLatin1String(kInStudy)));
    q.addBindValue(scheduler.factor());
    q.addBindValue(atMs);
    q.addBindValue(scheduler.decay());
    q.addBindValue(std::max(0, limit));
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

QList<CardMemory> StatsStore::cardsOfFactsInStudy() const
{
    QList<CardMemory> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT fact_id, state, last_review, stability FROM cards "
                             "WHERE fact_id IS NOT NULL AND %1").arg(QLatin1String(kInStudy)));
    if (q.exec()) {
        while (q.next()) {
            CardMemory c;
            c.factId = q.value(0).toLongLong();
            c.studied = q.value(1).toInt() != 0 && !q.value(2).isNull();
            c.lastReviewMs = q.value(2).toLongLong();
            c.stability = q.value(3).toDouble();
            out.append(c);
        }
    }
    return out;
}

QList<CardMemory> StatsStore::studiedCardsInStudy() const
{
    QList<CardMemory> out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, due, last_review, stability FROM cards WHERE state <> 0 AND "
                             "last_review IS NOT NULL AND %1").arg(QLatin1String(kInStudy)));
    if (q.exec()) {
        while (q.next()) {
            CardMemory c;
            c.cardId = q.value(0).toLongLong();
            c.dueMs = q.value(1).toLongLong();
            c.studied = true;
            c.lastReviewMs = q.value(2).toLongLong();
            c.stability = q.value(3).toDouble();
            out.append(c);
        }
    }
    return out;
}
