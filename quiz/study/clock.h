#pragma once

#include <QDateTime>

/** Where "now" comes from. The engine never reads the system clock directly; tests inject one. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** UTC milliseconds since the epoch. */
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

/** A clock that stands still until told to move; for tests and tools. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 nowMs) { m_now = nowMs; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};
