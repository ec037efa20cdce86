#include "cardwriter.h"

#include "boundquery.h"
#include "deckstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using boundquery::exec;
using boundquery::idsAsJson;

namespace {

QString tagsAsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

} // namespace

CardWriter::CardWriter(DeckStore &store)
    : m_store(store)
{
}

bool CardWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CardWriter::run(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    QSqlQuery q(m_store.database());
    if (!exec(q, sql, values))
        return fail(tr("Database error in %1: %2")
                        .arg(QDir::toNativeSeparators(m_store.filePath()), q.lastError().text()));
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

bool CardWriter::isTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w][\\w-]*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(tag).hasMatch();
}

bool CardWriter::setFlag(const QList<qint64> &cardIds, int flag)
{
    if (flag < 0 || flag > 4)
        return fail(tr("Flags are numbered 1 to 4 (0 clears the flag), not %1.").arg(flag));
    return run(QStringLiteral("UPDATE cards SET flag = ? WHERE flag != ? AND id IN (SELECT value FROM json_each(?))"),
               {flag, flag, idsAsJson(cardIds)});
}

bool CardWriter::addTags(const QList<qint64> &cardIds, const QStringList &tags)
{
    for (const QString &tag : tags) {
        if (!isTag(tag))
            return fail(tr("“%1” is not a tag: a tag is one word of letters, digits, '-' and '_'.").arg(tag));
    }
    return run(QStringLiteral("INSERT INTO card_tags (card_id, tag) SELECT c.value, t.value "
                              "FROM json_each(?) c, json_each(?) t WHERE true ON CONFLICT DO NOTHING"),
               {idsAsJson(cardIds), tagsAsJson(tags)});
}

bool CardWriter::removeTags(const QList<qint64> &cardIds, const QStringList &tags)
{
    return run(QStringLiteral("DELETE FROM card_tags WHERE card_id IN (SELECT value FROM json_each(?)) "
                              "AND tag IN (SELECT value FROM json_each(?))"),
               {idsAsJson(cardIds), tagsAsJson(tags)});
}

bool CardWriter::forget(const QList<qint64> &cardIds, qint64 nowMs)
{
    const QString ids = idsAsJson(cardIds);
    // The reset comes after every answer the card had, even one logged in this millisecond.
    return run(QStringLiteral("UPDATE cards SET state = 0, step = 0, stability = 0, difficulty = 0, due = NULL, "
                              "last_review = NULL, scheduled_days = 0, reps = 0, lapses = 0, buried_until = NULL, "
                              "reset_at = max(?, coalesce((SELECT max(time) + 1 FROM revlog "
                              "WHERE card_id = cards.id AND kind = 'study'), 0)), due_set_at = NULL, due_set = NULL "
                              "WHERE id IN (SELECT value FROM json_each(?)) AND (state != 0 OR reps != 0 "
                              "OR buried_until IS NOT NULL)"),
               {nowMs, ids})
           && run(QStringLiteral("DELETE FROM card_boosts WHERE card_id IN (SELECT value FROM json_each(?))"), {ids});
}

std::optional<int> CardWriter::setDue(const QList<qint64> &cardIds, qint64 dueMs, qint64 nowMs)
{
    int moved = 0;
    // A card in (re)learning steps becomes a review card: the learner chose the day.
    if (!run(QStringLiteral("UPDATE cards SET due = ?, state = 2, step = 0, buried_until = NULL, "
                            "due_set_at = max(?, coalesce(last_review, 0)), due_set = ? "
                            "WHERE state != 0 AND id IN (SELECT value FROM json_each(?))"),
             {dueMs, nowMs, dueMs, idsAsJson(cardIds)}, &moved))
        return std::nullopt;
    return moved;
}

std::optional<int> CardWriter::deleteOwnCards(const QList<qint64> &cardIds)
{
    const QString ids = idsAsJson(cardIds);
    int deleted = 0;
    if (!run(QStringLiteral("DELETE FROM revlog WHERE card_id IN (SELECT id FROM cards WHERE builtin = 0 "
                            "AND id IN (SELECT value FROM json_each(?)))"),
             {ids})
        || !run(QStringLiteral("DELETE FROM cards WHERE builtin = 0 AND id IN (SELECT value FROM json_each(?))"),
                {ids}, &deleted))
        return std::nullopt;
    return deleted;
}

std::optional<qint64> CardWriter::addCard(const QString &question, const QString &answer, const QStringList &tags)
{
    if (question.trimmed().isEmpty() || answer.trimmed().isEmpty()) {
        fail(tr("A card needs a question and an answer."));
        return std::nullopt;
    }
    QSqlQuery q(m_store.database());
    // A random key: unique without a counter, and never one the built-in deck uses.
    if (!exec(q, QStringLiteral("INSERT INTO cards (key, template, question, answer, position, builtin) "
                                "SELECT 'own-card-' || lower(hex(randomblob(8))), 'basic', ?, ?, "
                                "coalesce(max(position), 0) + 1, 0 FROM cards"),
              {question.trimmed(), answer.trimmed()})) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!tags.isEmpty() && !addTags({id}, tags))
        return std::nullopt;
    return id;
}

bool CardWriter::editCard(qint64 cardId, const QString &question, const QString &answer)
{
    if (question.trimmed().isEmpty() || answer.trimmed().isEmpty())
        return fail(tr("A card needs a question and an answer."));
    int changed = 0;
    // The learner's text counts in every language: translations of a built-in text go.
    if (!run(QStringLiteral("UPDATE cards SET question = ?, answer = ?, edited = builtin WHERE id = ? "
                            "AND template = 'basic'"),
             {question.trimmed(), answer.trimmed(), cardId}, &changed))
        return false;
    if (changed == 0)
        return fail(tr("Only question-and-answer cards have text of their own; edit the entry instead."));
    return run(QStringLiteral("DELETE FROM card_texts WHERE card_id = ?"), {cardId});
}

bool CardWriter::revertCard(qint64 cardId, const Deck &deck)
{
    QSqlQuery q(m_store.database());
    if (!exec(q, QStringLiteral("SELECT key FROM cards WHERE id = ? AND builtin = 1"), {cardId}) || !q.next())
        return fail(tr("The card is not from the built-in deck, so there is nothing to revert to."));
    const QString key = q.value(0).toString();
    for (const DeckCard &dc : deck.cards) {
        if (dc.key != key)
            continue;
        if (!run(QStringLiteral("UPDATE cards SET question = ?, answer = ?, edited = 0 WHERE id = ?"),
                 {dc.question, dc.answer, cardId})
            || !run(QStringLiteral("DELETE FROM card_texts WHERE card_id = ?"), {cardId}))
            return false;
        for (auto lang = dc.translations.cbegin(); lang != dc.translations.cend(); ++lang) {
            for (auto field = lang->cbegin(); field != lang->cend(); ++field) {
                if (!run(QStringLiteral("INSERT INTO card_texts (card_id, lang, field, text) VALUES (?, ?, ?, ?)"),
                         {cardId, lang.key(), field.key(), field.value()}))
                    return false;
            }
        }
        return true;
    }
    return fail(tr("The built-in deck no longer has this card."));
}
