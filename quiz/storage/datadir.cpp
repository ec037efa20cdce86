#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

void setPortdeckApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Portdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("portdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTDECK_VERSION));
}

QString versionText(const QString &program)
{
    return QStringLiteral("%1 %2\n"
                          "Copyright the Portdeck developers.\n"
                          "License: %3 (GNU GPL version 3 or later, see the file LICENSE).\n"
                          "This is free software: you are free to change and redistribute it.\n"
                          "There is NO WARRANTY, to the extent permitted by law.\n")
        .arg(program, QStringLiteral(PORTDECK_VERSION), QStringLiteral(PORTDECK_LICENSE));
}

QString resolveDataDir(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
