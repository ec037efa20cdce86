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

struct Tour
{
    QStringList ids;
    std::function<QWidget *(const QString &)> show;
    std::function<bool()> settled;
    qsizetype current = -1; ///< the page being opened; -1 before the first card
};

Tour &tour()
{
    static Tour pages;
    return pages;
}

void nextStep();

class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, const QByteArray &milestone, std::function<bool()> ready)
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
            StartupTrace::mark(m_milestone.constData());
            if (m_milestone == "first card painted" || (tour().current >= 0 && m_milestone.endsWith(" painted")))
                QTimer::singleShot(0, qApp, [] { nextStep(); });
            deleteLater();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QByteArray m_milestone;
    std::function<bool()> m_ready;
};

// After the first card, and after each page of the tour: the next page, or the end.
void nextStep()
{
    Tour &pages = tour();
    if (StartupTrace::toursPages() && pages.current + 1 < pages.ids.size()) {
        // Each step waits until the app has settled, as a learner looks before clicking on.
        if (pages.settled && !pages.settled()) {
            QTimer::singleShot(2, qApp, [] { nextStep(); });
            return;
        }
        StartupTrace::mark("settled"); // the first time only: launch's own
        const QString id = pages.ids.at(++pages.current);
        StartupTrace::mark(QByteArray(id.toUtf8() + " asked").constData());
        QWidget *page = pages.show(id);
        if (page)
            new PaintWatch(page, id.toUtf8() + " painted", {});
        else // a step that paints nothing of its own marks its own end
            QTimer::singleShot(0, qApp, [] { nextStep(); });
        return;
    }
    if (StartupTrace::quitsAfterFirstCard() || StartupTrace::toursPages()) {
        pages.current = -1;
        StartupTrace::mark("closing");
        QApplication::closeAllWindows();
    }
}

} // namespace

bool StartupTrace::isEnabled()
{
    static const bool enabled = qEnvironmentVariableIntValue("PORTDECK_TRACE_STARTUP") == 1 || quitsAfterFirstCard()
                                || toursPages();
    return enabled;
}

bool StartupTrace::toursPages()
{
    static const bool tours = qgetenv("PORTDECK_TRACE_STARTUP") == "pages";
    return tours;
}

void StartupTrace::setPageTour(const QStringList &ids, std::function<QWidget *(const QString &)> show,
                               std::function<bool()> settled)
{
    tour().ids = ids;
    tour().show = std::move(show);
    tour().settled = std::move(settled);
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
