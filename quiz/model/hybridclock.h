#pragma once

#include <QtGlobal>

#include <algorithm>

/**
 * A hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds shifted left 16 bits,
 * plus a counter. A reading is never below one seen before, here or in another computer's
 * journal, so a change made after reading another computer's journal always stamps later than
 * what it read, however that computer's wall clock was set.
 */
namespace hybridclock {

constexpr int kCounterBits = 16;

/** The stamp of a change made now, after @p last. */
inline qint64 tick(qint64 last, qint64 nowMs)
{
    return std::max(nowMs << kCounterBits, last + 1);
}

/** The clock after seeing @p remote. */
inline qint64 observe(qint64 last, qint64 remote)
{
    return std::max(last, remote);
}

/** The wall-clock milliseconds of a reading. */
inline qint64 millisOf(qint64 stamp)
{
    return stamp >> kCounterBits;
}

} // namespace hybridclock
