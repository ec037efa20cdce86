#pragma once

#include "fsrs.h"
#include "syncrecord.h"
#include "syncrecordsink.h"
#include "trainingset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

struct Deck;
class DeckStore;
class SqliteStatement;

/** Another computer of the sync folder, as this collection knows it. */
struct SyncPeer
{
    qint64 node = 0;
    QString collectionId;
    QString name;
    qint64 segmentsRead = 0;   ///< its journal's segments merged so far (1 … n)
    qint64 lastMergeMs = 0;    ///< when something of it was last merged; 0 never
};

/** Where and how often this computer syncs; its own, never sent to the others. */
struct SyncSettings
{
    static constexpr int kDefaultIntervalMinutes = 5;

    QString folder;            ///< the shared folder; empty: sync is off
    QString computerName;      ///< how the other computers list this one
    int intervalMinutes = kDefaultIntervalMinutes; ///< while open; 0: only on start, on close and by hand

    bool isOn() const { return !folder.isEmpty(); }
    QByteArray toJson() const;
    static SyncSettings fromJson(const QByteArray &json);
};

/** A card a merge replays. */
struct SyncReplayTarget
{
    qint64 id = 0;
    QString key;
    qint64 resetAt = 0;                                 ///< answers from here on count
    std::optional<std::pair<qint64, qint64>> dueSet;    ///< when, and the due date the learner set
};

/** What this collection wrote into its journal: changes since its last segment. */
struct SyncOutgoing
{
    qint64 registers = 0;
    qint64 reviews = 0;
    qint64 lastStamp = 0;         ///< the newest register stamp included
    qint64 lastReviewSeq = 0;     ///< the last sync_review_log row included
    bool carriesBaseline = false; ///< the reviews made before sync was set up are included
    bool isEmpty() const { return registers == 0 && reviews == 0; }
};

/**
 * The sync tables (schema v14) and what a merge writes: the only code that knows how the
 * collection becomes registers and reviews and back.
 *
 * Registers, by name (fields separated by U+001F):
 * - `c␟KEY␟` a card: "" for one the deck or its entry makes, {"q","a"} JSON for an own card
 *   or an edited one, a tombstone once deleted; `c␟KEY␟flag`, `susp`, `bury`, `reset`
 *   (forget), `due` (a set due date), `tag␟WORD` ("1" or "0");
 * - `f␟KEY␟` an entry: "" for a built-in one as the deck has it, its JSON when own or edited,
 *   a tombstone once deleted; `f␟KEY␟types` its card types ("*": the deck's choice);
 * - `s␟study␟FIELD` each study option, `s␟card_types_off`, `s␟rescheduled` (a reschedule,
 *   which every computer then replays).
 * A tombstone always wins over a value: a deleted card or entry stays deleted everywhere, and
 * its key is never used again. Every other register keeps the newest stamp.
 *
 * No method opens a transaction: SyncService runs each step in one.
 */
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)

public:
    explicit SyncStore(DeckStore &store);

    SyncSettings settings() const;
    bool setSettings(const SyncSettings &settings);
    /** When this collection last synced (UTC ms); 0 never. */
    qint64 lastSyncMs() const;
    bool setLastSyncMs(qint64 ms);

    /**
     * Keeps SQLite's statement journals in memory while a merge runs (on) and puts them back
     * in temporary files after (off): each review a merge adds opens one, and on disk they
     * were most of the merge's time. A larger page cache, and the file read through a memory
     * map rather than a system call a page, while it runs too: a first sync reads all of it.
     */
    bool setBulkWrites(bool on);
    /**
     * Many reviews at once (the first sync, a merge of tens of thousands): the review log's
     * triggers and indexes are set aside (inside the caller's transaction); at the end the
     * indexes are built again and what the triggers keep, the summary, the totals and the id
     * sequence, is counted again. Row by row they were most of a first sync's time.
     */
    bool beginBulkReviews();
    bool endBulkReviews();

    /** Whether this collection has synced: its changes are tracked from then on. */
    bool isEnabled() const;
    /**
     * Starts tracking: reviews from before v5 get ids of this collection's node, and every
     * card, entry, option and review becomes part of the next segment.
     */
    bool enable(qint64 nowMs);
    /** Takes the registers of everything changed since the last capture (the triggers' list). */
    bool capture(qint64 nowMs);

    /** The hybrid logical clock's last reading. */
    qint64 clock() const;
    bool observeClock(qint64 stamp);

    /**
     * Hands this computer's changes since its last segment to @p sink, in order: its registers,
     * then its reviews and undos (the first time, every review it had when sync was set up).
     */
    std::optional<SyncOutgoing> outgoing(SyncRecordSink *sink) const;
    /** Records that a segment with what outgoing() gave was written as number @p segment. */
    bool markSent(const SyncOutgoing &sent, qint64 segment, const QByteArray &digest);
    /**
     * Records the segment about to be written (its number and digest), before it is renamed
     * into place: a segment found after a kill is then known as this collection's own.
     */
    bool notePendingSegment(qint64 segment, const QByteArray &digest);
    /** Whether @p segment with @p digest is the one notePendingSegment() recorded. */
    bool isPendingSegment(qint64 segment, const QByteArray &digest) const;
    /** Records the pending @p segment, found whole after a kill, as written (not what it sent). */
    bool adoptSegment(qint64 segment, const QByteArray &digest);
    qint64 segmentsWritten() const;
    QByteArray lastSegmentDigest() const;

    QList<SyncPeer> peers() const;
    bool notePeer(const SyncPeer &peer);

    /**
     * Resolves @p writes against the registers held (newest stamp wins, tombstones always) and
     * writes the winners into the collection. Cards whose schedule must be replayed go into
     * @p replay (keys); @p replayAll when another computer rescheduled every card.
     */
    bool applyRegisters(const std::vector<RegisterWrite> &writes, const Deck &deck, QSet<QString> *replay,
                        bool *replayAll, QStringList *problems);
    /** Adds and takes back reviews in order; their cards go into @p replay. */
    bool applyReviews(const std::vector<ReviewRecord> &reviews, QSet<QString> *replay, qint64 *added,
                      qint64 *dropped);
    /**
     * The cards this collection answered since its last segment that have another computer's
     * answers too. A merge replays them: an answer given while this computer's clock was behind
     * another's must take its place in the card's history by time, as on every other computer.
     */
    bool answeredSinceSent(QSet<QString> *keys) const;
    /**
     * What a replay of the cards of @p keys (every card with @p all) needs: the cards, and
     * their study answers from each one's last reset, by card, then time (then id), each with
     * the card's fuzz seed (cardSeedNumber). Many cards are read in one pass over the cards
     * and one over the log; a few, a lookup each (@p reading chooses, for tests).
     */
    enum class Reading { BySize, Lookups, OnePass };
    bool replayInputs(const QSet<QString> &keys, bool all, std::vector<SyncReplayTarget> *targets,
                      std::vector<fsrs::LoggedReview> *answers, Reading reading = Reading::BySize);
    /**
     * Saves each target's replayed schedule (a card without answers is new); a due date set
     * after the last answer stays, as CardWriter::setDue left it. With @p memoryOnlyBut, only
     * the memory (stability, difficulty) of cards not named in it changes.
     */
    bool writeSchedules(const std::vector<SyncReplayTarget> &targets, const QHash<qint64, fsrs::Card> &replayed,
                        const QSet<QString> *memoryOnlyBut = nullptr);

    /** The collection as every computer must agree on it, one line a row, sorted. */
    QByteArray canonicalDump() const;

    /** Whether @p key was a card's or an entry's that was deleted: such keys are not used again. */
    bool isRetiredKey(const QString &key) const;

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool sqlFail(const QString &message);
    /** Binds @p r to an insert into revlog (@p cardId) or sync_waiting_reviews (0: by key) and runs it. */
    static bool bindReview(SqliteStatement &s, const ReviewRecord &r, qint64 cardId);
    /** Moves waiting reviews whose card is here now into the log; drops those of deleted cards. */
    bool adoptWaitingReviews(QSet<QString> *replay, qint64 *added, qint64 *dropped);

    DeckStore &m_store;
    mutable QString m_error; // outgoing() is const, and says why it failed too
    QString m_savedCacheSize;
    QString m_savedMmapSize;
    QStringList m_suspended; ///< the CREATE statements of the review log's triggers and indexes set aside
};
