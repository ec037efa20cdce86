#include "localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString installTranslations(QCoreApplication *app, const QString &requested)
{
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // An installed translation (share/portdeck/translations beside bin/) wins over the one
    // compiled in, so that a translation can be updated without a rebuild.
    auto *own = new QTranslator(app);
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral(PORTDECK_TRANSLATIONS_FROM_BIN));
    if (own->load(locale, QStringLiteral("portdeck"), QStringLiteral("_"), installed)
        || own->load(locale, QStringLiteral("portdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    return QLocale::languageToCode(locale.language());
}
