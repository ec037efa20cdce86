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

QString resolveDataDir(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
