#include "memorystore.h"

#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

#include <algorithm>

MemoryStore::MemoryStore(DeckStore &store)
    : m_store(store)
{
}

std::optional<std::vector<fsrs::LoggedReview>> MemoryStore::studyAnswers(QString *error) const
{
    // The table in its own order, then grouped by card here: ordered by card, SQLite would
    // look each row up through the index, three times slower for a million answers.
    SqliteStatement count(sqliteHandle(m_store.database()), QStringLiteral("SELECT count(*) FROM revlog"));
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
    // By card, then time; answers of the same moment stay in the order they were logged.
    std::stable_sort(rows.begin(), rows.end(), [](const fsrs::LoggedReview &a, const fsrs::LoggedReview &b) {
        return a.cardId != b.cardId ? a.cardId < b.cardId : a.timeMs < b.timeMs;
    });
    return rows;
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
