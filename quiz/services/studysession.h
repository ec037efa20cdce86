#pragma once

#include "cardtext.h"
#include "clock.h"
#include "deckstore.h"
#include "fsrs.h"
#include "studyday.h"
#include "studysettings.h"
#include "studyqueue.h"
#include "studystore.h"

#include <QFuture>
#include <QObject>
#include <QSet>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

class Collection;

/**
 * The day's study: which card comes next, what each answer does, and undo.
 *
 * Queue order: learning cards due now, then reviews due today, then new cards up to the
 * daily limit (in deck order); cards a quiz sent to the front ("boosted") lead their queue;
 * when nothing else is left, learning cards due within the learn-ahead window. The review
 * limit counts new cards too. Once a card of a fact has been answered today, the fact's other
 * new and review cards wait until tomorrow. StudyQueue builds the queue, and the Progress page
 * counts the same one.
 *
 * Each answer is one transaction: the card's new state and a review-log row commit together.
 * Time comes from the injected Clock; days are the learner's StudyDay (rollover hour, local
 * wall clock), so a clock that goes backwards never yields negative elapsed days.
 */
class StudySession : public QObject
{
    Q_OBJECT

public:
    /** Cards left today, as shown above the card. */
    struct Counts
    {
        int newCards = 0;
        int learning = 0;
        int review = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    StudySession(DeckStore *store, const Clock *clock, const QString &language = {},
                 const QTimeZone &zone = QTimeZone::systemTimeZone(), QObject *parent = nullptr);
    ~StudySession() override;

    const StudySettings &settings() const { return m_settings; }
    /** Saves @p settings in the deck and rebuilds the queue. */
    bool setSettings(const StudySettings &settings);
    const StudyDay &studyDay() const { return m_day; }
    const fsrs::Scheduler &scheduler() const { return m_scheduler; }
    /**
     * Every entry's texts: read when first asked for, or by prefetchTexts(). The first card
     * does not wait for them (render()).
     */
    const CardTexts &texts() const;
    /** The text of @p card, from texts() once read, else from the entries it names alone. */
    CardText render(const CardInfo &card) const;
    /**
     * Reads texts() on a thread of its own, with a connection of its own, so that neither a
     * typed answer nor another page waits for them later; the window asks just after its
     * first frame. The result is dropped if entries change meanwhile.
     */
    void prefetchTexts();
    /** Whether texts() has been read (by a prefetch or on demand). */
    bool areTextsRead() const { return m_texts.has_value(); }

    bool hasCard() const { return m_current.has_value(); }
    /** The card to study now; only valid while hasCard(). */
    const CardInfo &currentCard() const { return *m_current; }
    CardText currentText() const;
    Counts counts() const { return m_counts; }
    /** Cards answered in the study session today (the current study day). */
    int answeredToday() const { return m_answeredToday; }

    /** The card's state after each rating (Again first) if it were answered now. */
    std::array<fsrs::Card, 4> preview() const;
    /** Time until the card would be due after each rating, in milliseconds. */
    std::array<qint64, 4> previewIntervals() const;

    /**
     * Answers the current card. @p responseMs, @p typedAnswer and @p verdict go into the
     * review log as they are (-1 / empty when unknown). False, with errorString(), if the
     * database refused; nothing changes then.
     */
    bool answer(fsrs::Rating rating, qint64 responseMs = -1, const QString &typedAnswer = {},
                const QString &verdict = {});
    /** The id of the review-log row the last answer wrote. */
    qint64 lastReviewId() const;

    /** Whether Undo can take something back: with a collection, its last change of any kind. */
    bool canUndo() const;
    /**
     * Takes back the last answer exactly: card state restored, its review-log row removed.
     * With a collection, takes back the collection's last change, whatever it was.
     */
    bool undo();
    /**
     * Answers become changes of @p collection: one transaction and one undo step each, with
     * the collection's signals; changes it makes elsewhere refresh the queue.
     */
    void setCollection(Collection *collection);

    /**
     * Studies exactly @p cardIds, in this order, instead of the day's queue: "Study my weakest".
     * Answers are scheduled as always; a card answered Again comes back after its learning step,
     * and no sibling is buried. Ends with endFocus(); the day's queue is rebuilt then.
     */
    void startFocus(const QList<qint64> &cardIds);
    void endFocus();
    bool isFocused() const { return m_focused; }
    /** The cards the focus began with. */
    int focusSize() const { return static_cast<int>(m_focusIds.size()); }

    /**
     * When the next card becomes due, if the queue is empty now; std::nullopt if never. In a
     * focus, only the focus cards still learning count.
     */
    std::optional<qint64> nextDueMs() const;
    /** When the current study day ends (UTC ms): buried cards come back then. */
    qint64 dayEndMs() const { return m_dayEnd; }
    /** Re-reads the queue, e.g. after time passed or the day rolled over, and picks a card. */
    void refresh();
    /**
     * Like refresh(), but a current card whose schedule nothing changed stays current (the
     * learner may be halfway through it), and countsChanged() says so. Otherwise the next card
     * is picked and currentChanged() emitted.
     */
    void refreshKeepingCurrent();
    /** Why the last operation failed; after refresh(), non-empty if the deck could not be read. */
    QString errorString() const { return m_error; }
    QString language() const { return m_language; }

signals:
    /** The card to study changed (or the queue ran out). */
    void currentChanged();
    /** The queue's counts changed while the current card stayed (see refresh()). */
    void countsChanged();
    /** An answer was committed. */
    void answered(qint64 cardId, int rating);
    /** The last answer was taken back. */
    void undone(qint64 cardId);
    /**
     * The card in front changed in place (a flag, a tag, its text) and stays in front: the
     * page shows it anew without starting the card over.
     */
    void currentUpdated();
    /** Entries were added or edited: texts() reads them anew. */
    void factsChanged();
    /**
     * The answer made the card a leech: forgotten StudySettings::leechLapses times. It is
     * tagged "leech", and @p suspended says whether it was suspended too.
     */
    void leech(qint64 cardId, bool suspended);

private:
    /** The card in front as stored now, if it is still to be studied as it was; else false. */
    bool takeStoredCurrent();

    using Entry = QueuedCard;
    struct UndoRecord
    {
        CardInfo before;
        qint64 reviewId = 0;
        qint64 boostDay = 0; ///< the card's quiz boost the answer used up, if any
        int focusIndex = -1; ///< where the card stood among the focus cards not yet answered
    };

    void applySettings(const StudySettings &settings);
    void rebuild();
    void pickNext();
    void trimNewQueue();
    void updateLearningCount();
    void bury(qint64 factId);
    /**
     * The focus cards already answered that are in (re)learning, due before @p dueBefore: the
     * first one, or how many. Cards not yet answered wait in the queue, whatever their state.
     */
    std::optional<qint64> nextFocusLearning(qint64 dueBefore, int *count = nullptr) const;
    std::optional<qint64> nextLearning(qint64 dueBefore);
    int elapsedDaysFor(const CardInfo &card, qint64 nowMs) const;
    bool fail(const QString &what);
    /** After the answer to @p cardId was taken back in the file: the queue as it was. */
    void restoreUndone(qint64 cardId);

    DeckStore *m_store;
    Collection *m_collection = nullptr;
    bool m_answering = false; ///< inside answer(): the collection's signal is our own
    const Clock *m_clock;
    QString m_language;
    QTimeZone m_zone;
    StudySettings m_settings;
    StudyDay m_day;
    fsrs::Scheduler m_scheduler;
    mutable std::optional<CardTexts> m_texts; ///< read on first use
    int m_textsGeneration = 0; ///< moves with every change to entries: a prefetch of older ones is dropped
    // The prefetch under way: its reader stops at the next row once the session closes, whose
    // connection must close last (only then is the collection certified).
    std::shared_ptr<std::atomic_bool> m_stopPrefetch = std::make_shared<std::atomic_bool>(false);
    mutable QFuture<std::optional<CardTexts>> m_prefetch;
    int m_prefetchGeneration = 0; ///< the m_textsGeneration the prefetch under way reads
    StudyStore m_studyStore;

    qint64 m_dayStart = 0;
    qint64 m_dayEnd = 0;
    int m_newDone = 0;
    int m_newLimit = 0; ///< the day's new-card limit (StudyQueue::newLimit)
    int m_reviewsDone = 0;
    int m_answeredToday = 0;
    QSet<qint64> m_buried;
    QList<Entry> m_reviewQueue;
    QList<Entry> m_newQueue;
    std::optional<CardInfo> m_current;
    Counts m_counts;
    QList<UndoRecord> m_undo;
    bool m_focused = false;
    QList<qint64> m_focusIds;     ///< every card of the focus, in order
    QList<qint64> m_focusLeft;    ///< focus cards not answered yet
    QString m_error;
};

/** A short interval for a rating button: "<1m", "10m", "3h", "4d", "2.1mo", "1.5y". */
QString formatInterval(qint64 ms);
