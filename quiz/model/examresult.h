#pragma once

#include <QString>
#include <QtGlobal>

/** One finished exam, as the Quiz page lists them. */
struct ExamResult
{
    qint64 id = 0;
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    int questions = 0;
    int correct = 0;
    int partial = 0;
    QString filter;     ///< which items it drew from ("all", "udp", …)
};
