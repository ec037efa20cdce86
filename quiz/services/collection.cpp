#include "collection.h"

#include "deckstore.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace {

// Every table a change may touch. meta stays out: its review-log sequence must never go back.
const QStringList &recordedTables()
{
    static const QStringList tables = {
        QStringLiteral("facts"),       QStringLiteral("fact_ports"),   QStringLiteral("fact_aliases"),
        QStringLiteral("fact_tags"),   QStringLiteral("fact_counterparts"), QStringLiteral("fact_texts"),
        QStringLiteral("cards"),       QStringLiteral("card_texts"),   QStringLiteral("card_boosts"),
        QStringLiteral("card_tags"),   QStringLiteral("revlog"),       QStringLiteral("exam_results"),
        QStringLiteral("settings"),
    };
    return tables;
}

} // namespace

Collection::Collection(DeckStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<CollectionChanges>();
}

bool Collection::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Collection::run(const QString &undoText, const CollectionChanges &changes, const Work &work,
                     const std::function<void()> &afterUndo)
{
    m_error.clear();
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
    emit changed(changes);
    return true;
}

bool Collection::setSuspended(const QList<qint64> &cardIds, bool suspended)
{
    const auto count = cardIds.size();
    QString text;
    if (suspended)
        text = count == 1 ? tr("Suspend 1 Card") : tr("Suspend %1 Cards").arg(count);
    else
        text = count == 1 ? tr("Unsuspend 1 Card") : tr("Unsuspend %1 Cards").arg(count);
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
    return run(count == 1 ? tr("Bury 1 Card") : tr("Bury %1 Cards").arg(count), changes, [&](QString *error) {
        if (m_store->setBuriedUntil(cardIds, untilMs))
            return true;
        *error = m_store->errorString();
        return false;
    });
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
    if (!ChangeRecorder::revert(db, step.changeset, &error)) {
        db.rollback();
        return fail(tr("“%1” could not be undone: %2").arg(step.text, error));
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(tr("“%1” could not be undone: %2").arg(step.text, message));
    }
    const CollectionChanges changes = step.changes;
    const std::function<void()> afterUndo = step.afterUndo;
    m_undo.removeLast();
    emit undoChanged();
    emit changed(changes);
    // Last, so that the step's owner has the final word over what the pages just heard.
    if (afterUndo)
        afterUndo();
    return true;
}
