#include "coalescingthread.h"

CoalescingThread::CoalescingThread(std::function<bool()> job)
    : m_job(std::move(job))
{
}

CoalescingThread::~CoalescingThread()
{
    stop();
}

void CoalescingThread::request()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        ++m_requested;
        if (!m_thread.joinable())
            m_thread = std::thread(&CoalescingThread::run, this);
    }
    m_changed.notify_all();
}

bool CoalescingThread::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_served == m_requested; });
    const bool ok = !m_failed;
    m_failed = false;
    return ok;
}

void CoalescingThread::stop()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_served == m_requested || !m_thread.joinable(); });
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::uint64_t CoalescingThread::runCount() const
{
    std::lock_guard lock(m_mutex);
    return m_runCount;
}

void CoalescingThread::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || m_served != m_requested; });
        if (m_served == m_requested)
            return; // stopping, with nothing left to do
        const std::uint64_t covered = m_requested; // all asked for before this run starts
        lock.unlock();
        const bool ok = m_job();
        lock.lock();
        m_served = covered;
        ++m_runCount;
        m_failed = m_failed || !ok;
        m_changed.notify_all();
    }
}
