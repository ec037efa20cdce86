#include "exportstore.h"

#include "boundquery.h"
#include "cardtemplates.h"
#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

#include <QHash>

#include <algorithm>

ExportStore::ExportStore(const DeckStore &store)
    : m_store(store)
{
}

std::optional<QList<ExportedCard>> ExportStore::cards(const QList<qint64> &cardIds, const QString &lang,
                                                      QString *error) const
{
    sqlite3 *db = sqliteHandle(m_store.database());
    // Tags of every card and entry in two passes: cheaper than a sorted union per card.
    QHash<qint64, QStringList> cardTags;
    QHash<qint64, QStringList> factTags;
    SqliteStatement ct(db, QStringLiteral("SELECT card_id, tag FROM card_tags"));
    while (ct.next())
        cardTags[ct.int64(0)].append(ct.text(1));
    SqliteStatement ft(db, QStringLiteral("SELECT fact_id, tag FROM fact_tags"));
    while (ft.next())
        factTags[ft.int64(0)].append(ft.text(1));
    if (ct.failed() || ft.failed()) {
        *error = ct.failed() ? ct.errorString() : ft.errorString();
        return std::nullopt;
    }
    SqliteStatement s(db, QStringLiteral(
                              "SELECT c.id, c.key, c.fact_id, c.template, c.variant, "
                              "CASE WHEN c.template = 'basic' THEN coalesce(tq.text, c.question) END, "
                              "CASE WHEN c.template = 'basic' THEN coalesce(ta.text, c.answer) END, "
                              "c.state, c.due, c.scheduled_days, c.stability, c.difficulty, c.reps, c.lapses, "
                              "c.flag, c.suspended "
                              "FROM json_each(?) j JOIN cards c ON c.id = j.value "
                              "LEFT JOIN card_texts tq ON tq.card_id = c.id AND tq.lang = ? AND tq.field = 'question' "
                              "LEFT JOIN card_texts ta ON ta.card_id = c.id AND ta.lang = ? AND ta.field = 'answer' "
                              "ORDER BY j.key"));
    s.bind(1, boundquery::idsAsJson(cardIds));
    s.bind(2, lang);
    s.bind(3, lang);
    QList<ExportedCard> out;
    out.reserve(cardIds.size());
    while (s.next()) {
        ExportedCard e;
        CardInfo &c = e.card;
        c.id = s.int64(0);
        c.key = s.text(1);
        c.factId = s.int64(2);
        parseTemplateKey(s.text(3), &c.tmpl);
        c.variant = s.text(4);
        c.question = s.text(5);
        c.answer = s.text(6);
        c.state = static_cast<CardState>(std::clamp(int(s.int64(7)), 0, 3));
        e.dueMs = s.int64(8);
        e.intervalDays = int(s.int64(9));
        c.stability = s.real(10);
        c.difficulty = s.real(11);
        c.reps = int(s.int64(12));
        c.lapses = int(s.int64(13));
        e.flag = int(s.int64(14));
        e.suspended = s.int64(15) != 0;
        e.tags = cardTags.value(c.id);
        for (const QString &tag : factTags.value(c.factId)) {
            if (!e.tags.contains(tag))
                e.tags.append(tag);
        }
        e.tags.sort();
        out.append(std::move(e));
    }
    if (s.failed()) {
        *error = s.errorString();
        return std::nullopt;
    }
    return out;
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
