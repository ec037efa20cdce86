#pragma once

#include <QString>

class QCoreApplication;

/**
 * Installs Qt's own translation (qtbase_<lang>) and Portdeck's for @p requested
 * (a code such as "de"), or for the system locale when empty, and makes that locale the
 * default. Returns the language code the deck's texts should use ("de", "en", …).
 */
QString installTranslations(QCoreApplication *app, const QString &requested);
