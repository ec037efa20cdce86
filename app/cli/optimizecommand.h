#pragma once

#include <QString>

/** Where `portdeck-cli optimize` reads reviews, and how it counts days. */
struct OptimizeRequest
{
    QString dataDir;    ///< the collection, when no revlog is given
    QString revlogPath; ///< fsrs-rs's revlog CSV, or empty
    QString timeZone;   ///< IANA name; empty: the system's
    QString rollover;   ///< hour the study day starts; empty: the collection's (4 for a CSV)
};

/**
 * `portdeck-cli optimize`: fits FSRS-6 to the study answers and prints JSON with the fitted
 * parameters, their log loss and RMSE (bins), the reviews used, and the same figures for the
 * parameters in use and for the defaults. Reads only; applying parameters is the window's.
 */
int runOptimize(const OptimizeRequest &request);
