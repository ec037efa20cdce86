#include "cardlist.h"

#include "deckstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Ids as one JSON array, bound as one value and read with json_each(): one statement for any
// number of cards.
QString idsAsJson(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The card types in the order the app lists them (CardTemplate's), not their keys' ABC.
QString templateOrderSql()
{
    QString sql = QStringLiteral("CASE c.template");
    for (int t = 0; t <= int(CardTemplate::Basic); ++t)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(templateKey(CardTemplate(t))).arg(t);
    return sql + QStringLiteral(" END");
}

// The card's tags and its entry's, sorted, each once, separated by U+001F; NULL for none.
const char kTagsSql[] = "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM card_tags WHERE card_id = c.id "
                        "UNION SELECT tag FROM fact_tags WHERE fact_id = c.fact_id ORDER BY 1))";

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

CardList::CardList(const DeckStore &store)
    : m_store(store)
{
}

std::optional<QList<qint64>> CardList::find(const CardQuery &query, BrowseColumn sortBy, Qt::SortOrder order,
                                            QString *error) const
{
    if (!query.isValid()) {
        if (error)
            *error = query.errorString();
        return std::nullopt;
    }
    const CardQueryContext &context = query.context();
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString joins;
    QVariantList joinValues;
    QStringList keys;
    QVariantList keyValues;
    auto byText = [&](const char *field, const char *column) {
        joins = QStringLiteral("LEFT JOIN card_texts t ON t.card_id = c.id AND t.lang = ? AND t.field = '%1' ")
                    .arg(QLatin1String(field));
        joinValues.append(context.lang);
        keys << QStringLiteral("CASE WHEN c.template = 'basic' THEN coalesce(t.text, c.%1) ELSE f.name END "
                               "COLLATE NOCASE")
                        .arg(QLatin1String(column))
                    + dir
             << templateOrderSql() + dir;
    };
    switch (sortBy) {
    case BrowseColumn::Question:
        byText("question", "question");
        break;
    case BrowseColumn::Answer:
        byText("answer", "answer");
        break;
    case BrowseColumn::Entry:
        keys << QStringLiteral("f.name COLLATE NOCASE") + dir << templateOrderSql() + dir;
        break;
    case BrowseColumn::CardType:
        keys << templateOrderSql() + dir;
        break;
    case BrowseColumn::State:
        keys << QStringLiteral("c.state") + dir;
        break;
    case BrowseColumn::Due:
        keys << QStringLiteral("c.state = 0") << QStringLiteral("c.due") + dir;
        break;
    case BrowseColumn::Interval:
        keys << QStringLiteral("c.scheduled_days") + dir;
        break;
    case BrowseColumn::Stability:
        keys << QStringLiteral("c.stability") + dir;
        break;
    case BrowseColumn::Difficulty:
        keys << QStringLiteral("c.difficulty") + dir;
        break;
    case BrowseColumn::Recall:
        keys << QStringLiteral("(c.state = 0 OR c.last_review IS NULL)");
        if (context.sqlMath) {
            keys << DeckStore::forgettingCurveSql(QStringLiteral("max(0, ? - c.last_review) / 86400000.0"),
                                                  QStringLiteral("c.stability"))
                        + dir;
            keyValues << context.scheduler.factor() << context.nowMs << context.scheduler.decay();
        } else {
            keys << QStringLiteral("c.stability") + dir; // the same order at equal elapsed time
        }
        break;
    case BrowseColumn::Reviews:
        keys << QStringLiteral("c.reps") + dir;
        break;
    case BrowseColumn::Lapses:
        keys << QStringLiteral("c.lapses") + dir;
        break;
    case BrowseColumn::Tags:
        keys << QStringLiteral("%1 IS NULL").arg(QLatin1String(kTagsSql))
             << QLatin1String(kTagsSql) + QStringLiteral(" COLLATE NOCASE") + dir;
        break;
    case BrowseColumn::Flag:
        keys << QStringLiteral("c.flag") + dir;
        break;
    case BrowseColumn::Suspended:
        keys << QStringLiteral("c.suspended") + dir;
        break;
    }
    keys << QStringLiteral("c.position") << QStringLiteral("c.id");

    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT c.id FROM cards c LEFT JOIN facts f ON f.id = c.fact_id %1"
                                       "WHERE c.retired = 0 AND %2 ORDER BY %3")
                            .arg(joins, query.whereSql(), keys.join(QStringLiteral(", ")));
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    bindAll(q, joinValues);
    bindAll(q, query.values());
    bindAll(q, keyValues);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<BrowseRow> CardList::rows(const QList<qint64> &ids, const CardQueryContext &context) const
{
    QList<BrowseRow> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.key, c.fact_id, f.key, f.name, c.template, c.variant, "
                  "CASE WHEN c.template = 'basic' THEN coalesce(tq.text, c.question) END, "
                  "CASE WHEN c.template = 'basic' THEN coalesce(ta.text, c.answer) END, "
                  "c.state, c.due, c.last_review, c.scheduled_days, c.stability, c.difficulty, c.reps, c.lapses, "
                  "%1, c.flag, c.suspended, c.buried_until, c.builtin = 0 OR coalesce(f.builtin, 1) = 0, "
                  "c.edited <> 0 OR coalesce(f.edited, 0) <> 0 "
                  "FROM json_each(?) j JOIN cards c ON c.id = j.value LEFT JOIN facts f ON f.id = c.fact_id "
                  "LEFT JOIN card_texts tq ON tq.card_id = c.id AND tq.lang = ? AND tq.field = 'question' "
                  "LEFT JOIN card_texts ta ON ta.card_id = c.id AND ta.lang = ? AND ta.field = 'answer' "
                  "ORDER BY j.key")
                  .arg(QLatin1String(kTagsSql)));
    q.addBindValue(idsAsJson(ids));
    q.addBindValue(context.lang);
    q.addBindValue(context.lang);
    if (!q.exec())
        return out;
    out.reserve(ids.size());
    while (q.next()) {
        BrowseRow r;
        r.id = q.value(0).toLongLong();
        r.key = q.value(1).toString();
        r.factId = q.value(2).toLongLong();
        r.entryKey = q.value(3).toString();
        r.entry = q.value(4).toString();
        parseTemplateKey(q.value(5).toString(), &r.tmpl);
        r.variant = q.value(6).toString();
        r.question = q.value(7).toString();
        r.answer = q.value(8).toString();
        r.state = static_cast<CardState>(std::clamp(q.value(9).toInt(), 0, 3));
        r.dueMs = q.value(10).toLongLong();
        r.lastReviewMs = q.value(11).toLongLong();
        r.intervalDays = q.value(12).toInt();
        r.stability = q.value(13).toDouble();
        r.difficulty = q.value(14).toDouble();
        r.reps = q.value(15).toInt();
        r.lapses = q.value(16).toInt();
        const QString tags = q.value(17).toString();
        if (!tags.isEmpty())
            r.tags = tags.split(QChar(31));
        r.flag = q.value(18).toInt();
        r.suspended = q.value(19).toBool();
        r.buriedUntilMs = q.value(20).toLongLong();
        r.own = q.value(21).toBool();
        r.edited = q.value(22).toBool();
        if (r.state != CardState::New && !q.value(11).isNull())
            r.recall = context.scheduler.recallAt(r.lastReviewMs, r.stability, context.nowMs);
        out.append(r);
    }
    return out;
}
