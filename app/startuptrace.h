#pragma once

#include <QStringList>

#include <functional>

class QWidget;

/**
 * Milestones of a launch, for bench_launch: with PORTDECK_TRACE_STARTUP=1 in the environment,
 * each milestone is printed once to stderr as "portdeck-startup: <milestone> <ms>", in
 * milliseconds since the program began (its static initialisation, after the dynamic loader).
 * Without the variable nothing is printed and nothing is watched. PORTDECK_TRACE_STARTUP=quit
 * also closes every window once the first card is painted, as a learner closing the app would
 * (so the next launch finds a clean close), and marks "closing" and "closed".
 * PORTDECK_TRACE_STARTUP=pages first waits, after the first card, until what launch left for
 * after it is done (marked "settled"), as a learner reads the card before moving on; then it
 * opens every page of the tour (setPageTour) one at a time, each once the app has settled
 * again, and marks "<page> asked" and "<page> painted" for each; then it closes as "quit" does.
 */
class StartupTrace
{
public:
    static bool isEnabled();
    /** PORTDECK_TRACE_STARTUP=quit: close the app after the first card. */
    static bool quitsAfterFirstCard();
    /** PORTDECK_TRACE_STARTUP=pages: open each page of the tour after the first card, then close. */
    static bool toursPages();
    /**
     * The pages the tour opens, in order: @p show makes page @p id the current one and returns
     * the widget whose first paint is that page's first frame, or null for a step that marks
     * its own milestones. Each step waits until @p settled() holds.
     */
    static void setPageTour(const QStringList &ids, std::function<QWidget *(const QString &id)> show,
                            std::function<bool()> settled);
    /** Prints @p milestone with the time now, the first time only. */
    static void mark(const char *milestone);
    /**
     * Marks @p milestone when @p widget is first painted while @p ready() holds (a card's
     * label with its text, say); the watch ends there.
     */
    static void markOnFirstPaint(QWidget *widget, const char *milestone, std::function<bool()> ready = {});
};
