#pragma once

#include <functional>

class QWidget;

/**
 * Milestones of a launch, for bench_launch: with PORTDECK_TRACE_STARTUP=1 in the environment,
 * each milestone is printed once to stderr as "portdeck-startup: <milestone> <ms>", in
 * milliseconds since the program began (its static initialisation, after the dynamic loader).
 * Without the variable nothing is printed and nothing is watched. PORTDECK_TRACE_STARTUP=quit
 * also closes every window once the first card is painted, as a learner closing the app would
 * (so the next launch finds a clean close), and marks "closing" and "closed".
 */
class StartupTrace
{
public:
    static bool isEnabled();
    /** PORTDECK_TRACE_STARTUP=quit: close the app after the first card. */
    static bool quitsAfterFirstCard();
    /** Prints @p milestone with the time now, the first time only. */
    static void mark(const char *milestone);
    /**
     * Marks @p milestone when @p widget is first painted while @p ready() holds (a card's
     * label with its text, say); the watch ends there.
     */
    static void markOnFirstPaint(QWidget *widget, const char *milestone, std::function<bool()> ready = {});
};
