#pragma once

#include "appsettings.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>

/**
 * Applies a colour scheme to the whole application (Fusion style for Light and Dark; in Dark,
 * check boxes get an outline that stands out from the window).
 */
void applyTheme(Theme theme);

/** @p base at @p factor times its point size, bold if asked. */
QFont scaledFont(const QFont &base, double factor, bool bold = false);

/** True when the current palette is dark (light text on a dark window). */
bool isDarkPalette(const QPalette &palette);

/** An icon from the SVG at @p path, drawn in @p colour (normal) and @p selected (selected). */
QIcon tintedIcon(const QString &path, const QColor &colour, const QColor &selected);

/** Colours the pages share, chosen for the current palette. */
struct Accents
{
    QColor secure;    ///< "yes"
    QColor partial;   ///< "partial", "optional"
    QColor insecure;  ///< "no"
    QColor muted;     ///< secondary text
    QColor link;
    QColor badge;     ///< background of small labels
    QColor info;      ///< a calm blue for charts (Easy, forecasts, scores)
    QColor practice;  ///< a violet for charts: quiz and exam answers, apart from every study rating
};
Accents accentsFor(const QPalette &palette);

/** The colour of card flag 1–4 (red, orange, green, blue), legible on light and dark. */
QColor flagColor(int flag);
