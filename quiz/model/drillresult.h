#pragma once

#include <QString>
#include <QtGlobal>

/** One performance-based drill done, as Progress draws them beside the exams. */
struct DrillResult
{
    qint64 id = 0;
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    QString kind;        ///< "firewall", "capture", "board", "troubleshooting"
    quint32 seed = 0;
    int level = 0;       ///< firewall scenarios: 1–3; else 0
    int points = 0;
    int maxPoints = 0;
    bool inExam = false; ///< asked as part of an exam
};
