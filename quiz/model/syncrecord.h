#pragma once

#include <QString>

#include <optional>
#include <vector>

/**
 * What one computer's sync journal says (io/journalsegment.h writes and reads it;
 * services/syncservice.h merges it). Two kinds of record:
 * - reviews, by review-log id (node << 40 | sequence, never given twice), and their undos;
 * - last-writer-wins registers: one value of the collection each, stamped with the writer's
 *   hybrid logical clock (HybridClock) and node, so the same register written on two computers
 *   resolves the same way everywhere.
 */

/** When a register was written: a hybrid logical clock reading, then the writer's node. */
struct SyncStamp
{
    qint64 clock = 0;
    qint64 node = 0;

    friend bool operator<(const SyncStamp &a, const SyncStamp &b)
    {
        return a.clock != b.clock ? a.clock < b.clock : a.node < b.node;
    }
    friend bool operator==(const SyncStamp &a, const SyncStamp &b) { return a.clock == b.clock && a.node == b.node; }
};

/** One register's value as written: std::nullopt is a tombstone (a deleted card or entry). */
struct RegisterWrite
{
    QString name;
    SyncStamp stamp;
    std::optional<QString> value;
};

/** One review-log row, with its card named by key (card ids are each collection's own). */
struct ReviewRecord
{
    qint64 id = 0;
    bool present = true;        ///< false: the review was taken back (undone); only id counts then
    QString cardKey;
    qint64 timeMs = 0;
    QString kind;               ///< study, quiz or exam
    int rating = 0;
    int stateBefore = 0;
    int stateAfter = 0;
    double stability = 0;
    double difficulty = 0;
    int elapsedDays = 0;
    int scheduledDays = 0;
    qint64 dueMs = 0;
    std::optional<qint64> responseMs;
    std::optional<QString> answer;
    std::optional<QString> verdict;
    std::optional<double> recall;
};

/** One file of a journal: what its computer changed between two syncs, in order. */
struct JournalSegment
{
    int format = 0;
    qint64 node = 0;
    QString collectionId;
    QString computerName;
    qint64 number = 0;          ///< 1, 2, 3 … in the order written
    std::vector<RegisterWrite> registers;
    std::vector<ReviewRecord> reviews;  ///< in the order they were made and taken back
};
