#include "studystore.h"

#include "deckstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant nullableMs(qint64 ms)
{
    return ms == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(ms);
}

} // namespace

// The queue's statements that run once a card, prepared once per StudyQueueStore.
struct StudyQueueStore::Reads
{
    explicit Reads(const QSqlDatabase &db)
        : nextLearning(db)
        , countLearning(db)
    {
        nextLearning.prepare(QStringLiteral(
            "SELECT id FROM cards WHERE state IN (1, 3) AND due <= ? AND retired = 0 "
            "AND suspended = 0 AND coalesce(buried_until, 0) <= ? ORDER BY due, id LIMIT 1"));
        countLearning.prepare(QStringLiteral(
            "SELECT count(*) FROM cards WHERE state IN (1, 3) AND due < ? AND retired = 0 "
            "AND suspended = 0 AND coalesce(buried_until, 0) <= ?"));
    }

    QSqlQuery nextLearning;
    QSqlQuery countLearning;
};

// Statements of the answer path, prepared once per StudyStore (one a study session).
struct StudyStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : updateCard(db)
        , insertReview(db)
        , takeBoost(db)
    {
        updateCard.prepare(QStringLiteral(
            "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
            "last_review = ?, scheduled_days = ?, reps = ?, lapses = ? WHERE id = ?"));
        insertReview.prepare(QStringLiteral(
            "INSERT INTO revlog (id, card_id, time, kind, rating, state_before, state_after, "
            "stability, difficulty, elapsed_days, scheduled_days, due, response_ms, answer, "
            "verdict, recall) VALUES (%1, ?, ?, 'study', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(DeckStore::nextReviewIdSql()));
        takeBoost.prepare(QStringLiteral("DELETE FROM card_boosts WHERE card_id = ? RETURNING day"));
    }

    QSqlQuery updateCard;
    QSqlQuery insertReview;
    QSqlQuery takeBoost;
};

StudyQueueStore::StudyQueueStore(const DeckStore &store)
    : m_store(&store)
    , m_reads(std::make_unique<Reads>(store.database()))
{
}

StudyQueueStore::~StudyQueueStore() = default;

StudyStore::StudyStore(DeckStore &store)
    : StudyQueueStore(store)
    , m_statements(std::make_unique<Statements>(store.database()))
{
}

StudyStore::~StudyStore() = default;

std::optional<QList<PastStudyAnswer>> StudyQueueStore::studyAnswersBetween(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT r.state_before, c.fact_id FROM revlog r "
                             "JOIN cards c ON c.id = r.card_id "
                             "WHERE r.time >= ? AND r.time < ? AND r.kind = 'study'"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QList<PastStudyAnswer> out;
    while (q.next())
        out.append({CardState(q.value(0).toInt()), q.value(1).isNull() ? 0 : q.value(1).toLongLong()});
    return out;
}

std::optional<QList<BoostedCard>> StudyQueueStore::boostedCards(qint64 julianDay, qint64 nowMs) const
{
    QSqlQuery q(m_store->database());
    // CROSS JOIN keeps the few boosts the outer loop: the planner would otherwise scan the
    // cards (60–90 ms at 100,000) to look each one up among the boosts.
    q.prepare(QStringLiteral("SELECT c.id, c.fact_id, c.state FROM card_boosts b "
                             "CROSS JOIN cards c ON c.id = b.card_id WHERE b.day <= ? AND c.retired = 0 "
                             "AND c.suspended = 0 AND coalesce(c.buried_until, 0) <= ? AND c.state IN (0, 2) "
                             "ORDER BY b.day, c.position"));
    q.addBindValue(julianDay);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QList<BoostedCard> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), CardState(q.value(2).toInt())});
    return out;
}

bool StudyQueueStore::dueReviewCards(qint64 dueBefore, qint64 nowMs,
                                const std::function<bool(const QueuedCard &)> &take) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id, fact_id FROM cards WHERE state = 2 AND due < ? "
                             "AND retired = 0 AND suspended = 0 AND coalesce(buried_until, 0) <= ? "
                             "ORDER BY due, id"));
    q.addBindValue(dueBefore);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!take({q.value(0).toLongLong(), q.value(1).toLongLong()}))
            break;
    }
    return true;
}

std::optional<int> StudyQueueStore::newCardCount() const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM cards WHERE state = 0 AND retired = 0 AND suspended = 0"));
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<QList<QueuedCard>> StudyQueueStore::newCards(qint64 nowMs, int limit, int offset) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id, fact_id FROM cards WHERE state = 0 AND retired = 0 "
                             "AND suspended = 0 AND coalesce(buried_until, 0) <= ? "
                             "ORDER BY position, id LIMIT ? OFFSET ?"));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QList<QueuedCard> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

std::optional<qint64> StudyQueueStore::nextLearningCard(qint64 dueBy, qint64 nowMs) const
{
    QSqlQuery &q = m_reads->nextLearning;
    q.bindValue(0, dueBy);
    q.bindValue(1, nowMs);
    std::optional<qint64> id;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

int StudyQueueStore::learningCardCount(qint64 dueBefore, qint64 nowMs) const
{
    QSqlQuery &q = m_reads->countLearning;
    q.bindValue(0, dueBefore);
    q.bindValue(1, nowMs);
    const int count = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return count;
}

QList<qint64> StudyQueueStore::learningCardsAmong(const QList<qint64> &cardIds, qint64 dueBefore, qsizetype max) const
{
    QList<qint64> out;
    if (cardIds.isEmpty())
        return out;
    QString marks = QStringLiteral("?");
    for (qsizetype i = 1; i < cardIds.size(); ++i)
        marks += QStringLiteral(", ?");
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id FROM cards WHERE id IN (%1) AND state IN (1, 3) AND due < ? "
                             "AND retired = 0 AND suspended = 0 ORDER BY due, id").arg(marks));
    for (qint64 id : cardIds)
        q.addBindValue(id);
    q.addBindValue(dueBefore);
    if (q.exec()) {
        while ((max < 0 || out.size() < max) && q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

std::optional<WrittenAnswer> StudyStore::writeAnswer(const StudyAnswer &a)
{
    QSqlQuery &update = m_statements->updateCard;
    const QVariantList cardValues{int(a.after.state), a.after.step,     a.after.stability,
                                  a.after.difficulty, a.after.dueMs,    a.timeMs,
                                  a.after.scheduledDays, a.after.reps,  a.after.lapses,
                                  a.cardId};
    for (int i = 0; i < cardValues.size(); ++i)
        update.bindValue(i, cardValues.at(i));
    QSqlQuery &insert = m_statements->insertReview;
    const QVariantList reviewValues{
        a.cardId,
        a.timeMs,
        int(a.rating),
        int(a.stateBefore),
        int(a.after.state),
        a.after.stability,
        a.after.difficulty,
        a.elapsedDays,
        a.after.scheduledDays,
        a.after.dueMs,
        a.responseMs < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(a.responseMs),
        a.typedAnswer.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.typedAnswer),
        a.verdict.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.verdict),
        a.recall < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(a.recall)};
    for (int i = 0; i < reviewValues.size(); ++i)
        insert.bindValue(i, reviewValues.at(i));
    QSqlQuery &boost = m_statements->takeBoost;
    boost.bindValue(0, a.cardId);
    // The card and its review-log row, in the caller's transaction.
    if (!update.exec() || !insert.exec() || !boost.exec()) {
        m_error = update.lastError().isValid() ? update.lastError().text() : insert.lastError().isValid()
                                                                                ? insert.lastError().text()
                                                                                : boost.lastError().text();
        return std::nullopt;
    }
    WrittenAnswer written;
    written.reviewId = insert.lastInsertId().toLongLong();
    written.boostDay = boost.next() ? boost.value(0).toLongLong() : 0;
    boost.finish();
    return written;
}

bool StudyStore::takeBackAnswer(const CardInfo &b, qint64 reviewId, qint64 boostDay)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, "
                             "due = ?, last_review = ?, scheduled_days = ?, reps = ?, lapses = ? "
                             "WHERE id = ?"));
    const QVariantList values{int(b.state), b.step, b.stability, b.difficulty, nullableMs(b.dueMs),
                              nullableMs(b.lastReviewMs), b.scheduledDays, b.reps, b.lapses, b.id};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM revlog WHERE id = ?"));
        q.addBindValue(reviewId);
        ok = q.exec() && q.numRowsAffected() == 1;
    }
    if (ok && boostDay != 0) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO card_boosts (card_id, day) VALUES (?, ?)"));
        q.addBindValue(b.id);
        q.addBindValue(boostDay);
        ok = q.exec();
    }
    if (!ok)
        m_error = q.lastError().text();
    return ok;
}

std::optional<qint64> StudyQueueStore::earliestLearningDue() const
{
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral("SELECT min(due) FROM cards WHERE state IN (1, 3) AND retired = 0 "
                              "AND suspended = 0"))
        && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> StudyQueueStore::earliestReviewDue() const
{
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral("SELECT min(due) FROM cards WHERE state = 2 AND retired = 0 "
                              "AND suspended = 0"))
        && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool StudyQueueStore::hasNewCards() const
{
    QSqlQuery q(m_store->database());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM cards WHERE state = 0 AND "
                                 "retired = 0 AND suspended = 0)"))
           && q.next() && q.value(0).toBool();
}
