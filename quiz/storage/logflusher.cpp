#include "logflusher.h"

#include <fcntl.h>
#include <unistd.h>

LogFlusher::LogFlusher(QString logPath)
    : m_logPath(std::move(logPath))
    , m_thread([this] { return flush(); })
{
}

LogFlusher::~LogFlusher()
{
    m_thread.stop(); // before the descriptor it flushes goes
    if (m_file >= 0)
        ::close(m_file);
}

bool LogFlusher::flush()
{
    // Its own descriptor: the log carries no locks (SQLite locks the -shm file and the
    // database), so holding and closing it cannot drop one of SQLite's.
    if (m_file < 0)
        m_file = ::open(m_logPath.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    return m_file >= 0 && ::fdatasync(m_file) == 0;
}
