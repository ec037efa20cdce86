#pragma once

// The collection tst_cardquery and tst_cardlist search: the built-in deck with a few cards
// studied, flagged, tagged, suspended, buried, edited and of the learner's own, set with SQL.

#include "cardquery.h"
#include "deckstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace browsefixture {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
inline const qint64 kNow = QDateTime::fromString(QStringLiteral("2025-06-02T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
// The study day ends at 04:00 tomorrow (UTC, as the tests run).
inline const qint64 kDayEnd = kNow + 19 * kHour;

inline CardQueryContext context(bool sqlMath = true)
{
    CardQueryContext c;
    c.nowMs = kNow;
    c.dayEndMs = kDayEnd;
    c.lang = QStringLiteral("de");
    c.sqlMath = sqlMath;
    return c;
}

inline bool exec(const DeckStore &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(store.database());
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// One studied card: state, due and last review relative to now, stability, difficulty, reps,
// lapses, interval.
inline bool study(const DeckStore &store, const char *key, int state, qint64 due, qint64 lastReview,
                  double stability, double difficulty, int reps, int lapses, int interval)
{
    return exec(store,
                QStringLiteral("UPDATE cards SET state = ?, due = ?, last_review = ?, stability = ?, difficulty = ?, "
                               "reps = ?, lapses = ?, scheduled_days = ? WHERE key = ?"),
                {state, kNow + due, kNow + lastReview, stability, difficulty, reps, lapses, interval,
                 QString::fromLatin1(key)});
}

inline bool setUp(const DeckStore &store)
{
    const QString own = QStringLiteral("INSERT INTO cards (key, template, question, answer, position, builtin) "
                                       "VALUES (?, 'basic', ?, ?, 100000, 0)");
    const QString tag = QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT id, ? FROM cards WHERE key = ?");
    return study(store, "ssh:protocol-port", 2, -kDay, -10 * kDay, 20, 5, 4, 1, 10)
           && study(store, "dns:protocol-port", 1, kHour, -kHour, 0.5, 7, 1, 0, 0)
           && study(store, "http:protocol-port", 3, kDayEnd - kNow + kHour, -4 * kDay, 2, 9.5, 9, 5, 0)
           && study(store, "smtp:protocol-port", 2, -kDay, -kDay, 100, 3, 3, 0, 30)
           && study(store, "ftp:protocol-port", 2, -2 * kDay, -20 * kDay, 5, 4.2, 7, 3, 5)
           && exec(store, QStringLiteral("UPDATE cards SET suspended = 1 WHERE key IN ('http:protocol-port', "
                                         "'ftp:protocol-port')"))
           && exec(store, QStringLiteral("UPDATE cards SET buried_until = ? WHERE key = 'smtp:protocol-port'"),
                   {kNow + kHour})
           // Buried once, long ago: no longer buried.
           && exec(store, QStringLiteral("UPDATE cards SET buried_until = ? WHERE key = 'ssh:protocol-port'"),
                   {kNow - 30 * kDay})
           && exec(store, QStringLiteral("UPDATE cards SET flag = 1 WHERE key IN ('ssh:protocol-port', 'port:22')"))
           && exec(store, QStringLiteral("UPDATE cards SET flag = 3 WHERE key = 'dns:protocol-port'"))
           && exec(store, tag, {QStringLiteral("exam-week"), QStringLiteral("ssh:protocol-port")})
           && exec(store, tag, {QStringLiteral("exam_2"), QStringLiteral("ssh:function-protocol")})
           && exec(store, tag, {QStringLiteral("leech"), QStringLiteral("http:protocol-port")})
           && exec(store, QStringLiteral("UPDATE facts SET builtin = 0 WHERE key = 'gre'"))
           && exec(store, QStringLiteral("UPDATE cards SET builtin = 0 WHERE key = 'concept-tcp-udp-separate-ports'"))
           && exec(store, QStringLiteral("UPDATE facts SET edited = 1 WHERE key = 'telnet'"))
           && exec(store, QStringLiteral("UPDATE cards SET edited = 1 WHERE key = 'ntp:protocol-port'"))
           && exec(store, own, {QStringLiteral("own-percent"), QStringLiteral("Am I 100% sure_thing?"), QStringLiteral("Yes")})
           && exec(store, own, {QStringLiteral("own-plain"), QStringLiteral("Am I 1000 x sure-thing?"), QStringLiteral("No")})
           // A card type switched off: never listed.
           && exec(store, QStringLiteral("UPDATE cards SET retired = 2 WHERE key = 'tftp:protocol-transport'"));
}

} // namespace browsefixture
