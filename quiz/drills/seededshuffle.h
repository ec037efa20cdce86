#pragma once

#include <QRandomGenerator>

#include <utility>

/**
 * Fisher–Yates with QRandomGenerator's own draws: the same seed gives the same order with any
 * compiler and standard library (std::shuffle's order is the library's choice), so a drill's
 * seed replays the same drill on another computer.
 */
template<typename List>
void seededShuffle(List &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        std::swap(list[i], list[qsizetype(random.bounded(quint64(i) + 1))]);
}
