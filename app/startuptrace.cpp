#include "startuptrace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QSet>
#include <QWidget>

#include <cstdio>

namespace {

// Started as the program's static objects are made: before main(), after the loader.
const QElapsedTimer &sinceStart()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
[[maybe_unused]] const QElapsedTimer &startedEarly = sinceStart();

class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, const char *milestone, std::function<bool()> ready)
        : QObject(widget)
        , m_milestone(milestone)
        , m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && (!m_ready || m_ready())) {
            // After the paint itself: the milestone is the frame drawn, not begun.
            watched->removeEventFilter(this);
            QCoreApplication::sendEvent(watched, event);
            StartupTrace::mark(m_milestone);
            if (StartupTrace::quitsAfterFirstCard() && qstrcmp(m_milestone, "first card painted") == 0) {
                QTimer::singleShot(0, qApp, [] {
                    StartupTrace::mark("closing");
                    QApplication::closeAllWindows();
                });
            }
            deleteLater();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const char *m_milestone;
    std::function<bool()> m_ready;
};

} // namespace

bool StartupTrace::isEnabled()
{
    static const bool enabled = qEnvironmentVariableIntValue("PORTDECK_TRACE_STARTUP") == 1 || quitsAfterFirstCard();
    return enabled;
}

bool StartupTrace::quitsAfterFirstCard()
{
    static const bool quits = qgetenv("PORTDECK_TRACE_STARTUP") == "quit";
    return quits;
}

void StartupTrace::mark(const char *milestone)
{
    static QSet<QByteArray> marked;
    if (!isEnabled() || marked.contains(milestone))
        return;
    marked.insert(milestone);
    std::fprintf(stderr, "portdeck-startup: %s %.1f\n", milestone, sinceStart().nsecsElapsed() / 1e6);
    std::fflush(stderr);
}

void StartupTrace::markOnFirstPaint(QWidget *widget, const char *milestone, std::function<bool()> ready)
{
    if (isEnabled())
        new PaintWatch(widget, milestone, std::move(ready));
}
