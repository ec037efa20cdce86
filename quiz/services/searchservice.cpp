#include "searchservice.h"

#include "deckstore.h"
#include "notelibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <utility>

namespace {

// A build reads and writes a hundred thousand rows through this thread's heap; what it freed
// goes back to the system, not kept for a build that may never come.
void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// Keys of the notes the index file keeps beside it.
const QString kInputsNote = QStringLiteral("inputs");

} // namespace

SearchService::SearchService(DeckStore *collection, const QString &language, const QString &notesFolder,
                             QObject *parent)
    : QObject(parent)
    , m_collection(collection)
    , m_dataDir(QFileInfo(collection->filePath()).absolutePath())
    , m_language(language)
    , m_notesFolder(notesFolder)
    , m_seal(std::make_shared<Seal>())
{
    m_jobs.setMaxThreadCount(1);
    // The index is kept for the next session once the collection closes certified, with no
    // write after this service noted its index complete (an import that lands as the window
    // closes never reached it).
    collection->setOnCertified([dataDir = m_dataDir, seal = m_seal](const QByteArray &fingerprint, qint64 writeCount) {
        if (!seal->token.isEmpty() && seal->writeCount == writeCount)
            SearchService::seal(dataDir, seal->token, fingerprint);
    });
}

SearchService::~SearchService()
{
    // Closing must not wait for a build: the one under way stops at its next batch.
    m_stopping = true;
    m_jobs.clear();
    m_jobs.waitForDone();
    // Every change of the session is in the index: once the collection is certified as it
    // closes (seal()), the next session may take the index up instead of building it.
    QMutexLocker lock(&m_mutex);
    if (m_index && m_complete && m_lastDone == m_lastQueued) {
        // The token ties the note to this session: seal() stamps no other session's.
        const QString token = QString::number(QRandomGenerator::system()->generate64(), 16);
        if (m_index->setNote(kInputsNote, m_inputs + QLatin1Char('|') + token)) {
            m_seal->token = token;
            m_seal->writeCount = m_collection->writeCount();
        }
    }
}

QString SearchService::indexPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("portdeck-search.sqlite"));
}

void SearchService::seal(const QString &dataDir, const QString &token, const QByteArray &collectionFingerprint)
{
    if (!QFile::exists(indexPath(dataDir)))
        return;
    SearchIndex index(indexPath(dataDir));
    const QString note = index.note(kInputsNote);
    const QString ending = QLatin1Char('|') + token;
    if (token.isEmpty() || !note.endsWith(ending))
        return;
    index.setStamp(QString::fromLatin1(collectionFingerprint) + QLatin1Char('|') + note.chopped(ending.size()));
    index.setNote(kInputsNote, {});
}

QString SearchService::inputsNow(bool drafts) const
{
    // What the index is made of besides the collection: this version's built-in notes and
    // card texts, the language, drafts or not, and the learner's note files as they are.
    QCryptographicHash notes(QCryptographicHash::Sha1);
    if (!m_notesFolder.isEmpty()) {
        const QFileInfoList files = QDir(m_notesFolder).entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files)
            notes.addData(QStringLiteral("%1 %2 %3\n")
                              .arg(file.fileName())
                              .arg(file.size())
                              .arg(file.lastModified().toMSecsSinceEpoch())
                              .toUtf8());
    }
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(QStringLiteral(PORTDECK_VERSION), m_language, drafts ? QStringLiteral("drafts") : QStringLiteral("-"),
             QString::fromLatin1(notes.result().toHex()))
        .arg(kIndexFormat);
}

void SearchService::run(std::function<void()> job)
{
    const int number = ++m_lastQueued;
    m_jobs.start([this, number, job = std::move(job)] {
        job();
        m_lastDone = number;
    });
}

void SearchService::setError(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_error = error;
    m_complete = false;
}

bool SearchService::openIndex()
{
    QMutexLocker lock(&m_mutex);
    if (!m_index) {
        m_index = std::make_unique<SearchIndex>(indexPath(m_dataDir));
        if (!m_index->errorString().isEmpty()) { // not a database (any more): made anew
            m_index.reset();
            QFile::remove(indexPath(m_dataDir));
            m_index = std::make_unique<SearchIndex>(indexPath(m_dataDir));
        }
    }
    return m_index->errorString().isEmpty();
}

void SearchService::rebuild()
{
    // A build makes the one after it unneeded until it starts: drop the ones still waiting,
    // whose card updates a build covers as well.
    m_jobs.clear();
    m_asked = true;
    // Only the session's first build may take up the index, and only if nothing changed before it.
    // Asked here, not at launch: a deferred open's verdict comes after the first frame.
    const QString fingerprint = QString::fromLatin1(m_collection->certifiedFingerprint());
    const bool mayTakeUp = std::exchange(m_mayTakeUp, false) && !fingerprint.isEmpty();
    run([this, drafts = m_showDrafts, mayTakeUp, fingerprint] {
        // Behind what the learner is waiting for (the window's thread, the pages); not idle
        // priority, which a busy machine could starve while a search waits for it.
        QThread::currentThread()->setPriority(QThread::LowPriority);
        const QString inputs = inputsNow(drafts);
        if (!openIndex()) {
            setError(m_index->errorString());
            return;
        }
        {
            // The index a clean close left, of the collection exactly as it is now: taken up.
            QMutexLocker lock(&m_mutex);
            const bool current = mayTakeUp && m_index->stamp() == fingerprint + QLatin1Char('|') + inputs;
            m_index->setStamp({}); // in use: it follows this session's changes from now on
            m_index->setNote(kInputsNote, {});
            m_tookUp = current && m_index->reuse();
            if (m_tookUp) {
                m_inputs = inputs;
                m_complete = true;
                m_error.clear();
                return;
            }
            m_complete = false;
        }
        DeckStore store;
        if (store.open(m_dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok) {
            setError(store.errorString());
            return;
        }
        const QList<Fact> facts = store.facts(m_language);
        const NoteLibrary notes = NoteLibrary::load(facts, m_language, m_notesFolder, drafts);
        bool ok = m_index->reset(notes, facts);
        if (!ok) { // a file left damaged by a crash: made anew
            QMutexLocker lock(&m_mutex);
            m_index.reset();
            QFile::remove(indexPath(m_dataDir));
            m_index = std::make_unique<SearchIndex>(indexPath(m_dataDir));
            ok = m_index->reset(notes, facts);
        }
        // A batch at a time: a window that closes does not wait for the rest.
        constexpr int kBatch = 2048;
        for (qint64 last = 0; ok && !m_stopping;) {
            const QList<CardInfo> cards = store.searchableCardsAfter(m_language, last, kBatch);
            ok = m_index->addCards(cards);
            if (cards.size() < kBatch)
                break;
            last = cards.constLast().id;
        }
        if (m_stopping)
            return;
        if (!ok) {
            setError(m_index->errorString());
            return;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_inputs = inputs;
            m_complete = true;
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
    if (changes.facts || !changes.cards.isEmpty())
        m_mayTakeUp = false; // the index of the last session lacks this change
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
        if (m_index && !m_index->hasFacts()) // an index taken up: the entries its cards' texts need
            m_index->setFacts(store.facts(m_language));
        if (m_index && !m_index->updateCards(cards, QList<qint64>(gone.cbegin(), gone.cend()))) {
            m_error = m_index->errorString();
            m_complete = false;
        }
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

bool SearchService::tookUpIndex()
{
    m_jobs.waitForDone();
    QMutexLocker lock(&m_mutex);
    return m_tookUp;
}

QString SearchService::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}
