#pragma once

#include "backupstore.h"
#include "changerecorder.h"
#include "deck.h"
#include "memorystore.h"
#include "studysettings.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

class Clock;
class DeckStore;

/** What one change to the collection touched, so that pages refresh only what they show. */
struct CollectionChanges
{
    bool facts = false;      ///< entries added, edited or removed
    QList<qint64> cards;     ///< cards whose state, flags or texts changed
    bool reviews = false;    ///< the review log grew or shrank
    bool settings = false;   ///< study settings or parameters
    bool exams = false;      ///< an exam result was saved

    bool isEmpty() const { return !facts && cards.isEmpty() && !reviews && !settings && !exams; }
};
Q_DECLARE_METATYPE(CollectionChanges)

/**
 * The learner's collection as the pages see it: every change runs here as one transaction and
 * one undo step, and changed() says what it touched. Undo takes back the last change of any
 * kind exactly, from SQLite's own record of the rows it changed (ChangeRecorder).
 *
 * Answers (StudySession, QuizSession), the learner's edits and every bulk action of Browse
 * run here. Pages refresh from changed() alone.
 */
class Collection : public QObject
{
    Q_OBJECT

public:
    /** How many changes Undo can take back, newest first. */
    static constexpr int kUndoLimit = 100;

    explicit Collection(DeckStore *store, QObject *parent = nullptr);

    DeckStore *store() const { return m_store; }
    /** Where "now" comes from for the changes' times (the system's by default; tests set one). */
    void setClock(const Clock *clock);
    /** Drops every undo step: after a sync has sent or merged changes, they belong to every computer. */
    void clearUndo();

    /** Work inside a change: statements of the storage layer; false (with @p error) rolls back. */
    using Work = std::function<bool(QString *error)>;
    /**
     * Runs @p work as one transaction. On success it becomes an undo step named @p undoText,
     * and changed(@p changes) is emitted; on failure the collection is as it was. An empty
     * @p undoText makes a change Undo does not take back: a quiz answer, which the quiz goes
     * on from, or saved options. Older steps stay undoable around it. @p afterUndo runs when
     * the step has been undone, after changed(), for state kept outside the file (the study
     * queue puts the answered card back in front).
     */
    bool run(const QString &undoText, const CollectionChanges &changes, const Work &work,
             const std::function<void()> &afterUndo = {});

    /** Suspends (or unsuspends) cards: they leave (or rejoin) study until changed back. */
    bool setSuspended(const QList<qint64> &cardIds, bool suspended);
    /** Buries cards until @p untilMs, the start of the next study day: they come back then. */
    bool bury(const QList<qint64> &cardIds, qint64 untilMs);
    /** Flags cards in a colour, 1–4 (red, orange, green, blue); 0 clears. */
    bool setFlag(const QList<qint64> &cardIds, int flag);
    bool addTags(const QList<qint64> &cardIds, const QStringList &tags);
    bool removeTags(const QList<qint64> &cardIds, const QStringList &tags);
    /**
     * Saves @p settings (new FSRS parameters, a new desired retention) and gives the cards the
     * schedules a replay under them gave (Rescheduler, MemoryJob), with their due dates too if
     * @p withDue: one undo step, named @p undoText ("Reschedule N Cards" when empty). @p changed:
     * how many cards changed.
     */
    bool reschedule(const StudySettings &settings, const std::vector<ReplayedCard> &cards, bool withDue,
                    int *changed = nullptr, const QString &undoText = {});
    /** Resets cards to new ("forget") at @p nowMs (-1: now); their review log stays. */
    bool forget(const QList<qint64> &cardIds, qint64 nowMs = -1);
    /**
     * Makes studied cards due at @p dueMs; new cards stay new. @p moved: how many moved.
     * @p nowMs: when (-1: now).
     */
    bool setDue(const QList<qint64> &cardIds, qint64 dueMs, int *moved = nullptr, qint64 nowMs = -1);
    /** Deletes the learner's own cards among @p cardIds, with their reviews. */
    bool deleteCards(const QList<qint64> &cardIds, int *deleted = nullptr);

    /** Adds an own entry with its cards (EntryStore::addEntry); its id, or nullopt. */
    std::optional<qint64> addEntry(const DeckFact &entry);
    bool editEntry(qint64 factId, const DeckFact &entry);
    /** Takes the built-in text back for an edited built-in entry. */
    bool revertEntry(qint64 factId);
    bool deleteEntry(qint64 factId);
    /** The card types one entry studies; std::nullopt follows the deck. */
    bool setCardTypes(qint64 factId, const std::optional<QStringList> &templateKeys);
    /** The card types the whole deck does not study. */
    bool setDeckCardTypesOff(const QStringList &templateKeys);
    /** A plain question-and-answer card of the learner's own; its id, or nullopt. */
    std::optional<qint64> addCard(const QString &question, const QString &answer, const QStringList &tags = {});
    bool editCard(qint64 cardId, const QString &question, const QString &answer);
    bool revertCard(qint64 cardId);

    /** How backups are kept and how often the app takes them; no undo step. */
    bool setBackupSettings(const BackupSettings &settings);

    /**
     * Says that a change made on another connection has been committed (an import on its
     * worker thread): emits changed(@p changes) so pages refresh. It is no undo step; the
     * import's backup takes it back.
     */
    void announce(const CollectionChanges &changes) { emit changed(changes); }

    /**
     * Says that the whole collection was replaced under the connection (a restore on another
     * connection): the undo steps, which describe the old content, go, and changed() says that
     * everything changed, so every page reloads.
     */
    void replaced();

    bool canUndo() const { return !m_undo.isEmpty(); }
    /** What Undo would take back, e.g. "Suspend 3 Cards"; empty when nothing. */
    QString undoText() const;
    /**
     * Takes back the last change exactly: each value it changed goes back to what it was.
     * Other columns changed since stay as they are; a value it changed that has changed again
     * since refuses the undo, and nothing is changed.
     */
    bool undo();

    /**
     * The work a change leaves for a pause: the write-ahead log copied back into the file
     * (DeckStore::checkpoint), and a look that the file is still where it was opened
     * (fileGone()). It runs by itself a second after the last change.
     */
    void finishIdleWork();
    /**
     * Hands back the pages the connection cached and the free heap. It runs by itself once no
     * change has come for kRestMs: not at every pause between answers, where the next answer
     * would read its pages again (a millisecond and more at 100,000 cards).
     */
    void releaseIdleMemory();
    static constexpr int kRestMs = 30000;
    /** Whether releaseIdleMemory() is waiting for the rest after the last change. */
    bool isMemoryReleasePending() const;

    /** Why the last operation failed, in a sentence for the learner. */
    QString errorString() const { return m_error; }

signals:
    void changed(const CollectionChanges &changes);
    /** canUndo() or undoText() changed. */
    void undoChanged();
    /**
     * The collection's file was moved or deleted while open (DeckStore::isFileGone()), found
     * after a change; said once. Changes go on, and closing writes the collection back.
     */
    void fileGone(const QString &filePath);

private:
    struct UndoStep
    {
        QString text;
        CollectionChanges changes;
        QByteArray changeset;
        std::function<void()> afterUndo;
    };

    bool fail(const QString &message);

    DeckStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    QTimer *m_idle = nullptr;
    QTimer *m_rest = nullptr;
    bool m_toldFileGone = false;
    QList<UndoStep> m_undo;
    QString m_error;
};
