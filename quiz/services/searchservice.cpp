#include "searchservice.h"

#include "deckstore.h"
#include "notelibrary.h"

#include <QMutexLocker>
#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// A build reads and writes a hundred thousand rows through this thread's heap; what it freed
// goes back to the system, not kept for a build that may never come.
void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

SearchService::SearchService(const QString &dataDir, const QString &language, const QString &notesFolder,
                             QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_language(language)
    , m_notesFolder(notesFolder)
{
    m_jobs.setMaxThreadCount(1);
}

SearchService::~SearchService()
{
    // Closing must not wait for a build: the one under way stops at its next batch.
    m_stopping = true;
    m_jobs.clear();
    m_jobs.waitForDone();
}

void SearchService::run(std::function<void()> job)
{
    m_jobs.start(std::move(job));
}

void SearchService::setError(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_error = error;
}

void SearchService::rebuild()
{
    // A build makes the one after it unneeded until it starts: drop the ones still waiting,
    // whose card updates a build covers as well.
    m_jobs.clear();
    m_asked = true;
    run([this, drafts = m_showDrafts] {
        // Behind everything the learner is waiting for: the window's thread and the pages.
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        DeckStore store;
        if (store.open(m_dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok) {
            setError(store.errorString());
            return;
        }
        const QList<Fact> facts = store.facts(m_language);
        const NoteLibrary notes = NoteLibrary::load(facts, m_language, m_notesFolder, drafts);
        auto index = std::make_unique<SearchIndex>();
        bool ok = index->reset(notes, facts);
        // A batch at a time: a window that closes does not wait for the rest.
        constexpr int kBatch = 2048;
        for (qint64 last = 0; ok && !m_stopping;) {
            const QList<CardInfo> cards = store.searchableCardsAfter(m_language, last, kBatch);
            ok = index->addCards(cards);
            if (cards.size() < kBatch)
                break;
            last = cards.constLast().id;
        }
        if (m_stopping)
            return;
        if (!ok) {
            setError(index->errorString());
            return;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_index = std::move(index);
            m_error.clear();
        }
        releaseFreeMemory();
    });
}

void SearchService::setShowDrafts(bool show)
{
    if (show == m_showDrafts)
        return;
    m_showDrafts = show;
    if (m_asked)
        rebuild();
}

void SearchService::collectionChanged(const CollectionChanges &changes)
{
    if (changes.facts) {
        rebuild(); // an entry's name or ports are in other entries' cards too
        return;
    }
    if (changes.cards.isEmpty() || !m_asked)
        return;
    run([this, ids = changes.cards] {
        DeckStore store;
        if (store.open(m_dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok) {
            setError(store.errorString());
            return;
        }
        const QList<CardInfo> cards = store.searchableCards(m_language, ids);
        QSet<qint64> gone(ids.cbegin(), ids.cend());
        for (const CardInfo &c : cards)
            gone.remove(c.id);
        QMutexLocker lock(&m_mutex);
        if (m_index && !m_index->updateCards(cards, QList<qint64>(gone.cbegin(), gone.cend())))
            m_error = m_index->errorString();
    });
}

QList<SearchHit> SearchService::search(const QString &query, int limit)
{
    if (!m_asked)
        rebuild(); // searched before the build the window plans a moment after launch
    m_jobs.waitForDone();
    QMutexLocker lock(&m_mutex);
    return m_index ? m_index->search(query, limit) : QList<SearchHit>();
}

QString SearchService::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}
