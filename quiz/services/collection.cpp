#include "collection.h"
#include "diskproblem.h"

#include "cardwriter.h"
#include "clock.h"
#include "deckstore.h"
#include "entrystore.h"
#include "syncstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTranslator>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// Texts with a count (%n) read "1 card" and "3 cards" only with English plural forms, which a
// translation file holds. Installed as the application starts, before the learner's language,
// which Qt then searches first.
void installEnglishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/plurals/portdeck_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)

namespace {

// Every table a change may touch. meta stays out: its review-log sequence must never go back.
const QStringList &recordedTables()
{
    static const QStringList tables = {
        QStringLiteral("facts"),       QStringLiteral("fact_ports"),   QStringLiteral("fact_aliases"),
        QStringLiteral("fact_tags"),   QStringLiteral("fact_counterparts"), QStringLiteral("fact_texts"),
        QStringLiteral("cards"),       QStringLiteral("card_texts"),   QStringLiteral("card_boosts"),
        QStringLiteral("card_tags"),   QStringLiteral("revlog"),       QStringLiteral("exam_results"),
        QStringLiteral("drill_results"), QStringLiteral("settings"),
    };
    return tables;
}

} // namespace

namespace {
const SystemClock kSystemClock;
} // namespace

Collection::Collection(DeckStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(&kSystemClock)
    , m_idle(new QTimer(this))
    , m_rest(new QTimer(this))
{
    qRegisterMetaType<CollectionChanges>();
    m_idle->setSingleShot(true);
    m_idle->setInterval(1000);
    connect(m_idle, &QTimer::timeout, this, &Collection::finishIdleWork);
    m_rest->setSingleShot(true);
    m_rest->setInterval(kRestMs);
    connect(m_rest, &QTimer::timeout, this, &Collection::releaseIdleMemory);
}

void Collection::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &kSystemClock;
}

void Collection::clearUndo()
{
    if (m_undo.isEmpty())
        return;
    m_undo.clear();
    emit undoChanged();
}

void Collection::finishIdleWork()
{
    m_idle->stop();
    m_store->checkpoint(); // on a thread of its own: the window does not wait for the copy
    if (!m_toldFileGone && m_store->isFileGone()) {
        m_toldFileGone = true;
        emit fileGone(m_store->filePath());
    }
    m_rest->start(); // again: a learner answering every few seconds keeps the cache warm
}

void Collection::releaseIdleMemory()
{
    m_rest->stop();
    m_store->releaseMemory();
#ifdef __GLIBC__
    malloc_trim(0); // the heap the change's pages refreshed with, kept only while work goes on
#endif
}

bool Collection::isMemoryReleasePending() const
{
    return m_rest->isActive();
}

bool Collection::fail(const QString &message)
{
    m_error = DiskProblem::explain(message, m_store->filePath()); // "the disk is full", not "I/O error"
    return false;
}

bool Collection::run(const QString &undoText, const CollectionChanges &changes, const Work &work,
                     const std::function<void()> &afterUndo)
{
    m_error.clear();
    if (!m_store->awaitVerdict()) // a deferred open's: nothing is written before it
        return fail(tr("The change was not saved: %1").arg(m_store->errorString()));
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return fail(tr("The change was not saved: %1").arg(db.lastError().text()));
    ChangeRecorder recorder;
    QString error;
    const bool undoable = !undoText.isEmpty();
    if ((undoable && !recorder.start(db, recordedTables(), &error)) || !work(&error)) {
        recorder.finish();
        db.rollback();
        return fail(tr("The change was not saved: %1").arg(error));
    }
    const QByteArray changeset = recorder.finish();
    // The sync journal's registers, stamped with the change's time (nothing before a first sync).
    SyncStore sync(*m_store);
    if (!sync.capture(m_clock->nowMs())) {
        db.rollback();
        return fail(tr("The change was not saved: %1").arg(sync.errorString()));
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(tr("The change was not saved: %1").arg(message));
    }
    if (!changeset.isEmpty()) {
        m_undo.append({undoText, changes, changeset, afterUndo});
        if (m_undo.size() > kUndoLimit)
            m_undo.removeFirst();
        emit undoChanged();
    }
    m_idle->start();
    emit changed(changes);
    return true;
}

bool Collection::setSuspended(const QList<qint64> &cardIds, bool suspended)
{
    const auto count = cardIds.size();
    QString text;
    if (suspended)
        text = tr("Suspend %n Card(s)", nullptr, int(count));
    else
        text = tr("Unsuspend %n Card(s)", nullptr, int(count));
    CollectionChanges changes;
    changes.cards = cardIds;
    return run(text, changes, [&](QString *error) {
        if (m_store->setSuspended(cardIds, suspended))
            return true;
        *error = m_store->errorString();
        return false;
    });
}

bool Collection::bury(const QList<qint64> &cardIds, qint64 untilMs)
{
    const auto count = cardIds.size();
    CollectionChanges changes;
    changes.cards = cardIds;
    return run(tr("Bury %n Card(s)", nullptr, int(count)), changes, [&](QString *error) {
        if (m_store->setBuriedUntil(cardIds, untilMs))
            return true;
        *error = m_store->errorString();
        return false;
    });
}

namespace {

// Runs one writer call inside the change, taking the writer's message on failure.
template<typename Writer, typename Call>
Collection::Work writerWork(DeckStore *store, Call call)
{
    return [store, call](QString *error) {
        Writer writer(*store);
        if (call(writer))
            return true;
        *error = writer.errorString();
        return false;
    };
}

} // namespace

bool Collection::setFlag(const QList<qint64> &cardIds, int flag)
{
    CollectionChanges changes;
    changes.cards = cardIds;
    const QString text = flag == 0 ? tr("Clear Flag of %n Card(s)", nullptr, int(cardIds.size()))
                                   : tr("Flag %n Card(s)", nullptr, int(cardIds.size()));
    return run(text, changes, writerWork<CardWriter>(m_store, [&](CardWriter &w) { return w.setFlag(cardIds, flag); }));
}

bool Collection::addTags(const QList<qint64> &cardIds, const QStringList &tags)
{
    CollectionChanges changes;
    changes.cards = cardIds;
    return run(tr("Tag %n Card(s)", nullptr, int(cardIds.size())), changes,
               writerWork<CardWriter>(m_store, [&](CardWriter &w) { return w.addTags(cardIds, tags); }));
}

bool Collection::removeTags(const QList<qint64> &cardIds, const QStringList &tags)
{
    CollectionChanges changes;
    changes.cards = cardIds;
    return run(tr("Remove Tags from %n Card(s)", nullptr, int(cardIds.size())),
               changes, writerWork<CardWriter>(m_store, [&](CardWriter &w) { return w.removeTags(cardIds, tags); }));
}

bool Collection::reschedule(const StudySettings &settings, const std::vector<ReplayedCard> &cards, bool withDue,
                            int *changed, const QString &undoText)
{
    CollectionChanges changes;
    changes.settings = true;
    changes.cards.reserve(qsizetype(cards.size()));
    for (const ReplayedCard &c : cards)
        changes.cards.append(c.cardId);
    const QString text = !undoText.isEmpty() ? undoText
                         : withDue          ? tr("Reschedule %n Card(s)", nullptr, int(cards.size()))
                                            : tr("Use New Memory Parameters");
    return run(text, changes, [&](QString *error) {
        // "rescheduled" tells the other computers of a sync folder to replay their cards too.
        if (!m_store->setStudySettings(settings)
            || !m_store->setSetting(QStringLiteral("rescheduled"),
                                    QStringLiteral("%1 %2").arg(m_clock->nowMs()).arg(withDue ? 1 : 0))) {
            *error = tr("The settings could not be saved.");
            return false;
        }
        const std::optional<int> n = MemoryStore(*m_store).writeStates(cards, withDue, error);
        if (changed && n)
            *changed = *n;
        return n.has_value();
    });
}

bool Collection::forget(const QList<qint64> &cardIds, qint64 nowMs)
{
    if (nowMs < 0)
        nowMs = m_clock->nowMs();
    CollectionChanges changes;
    changes.cards = cardIds;
    return run(tr("Forget %n Card(s)", nullptr, int(cardIds.size())), changes,
               writerWork<CardWriter>(m_store, [&](CardWriter &w) { return w.forget(cardIds, nowMs); }));
}

bool Collection::setDue(const QList<qint64> &cardIds, qint64 dueMs, int *moved, qint64 nowMs)
{
    if (nowMs < 0)
        nowMs = m_clock->nowMs();
    CollectionChanges changes;
    changes.cards = cardIds;
    return run(tr("Set Due Date of %n Card(s)", nullptr, int(cardIds.size())),
               changes, writerWork<CardWriter>(m_store, [&](CardWriter &w) {
                   const std::optional<int> n = w.setDue(cardIds, dueMs, nowMs);
                   if (n && moved)
                       *moved = *n;
                   return n.has_value();
               }));
}

bool Collection::deleteCards(const QList<qint64> &cardIds, int *deleted)
{
    CollectionChanges changes;
    changes.cards = cardIds;
    changes.reviews = true;
    return run(tr("Delete %n Card(s)", nullptr, int(cardIds.size())), changes,
               writerWork<CardWriter>(m_store, [&](CardWriter &w) {
                   const std::optional<int> n = w.deleteOwnCards(cardIds);
                   if (n && deleted)
                       *deleted = *n;
                   return n.has_value();
               }));
}

std::optional<qint64> Collection::addEntry(const DeckFact &entry)
{
    CollectionChanges changes;
    changes.facts = true;
    std::optional<qint64> id;
    if (!run(tr("Add Entry “%1”").arg(entry.fact.name.trimmed()), changes,
             writerWork<EntryStore>(m_store, [&](EntryStore &w) { return (id = w.addEntry(entry)).has_value(); })))
        return std::nullopt;
    return id;
}

bool Collection::editEntry(qint64 factId, const DeckFact &entry)
{
    CollectionChanges changes;
    changes.facts = true;
    return run(tr("Edit Entry “%1”").arg(entry.fact.name.trimmed()), changes,
               writerWork<EntryStore>(m_store, [&](EntryStore &w) { return w.editEntry(factId, entry); }));
}

bool Collection::revertEntry(qint64 factId)
{
    CollectionChanges changes;
    changes.facts = true;
    const Deck &deck = m_store->deck();
    return run(tr("Revert Entry to Built-in"), changes,
               writerWork<EntryStore>(m_store, [&](EntryStore &w) { return w.revertEntry(factId, deck); }));
}

bool Collection::deleteEntry(qint64 factId)
{
    CollectionChanges changes;
    changes.facts = true;
    changes.reviews = true;
    return run(tr("Delete Entry"), changes,
               writerWork<EntryStore>(m_store, [&](EntryStore &w) { return w.deleteEntry(factId); }));
}

bool Collection::setCardTypes(qint64 factId, const std::optional<QStringList> &templateKeys)
{
    CollectionChanges changes;
    changes.facts = true;
    return run(tr("Choose Card Types"), changes,
               writerWork<EntryStore>(m_store, [&](EntryStore &w) { return w.setCardTypes(factId, templateKeys); }));
}

bool Collection::setDeckCardTypesOff(const QStringList &templateKeys)
{
    CollectionChanges changes;
    changes.facts = true;
    changes.settings = true;
    return run(tr("Choose Card Types"), changes,
               writerWork<EntryStore>(m_store, [&](EntryStore &w) { return w.setDeckCardTypesOff(templateKeys); }));
}

std::optional<qint64> Collection::addCard(const QString &question, const QString &answer, const QStringList &tags)
{
    std::optional<qint64> id;
    CollectionChanges changes;
    changes.facts = true; // a new card: lists of cards change as when an entry is added
    if (!run(tr("Add Card"), changes,
             writerWork<CardWriter>(m_store, [&](CardWriter &w) { return (id = w.addCard(question, answer, tags)).has_value(); })))
        return std::nullopt;
    return id;
}

bool Collection::editCard(qint64 cardId, const QString &question, const QString &answer)
{
    CollectionChanges changes;
    changes.cards = {cardId};
    return run(tr("Edit Card"), changes,
               writerWork<CardWriter>(m_store, [&](CardWriter &w) { return w.editCard(cardId, question, answer); }));
}

bool Collection::revertCard(qint64 cardId)
{
    CollectionChanges changes;
    changes.cards = {cardId};
    const Deck &deck = m_store->deck();
    return run(tr("Revert Card to Built-in"), changes,
               writerWork<CardWriter>(m_store, [&](CardWriter &w) { return w.revertCard(cardId, deck); }));
}

bool Collection::setBackupSettings(const BackupSettings &settings)
{
    CollectionChanges changes;
    changes.settings = true;
    return run({}, changes, [&](QString *error) {
        if (settings.save(*m_store))
            return true;
        *error = m_store->database().lastError().text();
        return false;
    });
}

void Collection::replaced()
{
    m_undo.clear();
    emit undoChanged();
    CollectionChanges all;
    all.facts = true;
    all.reviews = true;
    all.settings = true;
    all.exams = true;
    emit changed(all);
}

QString Collection::undoText() const
{
    return m_undo.isEmpty() ? QString() : m_undo.constLast().text;
}

bool Collection::undo()
{
    m_error.clear();
    if (m_undo.isEmpty())
        return false;
    const UndoStep &step = m_undo.constLast();
    QSqlDatabase db = m_store->database();
    if (!db.transaction())
        return fail(tr("“%1” could not be undone: %2").arg(step.text, db.lastError().text()));
    QString error;
    SyncStore sync(*m_store);
    if (!ChangeRecorder::revert(db, step.changeset, &error) || !sync.capture(m_clock->nowMs())) {
        db.rollback();
        return fail(tr("“%1” could not be undone: %2").arg(step.text, error.isEmpty() ? sync.errorString() : error));
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(tr("“%1” could not be undone: %2").arg(step.text, message));
    }
    const CollectionChanges changes = step.changes;
    const std::function<void()> afterUndo = step.afterUndo;
    m_undo.removeLast();
    m_idle->start();
    emit undoChanged();
    emit changed(changes);
    // Last, so that the step's owner has the final word over what the pages just heard.
    if (afterUndo)
        afterUndo();
    return true;
}
