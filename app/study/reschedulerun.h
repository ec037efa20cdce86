#pragma once

#include "studysettings.h"

#include <QCoreApplication>

class Collection;
class QWidget;

/**
 * Gives every card the schedule its history has under @p settings: the replay runs off the
 * window (MemoryJob) under a progress dialog the learner may cancel, and the result is saved
 * with the settings as one undoable change (Collection::reschedule). With @p withDue the due
 * dates move too. Returns false when cancelled or failed (the failure is shown); the
 * collection is then as it was.
 */
class RescheduleRun
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleRun)

public:
    static bool run(QWidget *parent, Collection *collection, const StudySettings &settings, bool withDue);
};
