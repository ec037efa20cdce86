#pragma once

#include "memorystore.h"
#include "parameterfit.h"
#include "studysettings.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

class QThread;

Q_DECLARE_METATYPE(ParameterFitReport)
Q_DECLARE_METATYPE(std::vector<ReplayedCard>)

/**
 * The long work on the learner's memory model, on a worker thread with a connection of its
 * own (DeckStore::Mode::Worker), so the window never waits and answers may go on:
 * - Optimize: fits FSRS-6 to the study answers (ParameterFit) and reports the figures;
 * - Replay: every card's schedule under @p settings (Rescheduler), for the window to write in
 *   one undoable change (Collection::reschedule).
 * progressed() comes now and then; exactly one of fitted(), replayed(), failed() or
 * cancelled() follows start(). Nothing here writes to the collection.
 */
class MemoryJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Optimize, Replay };

    MemoryJob(Kind kind, const QString &dataDir, const StudySettings &settings, QObject *parent = nullptr);
    ~MemoryJob() override;

    void start();
    /** Asks the work to stop; cancelled() follows. */
    void cancel();
    bool isRunning() const;
    void wait();

signals:
    void progressed(qint64 done, qint64 total);
    void fitted(const ParameterFitReport &report);
    void replayed(const std::vector<ReplayedCard> &cards);
    void failed(const QString &message);
    void cancelled();

private:
    void run();

    Kind m_kind;
    QString m_dataDir;
    StudySettings m_settings;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};
