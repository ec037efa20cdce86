#pragma once

#include "collection.h"
#include "searchindex.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class DeckStore;

/**
 * The note search (Ctrl+K) over pages, entries and cards, built and kept current off the
 * window's thread. A build reads the collection through a read-only connection of its own on
 * a thread of its own (about a second at 100,000 cards); changes to cards re-index those cards
 * there, and changes to entries or notes build again. Jobs run one at a time, in the order
 * given; a search waits for the ones already given, so it sees every change made before it,
 * and no page ever waits for a build.
 *
 * The index is a file beside the collection (indexPath()), kept between sessions: when the
 * window closes with every change in it, and the collection's clean close certifies the file
 * (seal()), the index is stamped with the collection's fingerprint and what else it was made
 * of; the next session takes it up instead of building it when the collection it opened has
 * that fingerprint (DeckStore::certifiedFingerprint()) and nothing else changed.
 */
class SearchService : public QObject
{
    Q_OBJECT

public:
    /**
     * Searches @p collection (open read-write, outliving the service: its clean close seals the
     * index) in @p language, with the learner's notes in @p notesFolder.
     */
    SearchService(DeckStore *collection, const QString &language, const QString &notesFolder,
                  QObject *parent = nullptr);
    /** Waits for the job under way. */
    ~SearchService() override;

    /** Builds the index (again), from the collection and the notes as they are when the job runs. */
    void rebuild();
    /** Draft notes are found too when @p show; builds again when that changes after the first build. */
    void setShowDrafts(bool show);
    /** Re-indexes the cards @p changes names, or builds again when entries changed. */
    void collectionChanged(const CollectionChanges &changes);
    /** Up to @p limit hits for what the learner typed, after the jobs already given (a build first if none was asked for). */
    QList<SearchHit> search(const QString &query, int limit = 20);
    /** After the jobs already given: whether the last build took up the index of an earlier session. */
    bool tookUpIndex();
    /** Whether a build has been asked for (rebuild(), or a search). */
    bool isBuildAsked() const { return m_asked; }
    /** Why the last job failed; empty when it did not. */
    QString errorString() const;

    /** The index file of the collection in @p dataDir. */
    static QString indexPath(const QString &dataDir);
    /**
     * After the service of session @p token closed with every change indexed and the collection
     * in @p dataDir was certified with @p collectionFingerprint, with no write since: stamps the
     * index. The service arranges this itself (DeckStore::setOnCertified).
     */
    static void seal(const QString &dataDir, const QString &token, const QByteArray &collectionFingerprint);

    /** Bumped when the index's rows change shape, so an older file is built again. */
    static constexpr int kIndexFormat = 1;

private:
    void run(std::function<void()> job);
    void setError(const QString &error);
    /** Opens the index file once; false with its error. */
    bool openIndex();
    /** What the index is made of besides the collection, now. */
    QString inputsNow(bool drafts) const;

    /** What the collection's close needs to seal the index, shared with its callback. */
    struct Seal
    {
        QString token;       ///< set when the service closed with every change indexed
        qint64 writeCount = -1; ///< DeckStore::writeCount() then
    };

    DeckStore *m_collection; ///< read on the window's thread only
    const QString m_dataDir;
    const QString m_language;
    const QString m_notesFolder;
    bool m_mayTakeUp = true; ///< the first build may take up the last session's index: nothing changed yet
    std::shared_ptr<Seal> m_seal;
    bool m_showDrafts = false;
    bool m_asked = false; ///< a build was asked for: until then changes need no work
    QThreadPool m_jobs; ///< one thread: jobs in order
    mutable QMutex m_mutex; ///< guards m_index and m_error between the jobs' thread and searches
    std::unique_ptr<SearchIndex> m_index;
    QString m_error;
    QString m_inputs;        ///< what the index holds was made of (inputsNow() at its build)
    bool m_complete = false; ///< the index holds every change given so far
    bool m_tookUp = false;   ///< the last build took up an earlier session's index
    std::atomic_int m_lastQueued = 0;
    std::atomic_int m_lastDone = 0; ///< jobs run in order: all given have run when equal
    std::atomic_bool m_stopping = false; ///< the service is going: a build stops early
};
