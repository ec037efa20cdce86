#include "exportstore.h"

#include "boundquery.h"
#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

ExportStore::ExportStore(const DeckStore &store)
    : m_store(store)
{
}

std::optional<QList<ExportedReview>> ExportStore::studyReviews(const std::optional<QList<qint64>> &cardIds,
                                                               QString *error) const
{
    SqliteStatement s(sqliteHandle(m_store.database()),
                      QStringLiteral("SELECT id, card_id, time, rating, state_before, state_after, elapsed_days, "
                                     "scheduled_days, response_ms FROM revlog WHERE kind = 'study' %1 "
                                     "ORDER BY card_id, time, id")
                          .arg(cardIds ? QStringLiteral("AND card_id IN (SELECT value FROM json_each(?))")
                                       : QString()));
    if (cardIds)
        s.bind(1, boundquery::idsAsJson(*cardIds));
    QList<ExportedReview> out;
    while (s.next()) {
        ExportedReview r;
        r.id = s.int64(0);
        r.cardId = s.int64(1);
        r.timeMs = s.int64(2);
        r.rating = int(s.int64(3));
        r.stateBefore = int(s.int64(4));
        r.stateAfter = int(s.int64(5));
        r.elapsedDays = int(s.int64(6));
        r.scheduledDays = int(s.int64(7));
        r.responseMs = s.isNull(8) ? -1 : s.int64(8);
        out.append(r);
    }
    if (s.failed()) {
        *error = s.errorString();
        return std::nullopt;
    }
    return out;
}
