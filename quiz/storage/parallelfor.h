#pragma once

#include <QtGlobal>

#include <algorithm>
#include <thread>

/**
 * Runs @p work(begin, end) over [0, @p count) in two halves at once, the second on a thread of
 * its own: the machines Portdeck runs on have two cores or more, and a large export renders
 * and checksums 100,000 notes. @p work must touch only its own range of shared data. Small
 * counts run on the caller's thread alone.
 */
template<typename Work>
void parallelFor(qsizetype count, const Work &work)
{
    constexpr qsizetype kWorthAThread = 4096;
    if (count < kWorthAThread || std::thread::hardware_concurrency() < 2) {
        work(qsizetype(0), count);
        return;
    }
    const qsizetype half = count / 2;
    std::thread second([&work, half, count] { work(half, count); });
    work(qsizetype(0), half);
    second.join();
}
