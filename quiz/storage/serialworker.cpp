#include "serialworker.h"

SerialWorker::SerialWorker(int maxQueued)
    : m_maxQueued(qMax(1, maxQueued))
    , m_thread([this] { run(); })
{
}

SerialWorker::~SerialWorker()
{
    {
        std::unique_lock lock(m_mutex);
        m_queue.clear();
        m_changed.wait(lock, [this] { return !m_running; });
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SerialWorker::submit(Job job)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return int(m_queue.size()) < m_maxQueued; });
        if (!m_error.isEmpty())
            return; // a job failed: what follows it is not run
        m_queue.push_back(std::move(job));
    }
    m_changed.notify_all();
}

QString SerialWorker::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_running; });
    return m_error;
}

void SerialWorker::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, with nothing left
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        m_running = true;
        lock.unlock();
        m_changed.notify_all(); // room in the queue
        QString error = job();
        job = nullptr; // the job's data is freed here, off the caller's thread
        lock.lock();
        m_running = false;
        if (!error.isEmpty() && m_error.isEmpty()) {
            m_error = std::move(error);
            m_queue.clear();
        }
        m_changed.notify_all();
    }
}
