#pragma once

#include "cardtemplates.h"
#include "fsrs.h"

#include <QString>

/**
 * The number a card's fuzz seed is made from (fsrs::Scheduler::cardSeed): the FNV-1a hash of
 * its key, below 2^52. Every computer that studies the card draws the same fuzz, whatever
 * row its card has there.
 */
inline qint64 cardSeedNumber(const QString &key)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : key.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return qint64(h >> 12);
}

/** FSRS learning state of a card, numbered as ts-fsrs numbers them. */
using CardState = fsrs::State;

/** A stored card with its scheduling state, texts in the language it was loaded in. */
struct CardInfo
{
    qint64 id = 0;
    QString key;
    qint64 factId = 0;            ///< 0 for a card that belongs to no fact
    CardTemplate tmpl = CardTemplate::Basic;
    QString variant;
    QString question;             ///< Basic cards only
    QString answer;               ///< Basic cards only
    CardState state = CardState::New;
    int step = 0;                 ///< index into the (re)learning steps
    qint64 dueMs = 0;             ///< UTC milliseconds; 0 while new
    qint64 lastReviewMs = 0;      ///< UTC milliseconds; 0 before the first review
    int scheduledDays = 0;        ///< interval the last answer gave, in days
    double stability = 0;         ///< days
    double difficulty = 0;        ///< 1–10
    int reps = 0;
    int lapses = 0;
    bool suspended = false;
    int position = 0;
    qint64 buriedUntilMs = 0;     ///< UTC ms; study skips the card until then
    bool retired = false;         ///< out of study: gone from the deck, or its type switched off
    int flag = 0;                 ///< 0 none, 1 red, 2 orange, 3 green, 4 blue
    bool own = false;             ///< the learner's own card
    bool edited = false;          ///< a built-in card whose text the learner changed
};
