#include "memorystore.h"

#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

#include "card.h"

#include <QHash>

#include <algorithm>

namespace {

bool byCardThenTime(const fsrs::LoggedReview &a, const fsrs::LoggedReview &b)
{
    return a.cardId != b.cardId ? a.cardId < b.cardId : a.timeMs < b.timeMs;
}

} // namespace

MemoryStore::MemoryStore(DeckStore &store)
    : m_store(store)
{
}

std::optional<std::vector<fsrs::LoggedReview>> MemoryStore::studyAnswers(QString *error) const
{
    // The table in its own order, then grouped by card here: ordered by card, SQLite would
    // look each row up through the index, three times slower for a million answers.
    SqliteStatement count(sqliteHandle(m_store.database()), QStringLiteral("SELECT reviews FROM totals"));
    std::vector<fsrs::LoggedReview> rows;
    if (count.next())
        rows.reserve(size_t(count.int64(0)));
    SqliteStatement s(sqliteHandle(m_store.database()),
                      QStringLiteral("SELECT card_id, time, rating, state_before FROM revlog WHERE kind = 'study' ORDER BY id"));
    while (s.next())
        rows.push_back({s.int64(0), s.int64(1), int(s.int64(2)), int(s.int64(3))});
    if (s.failed()) {
        *error = tr("The review history cannot be read: %1").arg(s.errorString());
        return std::nullopt;
    }
    // Each card's seed, and its last reset ("forget"): answers before it no longer count.
    struct CardFacts
    {
        qint64 seed = 0;
        qint64 resetAt = 0;
    };
    QHash<qint64, CardFacts> cards;
    SqliteStatement c(sqliteHandle(m_store.database()),
                      QStringLiteral("SELECT id, key, coalesce(reset_at, -9223372036854775807) FROM cards"));
    while (c.next())
        cards.insert(c.int64(0), {cardSeedNumber(c.text(1)), c.int64(2)});
    if (c.failed()) {
        *error = tr("The review history cannot be read: %1").arg(c.errorString());
        return std::nullopt;
    }
    std::erase_if(rows, [&](fsrs::LoggedReview &a) {
        const CardFacts f = cards.value(a.cardId);
        a.seed = f.seed;
        return a.timeMs < f.resetAt;
    });
    // By card, then time; answers of the same moment stay in the order they were logged.
    std::stable_sort(rows.begin(), rows.end(), byCardThenTime);
    return rows;
}

std::optional<int> MemoryStore::writeStates(const std::vector<ReplayedCard> &cards, bool withDue, QString *error)
{
    // Only what a replay under new settings changes: the memory, and the interval if asked.
    // The state, reps, lapses and last review follow the answers, which stayed the same
    // (the reps check makes sure); setting them again would update two more indexes and run
    // the totals trigger for every card.
    SqliteStatement s(sqliteHandle(m_store.database()),
                      withDue ? QStringLiteral("UPDATE cards SET stability = ?2, difficulty = ?3, due = ?5, "
                                               "scheduled_days = ?6 WHERE id = ?1 AND reps = ?4 AND state = ?7 "
                                               "AND step = ?8")
                              : QStringLiteral("UPDATE cards SET stability = ?2, difficulty = ?3 "
                                               "WHERE id = ?1 AND reps = ?4"));
    int changed = 0;
    for (const ReplayedCard &m : cards) {
        s.bind(1, m.cardId);
        s.bind(2, m.card.stability);
        s.bind(3, m.card.difficulty);
        s.bind(4, m.card.reps);
        if (withDue) {
            s.bind(5, m.card.dueMs);
            s.bind(6, m.card.scheduledDays);
            s.bind(7, int(m.card.state));
            s.bind(8, m.card.step);
        }
        if (!s.run()) {
            *error = tr("The cards could not be rescheduled: %1").arg(s.errorString());
            return std::nullopt;
        }
        changed += s.changes();
    }
    return changed;
}
