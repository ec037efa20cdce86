#pragma once

#include "card.h"
#include "deck.h"
#include "drillresult.h"
#include "examresult.h"
#include "fact.h"
#include "review.h"
#include "studysettings.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlDatabase;
class QSqlQuery;
class Checkpointer;
class LogFlusher;
class SqliteStatement;

/** Sizes of the collection, as `portdeck-cli check` reports them. */
struct DeckCounts
{
    int facts = 0;
    int cards = 0;
    int newCards = 0;
    int reviews = 0;
};

/** What merging a built-in deck changed. */
struct MergeReport
{
    int fromVersion = 0;
    int toVersion = 0;
    int factsAdded = 0;
    int factsUpdated = 0;
    int factsRetired = 0;
    int cardsAdded = 0;
    int cardsRetired = 0;
};

/**
 * The learner's collection: one SQLite file in a data folder.
 *
 * Opening takes a lock on the folder, so a second Portdeck on the same folder is refused
 * with a clear message instead of writing beside the first; creates or migrates the schema
 * step by step (PRAGMA user_version) in one transaction; and merges the built-in deck when
 * it is newer than the one the file has seen, never touching review history. Files that are
 * not Portdeck decks are refused and left untouched.
 *
 * Every statement uses bound values. Each DeckStore owns a named connection.
 */
class DeckStore
{
    Q_DECLARE_TR_FUNCTIONS(DeckStore)

public:
    enum class Status {
        Ok,
        Locked,          ///< another process holds the data folder
        Missing,         ///< read-only open of a folder without a deck
        NotADatabase,    ///< the file is not SQLite, or is damaged beyond reading
        Damaged,         ///< a Portdeck deck whose pages fail SQLite's integrity check
        ForeignDatabase, ///< an SQLite database of another program
        NewerSchema,     ///< written by a newer Portdeck
        OlderSchema,     ///< read-only open of a deck that needs an upgrade first
        IoError,         ///< the folder or file cannot be created or opened
        SqlError,        ///< a statement failed; errorString() has SQLite's message
    };
    /**
     * ReadWrite takes the folder's lock and creates, migrates and merges; ReadOnly takes no
     * lock and never writes. Worker is a second read-write connection of the process that holds
     * the lock (an import on its worker thread): no lock, no migration, no merge, and only a
     * file of the current schema.
     */
    enum class Mode { ReadWrite, ReadOnly, Worker };

    static constexpr int kSchemaVersion = 15;
    /**
     * A review-log id is (collection node << kReviewSequenceBits) | sequence: the node is
     * random per collection (1 … 2^23 − 1), the sequence only ever grows, so an id is never
     * reused, not even after an undo, and ids of different collections do not meet.
     * Reviews logged before schema 5 keep their small ids (node 0).
     */
    static constexpr int kReviewSequenceBits = 40;
    static constexpr qint32 kApplicationId = 0x50444b31; // "PDK1"

    DeckStore();
    ~DeckStore();
    DeckStore(const DeckStore &) = delete;
    DeckStore &operator=(const DeckStore &) = delete;

    /** File name of the deck inside a data folder. */
    static QString fileName();

    /**
     * Opens (and in ReadWrite mode creates, migrates and merges) the deck in @p dataDir.
     * @p deck is the built-in deck to seed or merge; tests pass fixtures.
     */
    Status open(const QString &dataDir, Mode mode = Mode::ReadWrite,
                const Deck &deck = Deck::builtin());
    void close();
    bool isOpen() const;
    /**
     * Opens of a certified file (read-write) return before its fingerprint is known: the
     * caller reads the collection, and nothing can be written (SQLite's query_only) until
     * awaitVerdict() has found the file as its last clean close left it. The window starts
     * reading the fingerprint just after its first frame (startVerdict()). Off by default:
     * open() then judges the file before it returns.
     */
    void setVerdictDeferred(bool deferred) { m_verdictDeferred = deferred; }
    /**
     * Reads a pending verdict's fingerprint on a thread of its own; the future finishes when
     * it is read, and awaitVerdict() then waits for nothing. Ready at once with none pending.
     */
    QFuture<void> startVerdict();
    /**
     * Waits for the verdict a deferred open left pending, if any. A file not as its certificate
     * says is read whole (quick_check), as an open without one would; a damaged one stays
     * closed to writes, and this returns false with status() Damaged and errorString() saying
     * what to do. True at once when nothing is pending.
     */
    bool awaitVerdict();
    /** Whether a deferred open's verdict is still to come (awaitVerdict()). */
    bool isVerdictPending() const { return m_pendingVerdict != nullptr; }
    /**
     * Copies the write-ahead log back into the file, as far as no reader holds it back. Open
     * turns SQLite's automatic checkpoints off, so that no answer waits for one; the
     * Collection calls this when the learner pauses, and closing does it too. Never before the
     * verdict: until then the file must stay as it was opened. A read-write open's checkpoint
     * runs on a thread of its own (Checkpointer), and this returns at once.
     */
    bool checkpoint();
    /** Waits for the checkpoints checkpoint() asked for; false if one failed. For tests. */
    bool waitForCheckpoint();
    /**
     * Hands the pages this connection's cache holds back to the system (sqlite3_db_release_memory):
     * after launch and when the learner pauses, a 100,000-card collection's pages read since are
     * tens of megabytes the next read finds in the system's file cache anyway.
     */
    void releaseMemory();
    /**
     * Waits until every commit so far is on the disk. A read-write connection commits without
     * waiting for the disk and flushes its log on a thread of its own (LogFlusher); closing
     * waits too. False if a flush failed.
     */
    bool waitForLogFlush();
    /** How many flushes of the log have run since open, for tests. */
    quint64 logFlushCount() const;

    Status status() const { return m_status; }
    /** A sentence for the learner, translated in the "DeckStore" context. */
    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }
    /**
     * Whether the file a read-write open holds is no longer at filePath() (deleted, its folder
     * moved or removed, another file put there). Nothing is lost: close() writes it back.
     */
    bool isFileGone() const;

    int schemaVersion() const;
    /**
     * Brings the open file to the current schema (as open() does) and merges the built-in deck
     * open() was given when the file has seen an older one: for a file whose content was
     * replaced (a restore). False, with errorString(), on failure; each step is one transaction.
     */
    bool upgrade();

    /** Version of the built-in deck last merged into this file. */
    int deckVersion() const;
    /** The built-in deck open() merged: what "Revert to built-in" goes back to. */
    const Deck &deck() const { return m_deck; }
    /** What open() merged; all zero when nothing was merged. */
    MergeReport lastMerge() const { return m_lastMerge; }
    /**
     * Whether open() read the whole file with SQLite's quick_check, rather than trusting the
     * certificate of a clean close (see "The file" in DESIGN.md).
     */
    bool checkedAtOpen() const { return m_checkedAtOpen; }
    /**
     * The fingerprint of the file as a clean close certified it and this open found it, when
     * nothing has been written since open began; empty otherwise. What was derived from the
     * collection as it was then (the note search's index) is still true of it. Waits for a
     * pending verdict first.
     */
    QByteArray certifiedFingerprint();
    /**
     * Called each time close() certifies the file, with its fingerprint and writeCount() as it
     * was just before the connection closed.
     */
    void setOnCertified(std::function<void(const QByteArray &fingerprint, qint64 writeCount)> onCertified)
    {
        m_onCertified = std::move(onCertified);
    }
    /** Moves with every write to the file, by this connection or any other of any process. */
    qint64 writeCount() const { return writesSoFar(); }
    /** How long a chain of certified closes may stand in for a whole check: a week. */
    static constexpr qint64 kCertificateLifeMs = 7LL * 24 * 3600 * 1000;
    /** The soundness certificate a clean close leaves beside the file at @p filePath. */
    static QString certificatePath(const QString &filePath);

    /**
     * Merges @p deck into the file in one transaction: new facts and cards are added,
     * changed facts updated, facts and cards the deck no longer has retired (kept with their
     * history, hidden from study). Card scheduling state and the review log are untouched.
     */
    std::optional<MergeReport> mergeDeck(const Deck &deck);

    /**
     * Facts in deck order, with texts in @p lang where the deck has them (else English). A
     * reader on another thread stops at the next row once @p stop is set, with part of them.
     */
    QList<Fact> facts(const QString &lang = {}, const std::atomic_bool *stop = nullptr) const;
    /** One fact by id (not retired), or std::nullopt. */
    std::optional<Fact> fact(qint64 id, const QString &lang = {}) const;
    /** The facts of @p ids that are not retired, in deck order, every statement prepared once. */
    QList<Fact> factsByIds(const QList<qint64> &ids, const QString &lang = {}) const;
    /** The entries CardTexts needs to render @p card alone (see CardTexts::render()). */
    QList<Fact> factsForCard(const CardInfo &card, const QString &lang = {}) const;
    /** Cards of one fact in study order. */
    QList<CardInfo> cardsOfFact(qint64 factId, const QString &lang = {}) const;
    /**
     * Every entry's cards (not retired), by entry id, each list as cardsOfFact() gives it: one
     * statement for the whole deck, where a call per entry costs a query each.
     */
    QHash<qint64, QList<CardInfo>> cardsByFact(const QString &lang = {}) const;
    /**
     * The cards of @p ids the note search finds, entries' and plain ones, in study order; ids
     * of cards that are gone or retired are left out.
     */
    QList<CardInfo> searchableCards(const QString &lang, const QList<qint64> &ids) const;
    /** Up to @p limit of all such cards with ids above @p afterId, by id: all of them a batch at a time. */
    QList<CardInfo> searchableCardsAfter(const QString &lang, qint64 afterId, int limit) const;
    /** One card, or std::nullopt if there is no such card. */
    std::optional<CardInfo> card(qint64 id, const QString &lang = {}) const;
    /** The review log of one card, oldest first. */
    QList<ReviewEntry> reviewsOfCard(qint64 cardId) const;
    /** The id of the card with @p key (retired ones included); 0 if there is none. */
    qint64 cardIdOfKey(const QString &key) const;
    DeckCounts counts() const;

    /** Saves a finished exam. */
    bool addExamResult(const ExamResult &result);
    /** Exams, newest first. */
    QList<ExamResult> examResults(int limit = 100) const;
    /** Saves a performance-based drill done. */
    bool addDrillResult(const DrillResult &result);
    /** Drills, newest first. */
    QList<DrillResult> drillResults(int limit = 1000) const;
    /** Puts @p cardIds at the front of the study queue from study day @p julianDay on. */
    bool boostCards(const QList<qint64> &cardIds, qint64 julianDay);
    /**
     * Logs an answer given outside the study session (quiz or exam) without touching the card's
     * schedule: the row records the card's state as it is. @p kind is "quiz" or "exam".
     */
    bool logPracticeAnswer(qint64 cardId, const QString &kind, qint64 timeMs, int rating,
                           qint64 responseMs, const QString &answer, const QString &verdict);

    /** The collection's random id (16 hex digits), made when it was created or upgraded. */
    QString collectionId() const;
    /** The collection's node: the high bits of every review-log id it makes. */
    qint64 collectionNode() const;
    /**
     * An SQL expression for the id of the next review-log row of this collection; an INSERT
     * into revlog puts it in the id column. A trigger moves the sequence on, so the next
     * expression gives the next id.
     */
    static QString nextReviewIdSql();
    /**
     * Makes the folder @p path (with any parents it needs), the folder itself readable by the
     * learner alone (0700) when it did not exist yet; an existing folder keeps its mode. False
     * if it cannot be made.
     */
    static bool makePrivateFolder(const QString &path);
    /**
     * Whether @p path, inside the data folder @p dataDir, is a symbolic link that leads out of
     * it, or nowhere yet: a sentence saying so, else empty. Portdeck never writes through such a link (a link
     * planted in the folder would have it overwrite a file elsewhere); the folder itself may be
     * a link.
     */
    static QString linkOutOf(const QString &dataDir, const QString &path);

    /**
     * Marks cards suspended (or not). No transaction of its own: the Collection service runs
     * it inside one, with undo. False, with errorString(), when a statement fails.
     */
    bool setSuspended(const QList<qint64> &cardIds, bool suspended);
    /**
     * Buries cards until @p untilMs (UTC; the start of the next study day): study skips them
     * until then, and they come back by themselves. 0 unburies. No transaction of its own.
     */
    bool setBuriedUntil(const QList<qint64> &cardIds, qint64 untilMs);
    /** Adds @p tag to cards that lack it. No transaction of its own. */
    bool tagCards(const QList<qint64> &cardIds, const QString &tag);
    /** The card's tags, sorted. */
    QStringList cardTags(qint64 cardId) const;

    /** A value of the collection's settings table; empty if unset. */
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);
    /** How the learner studies, as last saved (defaults until then). */
    StudySettings studySettings() const;
    bool setStudySettings(const StudySettings &settings);
    /**
     * Checks references (foreign keys) on this connection, or not; outside a transaction only.
     * A bulk load that makes every reference it writes itself (an import of cards) turns the
     * checks off for its transaction, a twentieth of its time, and on again after.
     */
    bool setForeignKeysChecked(bool checked);
    /**
     * SQLite's integrity and foreign-key checks, and a collection whose creation never
     * finished; empty when the file is sound.
     */
    QStringList integrityProblems() const;
    /**
     * SQLite's quick_check (every page read, no index compared); empty when it passes. A check
     * that could not run for another reason than damage (busy, the disk) puts SQLite's words
     * in @p notRun when given, and finds nothing.
     */
    QStringList quickCheckProblems(QString *notRun = nullptr) const;
    /** Whether the last error on @p db was SQLite finding the file corrupt or not a database. */
    static bool isCorruption(const QSqlDatabase &db);

    /**
     * Whether SQL has pow() (SQLite's math functions, a build option). Statistics fall back to
     * C++ without them. PORTDECK_NO_SQL_MATH=1 pretends they are missing, for tests.
     */
    bool hasSqlMath() const;

    /**
     * The forgetting curve (fsrs::Scheduler::forgettingCurve) as an SQL expression over
     * @p elapsedDays and @p stability (expressions). It binds, in order, the scheduler's
     * factor, whatever placeholders @p elapsedDays holds, and its decay. Needs hasSqlMath().
     */
    static QString forgettingCurveSql(const QString &elapsedDays, const QString &stability);

    /** The connection, for engine classes that build on the store. */
    QSqlDatabase database() const;

private:
    /** Moves with every write to the file, by this connection or any other. */
    qint64 writesSoFar() const;

    /** Cards with their texts in @p lang: @p condition is the WHERE clause and what follows it, with @p values bound after the language. */
    QList<CardInfo> readCards(const QString &condition, const QString &lang, const QVariantList &values = {}) const;

    Status openImpl(const QString &dataDir, Mode mode, const Deck &deck);
    Status fail(Status status, const QString &message);
    /** Damaged, said in a sentence (@p detail's first line) with the newest backup as the way out. */
    Status failDamaged(const QString &detail);
    /**
     * The file was deleted or moved away while open (its folder removed, a cleaning tool): the
     * connection still holds it whole, answers since then too. Written back to its place (or
     * beside a file that took it, as portdeck-rescued-TIME.sqlite) before the last handle goes.
     * True when it was gone.
     */
    bool writeBackIfGone();
    /** quick_check: every page read; Damaged, with the way out, if any fails. */
    Status checkWholeFile();
    /** Ends a pending verdict; @p readWholeIfChanged: quick_check a file not as certified. */
    bool settleVerdict(bool readWholeIfChanged);
    bool execAll(const QStringList &statements);
    /** One statement of a change, in the caller's transaction; sets errorString() on failure. */
    bool runChange(const QString &sql, const QVariantList &values);
    bool migrate(int from);
    bool backfillRecall(QSqlQuery &q);
    bool mergeInTransaction(const Deck &deck, MergeReport *report);
    /** Facts of the deck, or those of @p only. */
    QList<Fact> loadFacts(const QString &lang, const std::optional<QList<qint64>> &only,
                          const std::atomic_bool *stop = nullptr) const;

    QString m_connection;
    QString m_filePath;
    std::unique_ptr<QLockFile> m_lock;
    Status m_status = Status::Ok;
    QString m_error;
    MergeReport m_lastMerge;
    Deck m_deck;
    bool m_checkedAtOpen = false;
    bool m_creating = false; ///< this open is making the file: on failure it goes again
    QByteArray m_identityAtOpen; ///< device and inode of the file a read-write open holds
    /** When the file was last read whole and found sound (UTC ms); 0 unless opened sound read-write. */
    qint64 m_lastFullCheckMs = 0;
    // Opened with a certificate: its fingerprint, and what showed no write since (writesSoFar(),
    // the file's size and time); a close with all of them unchanged certifies it again unread.
    QByteArray m_printAtOpen;
    qint64 m_writesAtOpen = -1;
    QByteArray m_stampAtOpen;
    bool m_verdictDeferred = false;
    bool m_foundDamaged = false; ///< by a deferred verdict: closed to writes
    struct PendingVerdict;
    std::unique_ptr<PendingVerdict> m_pendingVerdict; ///< a deferred open's fingerprint, being read
    std::function<void(const QByteArray &, qint64)> m_onCertified;
    mutable std::optional<bool> m_sqlMath;
    mutable std::unique_ptr<SqliteStatement> m_cardById; ///< card()'s statement, prepared on first use
    std::unique_ptr<LogFlusher> m_logFlusher; ///< a read-write connection's, from open to close
    std::unique_ptr<Checkpointer> m_checkpointer; ///< likewise
};
