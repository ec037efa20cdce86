#include "cardlist.h"

#include "boundquery.h"
#include "deckstore.h"
#include "sqlscript.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <vector>

using boundquery::idsAsJson;

namespace {

// The card types in the order the app lists them (CardTemplate's), not their keys' ABC.
QString templateOrderSql()
{
    QString sql = QStringLiteral("CASE c.template");
    for (int t = 0; t <= int(CardTemplate::Basic); ++t)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(templateKey(CardTemplate(t))).arg(t);
    return sql + QStringLiteral(" END");
}

// The card's tags and its entry's, sorted, each once, separated by U+001F; NULL for none.
const char kTagsSql[] =
    "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM card_tags WHERE card_id = c.id "
    "UNION SELECT tag FROM fact_tags WHERE fact_id = c.fact_id ORDER BY 1))";

void bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, index, value.toDouble());
        return;
    default:
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            sqlite3_bind_null(statement, index);
            return;
        }
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
}

} // namespace

CardList::CardList(const DeckStore &store) : m_store(store) {}

std::optional<QList<qint64>> CardList::find(const CardQuery &query, BrowseColumn sortBy,
                                            Qt::SortOrder order, QString *error) const
{
    if (!query.isValid()) {
        if (error)
            *error = query.errorString();
        return std::nullopt;
    }
    const CardQueryContext &context = query.context();
    // SQL computes each card's sort keys; C++ sorts them. SQLite's sorter compares whole records
    // and took 60–90 ms for 100,000 cards; std::sort over plain numbers takes a few.
    QString group = QStringLiteral("0"); // a group that comes last in either direction
    QString number = QStringLiteral("0");
    QString text; // compared case-folded, after the number
    QString joins;
    QVariantList joinValues;
    QVariantList keyValues;
    bool textFirst = false;
    auto byText = [&](const char *field, const char *column) {
        joins = QStringLiteral(
                    "LEFT JOIN card_texts t ON t.card_id = c.id AND t.lang = ? AND t.field = '%1' ")
                    .arg(QLatin1String(field));
        joinValues.append(context.lang);
        text = QStringLiteral(
                   "CASE WHEN c.template = 'basic' THEN coalesce(t.text, c.%1) ELSE f.name END")
                   .arg(QLatin1String(column));
        number = templateOrderSql();
        textFirst = true;
    };
    switch (sortBy) {
    case BrowseColumn::Question:
        byText("question", "question");
        break;
    case BrowseColumn::Answer:
        byText("answer", "answer");
        break;
    case BrowseColumn::Entry:
        text = QStringLiteral("f.name");
        number = templateOrderSql();
        textFirst = true;
        break;
    case BrowseColumn::CardType:
        number = templateOrderSql();
        break;
    case BrowseColumn::State:
        number = QStringLiteral("c.state");
        break;
    case BrowseColumn::Due:
        group = QStringLiteral("c.state = 0");
        number = QStringLiteral("coalesce(c.due, 0)");
        break;
    case BrowseColumn::Interval:
        number = QStringLiteral("c.scheduled_days");
        break;
    case BrowseColumn::Stability:
        number = QStringLiteral("c.stability");
        break;
    case BrowseColumn::Difficulty:
        number = QStringLiteral("c.difficulty");
        break;
    case BrowseColumn::Recall:
        group = QStringLiteral("(c.state = 0 OR c.last_review IS NULL)");
        if (context.sqlMath) {
            number = DeckStore::forgettingCurveSql(
                QStringLiteral("max(0, ? - c.last_review) / 86400000.0"),
                QStringLiteral("c.stability"));
            keyValues << context.scheduler.factor() << context.nowMs << context.scheduler.decay();
        } else {
            number = QStringLiteral("c.stability"); // the same order at equal elapsed time
        }
        break;
    case BrowseColumn::Reviews:
        number = QStringLiteral("c.reps");
        break;
    case BrowseColumn::Lapses:
        number = QStringLiteral("c.lapses");
        break;
    case BrowseColumn::Tags:
        text = QLatin1String(kTagsSql); // untagged cards (NULL) last
        textFirst = true;
        break;
    case BrowseColumn::Flag:
        number = QStringLiteral("c.flag");
        break;
    case BrowseColumn::Suspended:
        number = QStringLiteral("c.suspended");
        break;
    }

    const QString sql = QStringLiteral("SELECT c.id, c.position, %1, %2, %3 FROM cards c LEFT JOIN "
                                       "facts f ON f.id = c.fact_id "
                                       "%4WHERE c.retired = 0 AND %5")
                            .arg(group, number, text.isEmpty() ? QStringLiteral("NULL") : text,
                                 joins, query.whereSql());
    // In the order the statement names them: the keys' values come before the condition's.
    const QVariantList values = keyValues + joinValues + query.values();

    // SQLite's own interface: a hundred thousand rows through QSqlQuery cost more than the search.
    sqlite3 *db = sqliteHandle(m_store.database());
    sqlite3_stmt *raw = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &raw, nullptr) != SQLITE_OK) {
        if (error)
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db))
                        : QStringLiteral("the connection is not SQLite");
        sqlite3_finalize(raw);
        return std::nullopt;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i)
        bind(raw, i + 1, values.at(i));

    struct Key
    {
        qint64 id;
        qint64 position;
        bool last;
        double number;
        QString text;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(m_store.counts().cards)); // at most every card, counted by the collection: no regrowth
    const bool hasText = !text.isEmpty();
    const bool untaggedLast = sortBy == BrowseColumn::Tags;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        const bool noText = sqlite3_column_type(raw, 4) == SQLITE_NULL;
        QString folded;
        if (hasText && !noText)
            folded = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 4)),
                                       sqlite3_column_bytes(raw, 4))
                         .toCaseFolded();
        keys.push_back({sqlite3_column_int64(raw, 0), sqlite3_column_int64(raw, 1),
                        sqlite3_column_int(raw, 2) != 0 || (untaggedLast && noText),
                        sqlite3_column_double(raw, 3), folded});
    }
    if (step != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    const bool descending = order == Qt::DescendingOrder;
    auto compare = [descending, textFirst](const Key &a, const Key &b) {
        if (a.last != b.last)
            return b.last;
        const int byNumber = a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
        const int byText = a.text.compare(b.text);
        const int c =
            textFirst ? (byText != 0 ? byText : byNumber) : (byNumber != 0 ? byNumber : byText);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    };
    std::sort(keys.begin(), keys.end(), compare);
    QList<qint64> ids;
    ids.reserve(qsizetype(keys.size()));
    for (const Key &k : keys)
        ids.append(k.id);
    return ids;
}

QList<BrowseRow> CardList::rows(const QList<qint64> &ids, const CardQueryContext &context) const
{
    QList<BrowseRow> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.key, c.fact_id, f.key, f.name, c.template, c.variant, "
            "CASE WHEN c.template = 'basic' THEN coalesce(tq.text, c.question) END, "
            "CASE WHEN c.template = 'basic' THEN coalesce(ta.text, c.answer) END, "
            "c.state, c.due, c.last_review, c.scheduled_days, c.stability, c.difficulty, c.reps, "
            "c.lapses, "
            "%1, c.flag, c.suspended, c.buried_until, c.builtin = 0 OR coalesce(f.builtin, 1) = 0, "
            "c.edited <> 0 OR coalesce(f.edited, 0) <> 0 "
            "FROM json_each(?) j JOIN cards c ON c.id = j.value LEFT JOIN facts f ON f.id = "
            "c.fact_id "
            "LEFT JOIN card_texts tq ON tq.card_id = c.id AND tq.lang = ? AND tq.field = "
            "'question' "
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
