#pragma once

#include "fsrs.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

class DeckStore;

/** What a search depends on besides its text: the moment, the study day and the language. */
struct CardQueryContext
{
    qint64 nowMs = 0;          ///< UTC ms: is:buried, recall
    qint64 dayEndMs = 0;       ///< UTC ms, the end of today's study day: is:due
    QString lang;              ///< free text also searches Basic cards' texts in this language
    bool sqlMath = true;       ///< DeckStore::hasSqlMath(): recall comparisons need pow()
    fsrs::Scheduler scheduler; ///< the learner's parameters: the forgetting curve of recall

    /** The context of the learner's collection now: their study day, parameters and SQL. */
    static CardQueryContext forLearner(const DeckStore &store, qint64 nowMs,
                                       const QString &lang = {});
};

/**
 * The Browse page's search language (see README, "Searching cards"), turned into an SQL
 * condition over `cards c LEFT JOIN facts f ON f.id = c.fact_id`.
 *
 * Terms are separated by spaces and all must match; `OR` between terms, parentheses and a
 * leading `-` (leave out) combine them. Every value the learner typed is a bound value, never
 * SQL text. A query that cannot be read is invalid with a sentence naming the bad term; it never
 * matches nothing silently.
 */
class CardQuery
{
    Q_DECLARE_TR_FUNCTIONS(CardQuery)

public:
    /** Reads @p text. An empty text is valid and matches every card. */
    static CardQuery parse(const QString &text, const CardQueryContext &context);

    bool isValid() const { return m_error.isEmpty(); }
    /** Why the text cannot be read: a translated sentence naming the term and what is allowed. */
    QString errorString() const { return m_error; }
    /** Where the bad term starts in the text (a character offset); -1 when valid. */
    int errorPosition() const { return m_errorPosition; }

    /** The condition, for a WHERE clause over `cards c` and `facts f`; "1" for an empty query. */
    QString whereSql() const { return m_where; }
    /** The values whereSql() binds, in order. */
    QVariantList values() const { return m_values; }
    const CardQueryContext &context() const { return m_context; }

private:
    CardQueryContext m_context;
    QString m_where = QStringLiteral("1");
    QVariantList m_values;
    QString m_error;
    int m_errorPosition = -1;
};
