#include "importstore.h"

#include "deckstore.h"
#include "sqlitestatement.h"
#include "serialworker.h"
#include "sqlscript.h"

#include <QRandomGenerator>

#include <algorithm>
#include <utility>
#include <QRegularExpression>

namespace {

// Rows written by one statement: many rows a statement spare SQLite the setup of a statement,
// its cursors on seven indexes and its end for every card, which is most of a large import's
// time. 17 values a card stays far below SQLite's limit of bound values.
constexpr int kBatchRows = 256;
constexpr int kCardValues = 17;

QString cardInsertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO cards (id, key, template, question, answer, position, builtin, fact_id, "
                                 "flag, suspended, state, step, stability, difficulty, due, last_review, reps, "
                                 "lapses, scheduled_days) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += (i ? QStringLiteral(", ") : QString())
               + QStringLiteral("(?, ?, 'basic', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

QString tagInsertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO card_tags (card_id, tag) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + QStringLiteral("(?, ?)");
    return sql + QStringLiteral(" ON CONFLICT DO NOTHING");
}

} // namespace

struct ImportStore::Statements
{
    explicit Statements(sqlite3 *db)
        : insertCards(db, cardInsertSql(kBatchRows))
        , insertCard(db, cardInsertSql(1))
        , updateCard(db, QStringLiteral("UPDATE cards SET question = ?1, answer = ?2, edited = builtin "
                                        "WHERE id = ?3 AND template = 'basic' AND (question IS NOT ?1 OR answer IS NOT ?2)"))
        , adoptSchedule(db, QStringLiteral("UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, "
                                           "due = ?, last_review = ?, reps = ?, lapses = ?, scheduled_days = ? "
                                           "WHERE id = ? AND state = 0 AND reps = 0"))
        , dropTexts(db, QStringLiteral("DELETE FROM card_texts WHERE card_id = ?"))
        , insertTags(db, tagInsertSql(kBatchRows))
        , insertTag(db, tagInsertSql(1))
        , insertReview(db, QStringLiteral("INSERT INTO revlog (id, card_id, time, kind, rating, state_before, "
                                          "state_after, stability, difficulty, elapsed_days, scheduled_days, "
                                          "due, response_ms, recall) VALUES (%1, ?, ?, 'study', ?, ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?)")
                                   .arg(DeckStore::nextReviewIdSql()))
    {
    }
    bool isValid() const
    {
        return insertCards.isValid() && insertCard.isValid() && updateCard.isValid() && adoptSchedule.isValid()
               && dropTexts.isValid() && insertTags.isValid() && insertTag.isValid() && insertReview.isValid();
    }

    SqliteStatement insertCards;
    SqliteStatement insertCard;
    SqliteStatement updateCard;
    SqliteStatement adoptSchedule;
    SqliteStatement dropTexts;
    SqliteStatement insertTags;
    SqliteStatement insertTag;
    SqliteStatement insertReview;
};

ImportStore::ImportStore(DeckStore &store)
    : m_store(store)
{
}

ImportStore::~ImportStore()
{
    // A cancelled import returns while a batch may still be written: the rollback comes after.
    m_writer.reset();
}

bool ImportStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ImportStore::failAt(int line, const QString &message)
{
    return fail(line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message);
}

QString ImportStore::normalizedQuestion(const QString &question)
{
    // ASCII, the common case, in one pass and one allocation; anything else the full way.
    QString out(question.size(), Qt::Uninitialized);
    QChar *to = out.data();
    bool pendingSpace = false;
    for (const QChar c : question) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return question.simplified().toCaseFolded();
        if (u == ' ' || (u >= '\t' && u <= '\r')) {
            pendingSpace = to != out.data();
            continue;
        }
        if (pendingSpace) {
            *to++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        *to++ = QChar(u >= 'A' && u <= 'Z' ? u + 32 : u);
    }
    out.truncate(to - out.data());
    return out;
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

bool ImportStore::prepare(qsizetype expectedCards)
{
    sqlite3 *db = sqliteHandle(m_store.database());
    m_statements = std::make_unique<Statements>(db);
    if (!m_statements->isValid())
        return fail(tr("The collection cannot take imported cards: %1").arg(m_statements->insertCard.errorString()));
    SqliteStatement count(db, QStringLiteral("SELECT count(*), coalesce(max(id), 0), coalesce(max(position), 0) FROM cards"));
    if (!count.next())
        return fail(count.errorString());
    m_nextId = count.int64(1) + 1;
    m_position = count.int64(2);
    m_idsByKey.reserve(count.int64(0) + expectedCards);
    m_basicIdsByQuestion.reserve(count.int64(0) + expectedCards);
    SqliteStatement index(db, QStringLiteral("SELECT id, key, template, question, state = 0 AND reps = 0 FROM cards"));
    while (index.next()) {
        const qint64 id = index.int64(0);
        m_idsByKey.insert(index.text(1), id);
        if (index.int64(4))
            m_unstudied.insert(id);
        if (index.text(2) == QLatin1String("basic"))
            m_basicIdsByQuestion.insert(normalizedQuestion(index.text(3)), id);
    }
    if (index.failed())
        return fail(index.errorString());
    return true;
}

QString ImportStore::nextOwnKey()
{
    // 32 random bits for the import, then a count: as unique as fully random keys in practice,
    // and they sort together, so the key index grows at one end instead of everywhere. Written
    // by hand: QString::arg() was a twentieth of a large import.
    if (m_keyPrefix.isEmpty()) {
        m_keyPrefix = QStringLiteral("own-card-%1").arg(QRandomGenerator::global()->generate() | 1u, 8, 16,
                                                         QLatin1Char('0'));
    }
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString key;
    do {
        key = QString(m_keyPrefix.size() + 8, Qt::Uninitialized);
        QChar *out = key.data();
        std::copy(m_keyPrefix.cbegin(), m_keyPrefix.cend(), out);
        quint32 n = ++m_keyCount;
        for (qsizetype i = key.size() - 1; i >= m_keyPrefix.size(); --i, n >>= 4)
            out[i] = QChar(digits[n & 15]);
    } while (m_idsByKey.contains(key));
    return key;
}

void ImportStore::queueTags(qint64 cardId, const QStringList &tags)
{
    for (const QString &tag : tags)
        m_pending.tags.append({cardId, tag.toUtf8()});
}

void ImportStore::queueReviews(qint64 cardId, const QList<ImportedReview> &reviews)
{
    for (const ImportedReview &r : reviews)
        m_pending.reviews.append({cardId, r});
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

void ImportStore::bindCard(SqliteStatement &s, int row, const PendingCard &card)
{
    const int first = row * kCardValues + 1;
    s.bind(first, card.id);
    s.bindUtf8(first + 1, card.key);
    s.bindUtf8(first + 2, card.question);
    s.bindUtf8(first + 3, card.answer);
    s.bind(first + 4, card.position);
    if (card.factId > 0)
        s.bind(first + 5, card.factId);
    else
        s.bindNull(first + 5);
    s.bind(first + 6, card.flag);
    s.bind(first + 7, card.suspended ? 1 : 0);
    bindSchedule(s, first + 8, card.schedule);
}

QString ImportStore::writeBatch(Statements &statements, const Batch &batch)
{
    // Cards first: their tags and reviews refer to them.
    qsizetype i = 0;
    for (; i + kBatchRows <= batch.cards.size(); i += kBatchRows) {
        SqliteStatement &s = statements.insertCards;
        for (int row = 0; row < kBatchRows; ++row)
            bindCard(s, row, batch.cards.at(i + row));
        // A failed statement changed nothing: the cards go in one by one below, so the message
        // names the card that failed.
        if (!s.run())
            break;
    }
    for (; i < batch.cards.size(); ++i) {
        SqliteStatement &s = statements.insertCard;
        bindCard(s, 0, batch.cards.at(i));
        if (!s.run()) {
            const PendingCard &card = batch.cards.at(i);
            const QString message =
                tr("Card “%1” cannot be stored: %2").arg(QString::fromUtf8(card.question).left(60), s.errorString());
            return card.line > 0 ? tr("Line %1: %2").arg(card.line).arg(message) : message;
        }
    }

    i = 0;
    for (; i + kBatchRows <= batch.tags.size(); i += kBatchRows) {
        SqliteStatement &s = statements.insertTags;
        for (int row = 0; row < kBatchRows; ++row) {
            s.bind(2 * row + 1, batch.tags.at(i + row).first);
            s.bindUtf8(2 * row + 2, batch.tags.at(i + row).second);
        }
        if (!s.run())
            return s.errorString();
    }
    for (; i < batch.tags.size(); ++i) {
        SqliteStatement &s = statements.insertTag;
        s.bind(1, batch.tags.at(i).first);
        s.bindUtf8(2, batch.tags.at(i).second);
        if (!s.run())
            return s.errorString();
    }

    SqliteStatement &s = statements.insertReview;
    for (const auto &[cardId, r] : batch.reviews) {
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
            return s.errorString();
    }
    return QString();
}

bool ImportStore::waitForWriter()
{
    if (!m_writer)
        return true;
    const QString error = m_writer->wait();
    return error.isEmpty() || fail(error);
}

void ImportStore::startWriter()
{
    // SQLite works while the next batch is read and checked: a large import takes the time of
    // the slower of the two instead of both. The connection is used by one thread at a time:
    // every other statement of this class waits for the writer first.
    if (!m_writer)
        m_writer = std::make_unique<SerialWorker>();
    m_writer->submit([statements = m_statements.get(), batch = std::move(m_pending)] {
        return writeBatch(*statements, batch);
    });
    m_pending = Batch();
}

bool ImportStore::flush()
{
    if (!m_statements)
        return true;
    if (!waitForWriter())
        return false;
    const QString error = writeBatch(*m_statements, m_pending);
    m_pending = Batch();
    return error.isEmpty() || fail(error);
}

bool ImportStore::finish()
{
    if (!m_statements)
        return true;
    startWriter();
    // The indexes of a large collection take a while to free: while the last batch is written.
    m_idsByKey = {};
    m_basicIdsByQuestion = {};
    m_unstudied = {};
    m_finished = true;
    return waitForWriter();
}

bool ImportStore::adoptHistory(qint64 cardId, const ImportedCard &card)
{
    SqliteStatement &s = m_statements->adoptSchedule;
    bindSchedule(s, 1, card.schedule);
    s.bind(10, cardId);
    if (!s.run())
        return failAt(card.line, s.errorString());
    m_unstudied.remove(cardId);
    queueReviews(cardId, card.reviews);
    return true;
}

std::optional<ImportedCardResult> ImportStore::writeCard(const ImportedCard &card, DuplicatePolicy policy)
{
    Q_ASSERT(!m_finished);
    if (!m_statements && !prepare())
        return std::nullopt;
    qint64 duplicate = card.key.isEmpty() ? 0 : m_idsByKey.value(card.key);
    // The same card (by its key) that was never studied here takes the history the file
    // carries, whatever the policy says about its text: moving to a new computer through a
    // package must not lose the reviews. A card studied here keeps its own history.
    const bool adopt = duplicate && policy != DuplicatePolicy::KeepBoth && card.schedule && !card.reviews.isEmpty()
                       && m_unstudied.contains(duplicate);
    // A duplicate may be a card of this file still waiting to be written.
    if (adopt && (!flush() || !adoptHistory(duplicate, card)))
        return std::nullopt;
    const QString question = normalizedQuestion(card.question);
    if (!duplicate)
        duplicate = m_basicIdsByQuestion.value(question);
    if (duplicate && policy == DuplicatePolicy::Skip)
        return ImportedCardResult{adopt ? ImportedCardResult::Outcome::Updated : ImportedCardResult::Outcome::Skipped,
                                  duplicate, adopt ? int(card.reviews.size()) : 0};
    if (duplicate && policy == DuplicatePolicy::Update) {
        if (!flush())
            return std::nullopt;
        SqliteStatement &u = m_statements->updateCard;
        u.bind(1, card.question.trimmed());
        u.bind(2, card.answer.trimmed());
        u.bind(3, duplicate);
        if (!u.run()) {
            failAt(card.line, u.errorString());
            return std::nullopt;
        }
        // Only a text that really changed replaces the card's translations (and marks a
        // built-in card edited): a file that brings the same text back changes nothing.
        if (u.changes() > 0) {
            SqliteStatement &d = m_statements->dropTexts;
            d.bind(1, duplicate);
            if (!d.run()) {
                failAt(card.line, d.errorString());
                return std::nullopt;
            }
        }
        queueTags(duplicate, card.tags);
        return ImportedCardResult{ImportedCardResult::Outcome::Updated, duplicate, adopt ? int(card.reviews.size()) : 0};
    }

    // A new card; a key another card has already (keep both) becomes a fresh one.
    PendingCard pending;
    pending.id = m_nextId++;
    const QString key = card.key.isEmpty() || m_idsByKey.contains(card.key) ? nextOwnKey() : card.key;
    pending.key = key.toUtf8();
    pending.question = card.question.trimmed().toUtf8();
    pending.answer = card.answer.trimmed().toUtf8();
    pending.position = ++m_position;
    pending.factId = card.factId;
    pending.flag = card.flag;
    pending.suspended = card.suspended;
    pending.schedule = card.schedule;
    pending.line = card.line;
    m_idsByKey.insert(key, pending.id);
    m_basicIdsByQuestion.insert(question, pending.id);
    queueTags(pending.id, card.tags);
    queueReviews(pending.id, card.reviews);
    const qint64 id = pending.id;
    m_pending.cards.append(std::move(pending));
    if (m_pending.cards.size() >= kBatchRows * 4)
        startWriter();
    return ImportedCardResult{ImportedCardResult::Outcome::Added, id, int(card.reviews.size())};
}
