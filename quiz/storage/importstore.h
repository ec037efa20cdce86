#pragma once

#include "fsrs.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class DeckStore;
class SerialWorker;
class SqliteStatement;

/** One review of an imported card's history, with the state the scheduler computed for it. */
struct ImportedReview
{
    qint64 timeMs = 0;
    int rating = 3;            ///< 1–4
    int stateBefore = 0;       ///< fsrs::State before and after
    int stateAfter = 0;
    double stability = 0;
    double difficulty = 0;
    int elapsedDays = 0;
    int scheduledDays = 0;
    qint64 dueMs = 0;
    qint64 responseMs = -1;    ///< -1: unknown
    double recall = -1;        ///< what the scheduler expected; -1 for a first review
};

/** A plain question-and-answer card from another program's file. */
struct ImportedCard
{
    /** Identity in the source ("own-anki-<guid>-<n>", a Portdeck key); empty: none. */
    QString key;
    QString question;
    QString answer;
    QStringList tags;
    int flag = 0;
    bool suspended = false;
    qint64 factId = 0;                  ///< the entry it is linked to, or 0
    std::optional<fsrs::Card> schedule; ///< the memory state its history left, if any
    QList<ImportedReview> reviews;
    int line = 0; ///< its line in a text file, for messages; 0: none
};

/** What became of one imported card. */
struct ImportedCardResult
{
    enum class Outcome { Added, Updated, Skipped } outcome = Outcome::Added;
    qint64 cardId = 0;
    int reviewsWritten = 0; ///< reviews of the file added to the log
};

/**
 * Writes imported cards into the collection, fast: statements prepared once on SQLite's own
 * interface, an index of the collection's cards read once, so 100,000 rows take a fraction of
 * a second. A card is a duplicate when its key is a card's key, or when it asks the question
 * (case and spacing aside) of a question-and-answer card the collection has.
 *
 * New cards, their tags and reviews are written in batches, on a thread of their own while the
 * next cards are prepared: call finish() after the last card, before using the connection in
 * any other way.
 *
 * No transaction of its own: the import runs it inside one, and a failure or a cancel rolls
 * everything back.
 */
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)

public:
    explicit ImportStore(DeckStore &store);
    ~ImportStore();

    /**
     * Prepares the statements and reads the index of cards, with room for @p expectedCards
     * more; false with errorString().
     */
    bool prepare(qsizetype expectedCards = 0);

    /**
     * Adds @p card, or updates or skips the duplicate per @p policy. An update replaces the
     * question, answer and tags of a question-and-answer card; the card's own history stays,
     * and the imported reviews are not added twice. A duplicate by key that was never studied
     * here takes the imported history and memory state (unless keeping both), so a
     * collection moved through a package keeps its reviews.
     */
    std::optional<ImportedCardResult> writeCard(const ImportedCard &card, DuplicatePolicy policy);

    /** Writes what is still waiting and frees the indexes: no card is written after it. */
    bool finish();

    /** Sanitizes another program's tag ("Network+::Ports" → "Network-Ports"); empty if none is left. */
    static QString portdeckTag(const QString &tag);
    static QString normalizedQuestion(const QString &question);

    QString errorString() const { return m_error; }

private:
    struct Statements;
    /** A new card waiting for its batch, with the id it will have. */
    struct PendingCard
    {
        qint64 id = 0;
        // UTF-8, as SQLite stores them: converted while the writer thread works on the batch before.
        QByteArray key;
        QByteArray question;
        QByteArray answer;
        qint64 position = 0;
        qint64 factId = 0;
        int flag = 0;
        bool suspended = false;
        std::optional<fsrs::Card> schedule;
        int line = 0;
    };
    /** Rows waiting to be written, in the order they must be written. */
    struct Batch
    {
        QList<PendingCard> cards;
        QList<QPair<qint64, QByteArray>> tags; ///< UTF-8
        QList<QPair<qint64, ImportedReview>> reviews;
    };

    bool fail(const QString &message);
    /** fail() with the card's line in front, when it came from a text file. */
    bool failAt(int line, const QString &message);
    /** Writes the cards, tags and reviews still waiting, here and now; false with errorString(). */
    bool flush();
    void queueTags(qint64 cardId, const QStringList &tags);
    void queueReviews(qint64 cardId, const QList<ImportedReview> &reviews);
    static void bindCard(SqliteStatement &s, int row, const PendingCard &card);
    /** Writes @p batch; SQLite's message (naming the card and line) on a failure, else empty. */
    static QString writeBatch(Statements &statements, const Batch &batch);
    /** Hands the waiting rows to the writer thread. */
    void startWriter();
    /** Waits until the writer thread is done; false with errorString() if its batch failed. */
    bool waitForWriter();
    bool adoptHistory(qint64 cardId, const ImportedCard &card);
    /** A new card's key: "own-card-" and 16 hex digits, as CardWriter makes them. */
    QString nextOwnKey();

    DeckStore &m_store;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_idsByKey;
    QHash<QString, qint64> m_basicIdsByQuestion;
    QSet<qint64> m_unstudied; ///< cards never answered here: new, no repetitions
    Batch m_pending;
    std::unique_ptr<SerialWorker> m_writer; ///< writes batches; made with the first one
    qint64 m_nextId = 1; ///< the collection's next card id: the import holds the only writer
    qint64 m_position = 0;
    bool m_finished = false;
    QString m_keyPrefix;
    quint32 m_keyCount = 0;
    QString m_error;
};
