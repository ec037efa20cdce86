#include "importstore.h"

#include "deckstore.h"
#include "sqlitestatement.h"
#include "sqlscript.h"

#include <QRandomGenerator>

#include <algorithm>
#include <QRegularExpression>

struct ImportStore::Statements
{
    explicit Statements(sqlite3 *db)
        : insertCard(db, QStringLiteral(
                             "INSERT INTO cards (key, template, question, answer, position, builtin, fact_id, "
                             "flag, suspended, state, step, stability, difficulty, due, last_review, reps, "
                             "lapses, scheduled_days) VALUES (?, 'basic', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?)"))
        , updateCard(db, QStringLiteral("UPDATE cards SET question = ?1, answer = ?2, edited = builtin "
                                        "WHERE id = ?3 AND template = 'basic' AND (question IS NOT ?1 OR answer IS NOT ?2)"))
        , adoptSchedule(db, QStringLiteral("UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, "
                                           "due = ?, last_review = ?, reps = ?, lapses = ?, scheduled_days = ? "
                                           "WHERE id = ? AND state = 0 AND reps = 0"))
        , dropTexts(db, QStringLiteral("DELETE FROM card_texts WHERE card_id = ?"))
        , insertTag(db, QStringLiteral("INSERT INTO card_tags (card_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"))
        , insertReview(db, QStringLiteral("INSERT INTO revlog (id, card_id, time, kind, rating, state_before, "
                                          "state_after, stability, difficulty, elapsed_days, scheduled_days, "
                                          "due, response_ms, recall) VALUES (%1, ?, ?, 'study', ?, ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?)")
                                   .arg(DeckStore::nextReviewIdSql()))
    {
    }
    bool isValid() const
    {
        return insertCard.isValid() && updateCard.isValid() && adoptSchedule.isValid() && dropTexts.isValid()
               && insertTag.isValid() && insertReview.isValid();
    }

    SqliteStatement insertCard;
    SqliteStatement updateCard;
    SqliteStatement adoptSchedule;
    SqliteStatement dropTexts;
    SqliteStatement insertTag;
    SqliteStatement insertReview;
};

ImportStore::ImportStore(DeckStore &store)
    : m_store(store)
{
}

ImportStore::~ImportStore() = default;

bool ImportStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString ImportStore::normalizedQuestion(const QString &question)
{
    return question.simplified().toCaseFolded();
}

QString ImportStore::portdeckTag(const QString &tag)
{
    // Most tags are words already: checked by hand, as a regular expression per tag would
    // cost a large import a third of its time.
    const bool word = std::all_of(tag.cbegin(), tag.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
    });
    if (word && !tag.startsWith(QLatin1Char('-')) && !tag.endsWith(QLatin1Char('-')))
        return tag;
    static const QRegularExpression invalid(QStringLiteral("[^\\w-]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString out = tag;
    out.replace(invalid, QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

bool ImportStore::prepare()
{
    sqlite3 *db = sqliteHandle(m_store.database());
    m_statements = std::make_unique<Statements>(db);
    if (!m_statements->isValid())
        return fail(tr("The collection cannot take imported cards: %1").arg(m_statements->insertCard.errorString()));
    SqliteStatement index(db, QStringLiteral("SELECT id, key, template, question, state = 0 AND reps = 0 FROM cards"));
    while (index.next()) {
        const qint64 id = index.int64(0);
        m_idsByKey.insert(index.text(1), id);
        if (index.int64(4))
            m_unstudied.insert(id);
        if (index.text(2) == QLatin1String("basic"))
            m_basicIdsByQuestion.insert(normalizedQuestion(index.text(3)), id);
    }
    SqliteStatement last(db, QStringLiteral("SELECT coalesce(max(position), 0) FROM cards"));
    if (!last.next())
        return fail(last.errorString());
    m_position = last.int64(0);
    return true;
}

QString ImportStore::nextOwnKey()
{
    // 32 random bits for the import, then a count: as unique as fully random keys in practice,
    // and they sort together, so the key index grows at one end instead of everywhere.
    if (!m_keyPrefix)
        m_keyPrefix = QRandomGenerator::global()->generate() | 1u;
    QString key;
    do {
        key = QStringLiteral("own-card-%1%2").arg(m_keyPrefix, 8, 16, QLatin1Char('0')).arg(++m_keyCount, 8, 16, QLatin1Char('0'));
    } while (m_idsByKey.contains(key));
    return key;
}

bool ImportStore::writeTags(qint64 cardId, const QStringList &tags)
{
    SqliteStatement &s = m_statements->insertTag;
    for (const QString &tag : tags) {
        s.bind(1, cardId);
        s.bind(2, tag);
        if (!s.run())
            return fail(s.errorString());
    }
    return true;
}

bool ImportStore::writeReviews(qint64 cardId, const QList<ImportedReview> &reviews)
{
    SqliteStatement &s = m_statements->insertReview;
    for (const ImportedReview &r : reviews) {
        s.bind(1, cardId);
        s.bind(2, r.timeMs);
        s.bind(3, r.rating);
        s.bind(4, r.stateBefore);
        s.bind(5, r.stateAfter);
        s.bind(6, r.stability);
        s.bind(7, r.difficulty);
        s.bind(8, r.elapsedDays);
        s.bind(9, r.scheduledDays);
        s.bind(10, r.dueMs);
        if (r.responseMs >= 0)
            s.bind(11, r.responseMs);
        else
            s.bindNull(11);
        if (r.recall >= 0)
            s.bind(12, r.recall);
        else
            s.bindNull(12);
        if (!s.run())
            return fail(s.errorString());
    }
    return true;
}

namespace {

// state, step, stability, difficulty, due, last_review, reps, lapses, scheduled_days from
// @p first on; a card without a history is new, with no due date.
void bindSchedule(SqliteStatement &s, int first, const std::optional<fsrs::Card> &schedule)
{
    const fsrs::Card c = schedule.value_or(fsrs::Card{});
    s.bind(first, int(c.state));
    s.bind(first + 1, c.step);
    s.bind(first + 2, c.stability);
    s.bind(first + 3, c.difficulty);
    if (schedule)
        s.bind(first + 4, c.dueMs);
    else
        s.bindNull(first + 4);
    if (c.lastReviewMs)
        s.bind(first + 5, *c.lastReviewMs);
    else
        s.bindNull(first + 5);
    s.bind(first + 6, c.reps);
    s.bind(first + 7, c.lapses);
    s.bind(first + 8, c.scheduledDays);
}

} // namespace

bool ImportStore::adoptHistory(qint64 cardId, const ImportedCard &card)
{
    SqliteStatement &s = m_statements->adoptSchedule;
    bindSchedule(s, 1, card.schedule);
    s.bind(10, cardId);
    if (!s.run())
        return fail(s.errorString());
    m_unstudied.remove(cardId);
    return writeReviews(cardId, card.reviews);
}

std::optional<ImportedCardResult> ImportStore::writeCard(const ImportedCard &card, DuplicatePolicy policy)
{
    if (!m_statements && !prepare())
        return std::nullopt;
    qint64 duplicate = card.key.isEmpty() ? 0 : m_idsByKey.value(card.key);
    // The same card (by its key) that was never studied here takes the history the file
    // carries, whatever the policy says about its text: moving to a new computer through a
    // package must not lose the reviews. A card studied here keeps its own history.
    const bool adopt = duplicate && policy != DuplicatePolicy::KeepBoth && card.schedule && !card.reviews.isEmpty()
                       && m_unstudied.contains(duplicate);
    if (adopt && !adoptHistory(duplicate, card))
        return std::nullopt;
    const QString question = normalizedQuestion(card.question);
    if (!duplicate)
        duplicate = m_basicIdsByQuestion.value(question);
    if (duplicate && policy == DuplicatePolicy::Skip)
        return ImportedCardResult{adopt ? ImportedCardResult::Outcome::Updated : ImportedCardResult::Outcome::Skipped,
                                  duplicate, adopt ? int(card.reviews.size()) : 0};
    if (duplicate && policy == DuplicatePolicy::Update) {
        SqliteStatement &u = m_statements->updateCard;
        u.bind(1, card.question.trimmed());
        u.bind(2, card.answer.trimmed());
        u.bind(3, duplicate);
        if (!u.run()) {
            fail(u.errorString());
            return std::nullopt;
        }
        // Only a text that really changed replaces the card's translations (and marks a
        // built-in card edited): a file that brings the same text back changes nothing.
        if (u.changes() > 0) {
            SqliteStatement &d = m_statements->dropTexts;
            d.bind(1, duplicate);
            if (!d.run()) {
                fail(d.errorString());
                return std::nullopt;
            }
        }
        if (!writeTags(duplicate, card.tags))
            return std::nullopt;
        return ImportedCardResult{ImportedCardResult::Outcome::Updated, duplicate, adopt ? int(card.reviews.size()) : 0};
    }

    // A new card; a key another card has already (keep both) becomes a fresh one.
    QString key = card.key;
    if (key.isEmpty() || m_idsByKey.contains(key))
        key = nextOwnKey();
    SqliteStatement &s = m_statements->insertCard;
    s.bind(1, key);
    s.bind(2, card.question.trimmed());
    s.bind(3, card.answer.trimmed());
    s.bind(4, ++m_position);
    if (card.factId > 0)
        s.bind(5, card.factId);
    else
        s.bindNull(5);
    s.bind(6, card.flag);
    s.bind(7, card.suspended ? 1 : 0);
    bindSchedule(s, 8, card.schedule);
    if (!s.run()) {
        fail(tr("Card “%1” cannot be stored: %2").arg(card.question.left(60), s.errorString()));
        return std::nullopt;
    }
    const qint64 id = s.lastInsertId();
    m_idsByKey.insert(key, id);
    m_basicIdsByQuestion.insert(question, id);
    if (!writeTags(id, card.tags) || !writeReviews(id, card.reviews))
        return std::nullopt;
    return ImportedCardResult{ImportedCardResult::Outcome::Added, id, int(card.reviews.size())};
}
