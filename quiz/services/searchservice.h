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

/**
 * The note search (Ctrl+K) over pages, entries and cards, built and kept current off the
 * window's thread. A build reads the collection through a read-only connection of its own on
 * a thread of its own (about a second at 100,000 cards, in SQLite's temporary file rather than
 * in memory); changes to cards re-index those cards there, and changes to entries or notes
 * build again. Jobs run one at a time, in the order given; a search waits for the ones already
 * given, so it sees every change made before it, and no page ever waits for a build.
 */
class SearchService : public QObject
{
    Q_OBJECT

public:
    /** Searches the collection in @p dataDir, in @p language, with the learner's notes in @p notesFolder. */
    SearchService(const QString &dataDir, const QString &language, const QString &notesFolder,
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
    /** Whether a build has been asked for (rebuild(), or a search). */
    bool isBuildAsked() const { return m_asked; }
    /** Why the last job failed; empty when it did not. */
    QString errorString() const;

private:
    void run(std::function<void()> job);
    void setError(const QString &error);

    const QString m_dataDir;
    const QString m_language;
    const QString m_notesFolder;
    bool m_showDrafts = false;
    bool m_asked = false; ///< a build was asked for: until then changes need no work
    QThreadPool m_jobs; ///< one thread: jobs in order
    mutable QMutex m_mutex; ///< guards m_index and m_error between the jobs' thread and searches
    std::unique_ptr<SearchIndex> m_index;
    QString m_error;
    std::atomic_bool m_stopping = false; ///< the service is going: a build stops early
};
