#pragma once

#include "changerecorder.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

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
 * This is the first part of the collection service: bulk suspend and unsuspend go through it;
 * answers, edits and the rest move here as the collection issue goes on (see DESIGN.md).
 */
class Collection : public QObject
{
    Q_OBJECT

public:
    /** How many changes Undo can take back, newest first. */
    static constexpr int kUndoLimit = 100;

    explicit Collection(DeckStore *store, QObject *parent = nullptr);

    DeckStore *store() const { return m_store; }

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

    bool canUndo() const { return !m_undo.isEmpty(); }
    /** What Undo would take back, e.g. "Suspend 3 Cards"; empty when nothing. */
    QString undoText() const;
    /**
     * Takes back the last change exactly: each value it changed goes back to what it was.
     * Other columns changed since stay as they are; a value it changed that has changed again
     * since refuses the undo, and nothing is changed.
     */
    bool undo();

    /** Why the last operation failed, in a sentence for the learner. */
    QString errorString() const { return m_error; }

signals:
    void changed(const CollectionChanges &changes);
    /** canUndo() or undoText() changed. */
    void undoChanged();

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
    QList<UndoStep> m_undo;
    QString m_error;
};
