#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

/**
 * A thread that runs one job whenever asked, while the asker goes on. Requests that come while
 * the job runs are served by one more run, not one each: the job always covers everything
 * asked for before it started (flush the log; fold the log back into the file).
 *
 * The thread starts with the first request and is kept until stop().
 */
class CoalescingThread
{
public:
    /** @p job returns false when it failed; wait() reports that once. */
    explicit CoalescingThread(std::function<bool()> job);
    /** stop(). */
    ~CoalescingThread();
    CoalescingThread(const CoalescingThread &) = delete;
    CoalescingThread &operator=(const CoalescingThread &) = delete;

    /** Asks for a run; returns at once. */
    void request();
    /** Waits until every request so far is served; false if a run since the last wait failed. */
    bool wait();
    /** Serves every request so far, then ends the thread; requests after it are not served. */
    void stop();
    /** How many runs there have been, for tests. */
    std::uint64_t runCount() const;

private:
    void run();

    const std::function<bool()> m_job;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::uint64_t m_requested = 0; ///< requests so far
    std::uint64_t m_served = 0;    ///< requests that a finished run covered
    std::uint64_t m_runCount = 0;
    bool m_failed = false;
    bool m_stopping = false;
    std::thread m_thread;
};
