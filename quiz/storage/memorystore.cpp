#include "memorystore.h"

#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

MemoryStore::MemoryStore(DeckStore &store)
    : m_store(store)
{
}

std::optional<std::vector<fsrs::LoggedReview>> MemoryStore::studyAnswers(QString *error) const
{
    SqliteStatement s(sqliteHandle(m_store.database()),
                      QStringLiteral("SELECT card_id, time, rating, state_before FROM revlog WHERE kind = 'study' "
                                     "ORDER BY card_id, time, id"));
    std::vector<fsrs::LoggedReview> out;
    while (s.next())
        out.push_back({s.int64(0), s.int64(1), int(s.int64(2)), int(s.int64(3))});
    if (s.failed()) {
        *error = tr("The review history cannot be read: %1").arg(s.errorString());
        return std::nullopt;
    }
    return out;
}

std::optional<int> MemoryStore::writeStates(const std::vector<ReplayedCard> &cards, bool withDue, QString *error)
{
    SqliteStatement s(sqliteHandle(m_store.database()),
                      withDue ? QStringLiteral("UPDATE cards SET state = ?2, step = ?3, stability = ?4, difficulty = ?5, "
                                               "last_review = ?6, lapses = ?8, due = ?9, scheduled_days = ?10 "
                                               "WHERE id = ?1 AND reps = ?7")
                              : QStringLiteral("UPDATE cards SET state = ?2, step = ?3, stability = ?4, difficulty = ?5, "
                                               "last_review = ?6, lapses = ?8 WHERE id = ?1 AND reps = ?7"));
    int changed = 0;
    for (const ReplayedCard &m : cards) {
        s.bind(1, m.cardId);
        s.bind(2, int(m.card.state));
        s.bind(3, m.card.step);
        s.bind(4, m.card.stability);
        s.bind(5, m.card.difficulty);
        if (m.card.lastReviewMs)
            s.bind(6, *m.card.lastReviewMs);
        else
            s.bindNull(6);
        s.bind(7, m.card.reps);
        s.bind(8, m.card.lapses);
        if (withDue) {
            s.bind(9, m.card.dueMs);
            s.bind(10, m.card.scheduledDays);
        }
        if (!s.run()) {
            *error = tr("The cards could not be rescheduled: %1").arg(s.errorString());
            return std::nullopt;
        }
        changed += s.changes();
    }
    return changed;
}
