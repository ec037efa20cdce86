#pragma once

#include "backupstore.h"
#include "deck.h"

#include <QMetaType>
#include <QObject>
#include <QString>

class QThread;

Q_DECLARE_METATYPE(BackupInfo)
Q_DECLARE_METATYPE(RestoreReport)

/**
 * A backup or a restore of the collection in a data folder, on a worker thread with a connection
 * of its own (DeckStore::Mode::Worker), so the window never waits: the copy is a reader beside
 * the window's connection, and answers go on while it runs. Exactly one of backedUp(),
 * restored() or failed() follows start().
 *
 * A restore replaces the collection under every connection to it: the window's connection stays
 * open and reads the restored collection; the Collection then forgets its undo steps
 * (Collection::replaced()).
 */
class BackupJob : public QObject
{
    Q_OBJECT

public:
    /** A backup of the collection in @p dataDir. */
    explicit BackupJob(const QString &dataDir, QObject *parent = nullptr);
    /**
     * A restore of @p file into the collection in @p dataDir; @p deck is the built-in deck the
     * window opened it with, merged into a restored collection that has seen an older one.
     */
    BackupJob(const QString &dataDir, const QString &file, const Deck &deck, QObject *parent = nullptr);
    ~BackupJob() override;

    bool isRestore() const { return !m_file.isEmpty(); }
    void start();
    bool isRunning() const;
    /** Waits until the worker has finished (closing the window). */
    void wait();

signals:
    void backedUp(const BackupInfo &backup, const QStringList &pruned);
    void restored(const RestoreReport &report);
    void failed(const QString &message);

private:
    QString m_dataDir;
    QString m_file;
    Deck m_deck;
    QThread *m_thread = nullptr;
};
