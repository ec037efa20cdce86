#include "registryservice.h"

#include <QRegularExpression>

QString registrySourceKey(RegistrySource source)
{
    return source == RegistrySource::Iana ? QStringLiteral("iana") : QStringLiteral("services");
}

std::optional<RegistrySource> parseRegistrySource(const QString &key)
{
    if (key == QLatin1String("iana"))
        return RegistrySource::Iana;
    if (key == QLatin1String("services"))
        return RegistrySource::ServicesFile;
    return std::nullopt;
}

QString RegistryService::portsText() const
{
    return isRange() ? QStringLiteral("%1–%2").arg(portLow).arg(portHigh) : QString::number(portLow);
}

RegistryQuery RegistryQuery::parse(const QString &text)
{
    static const QStringList transports{QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp"),
                                        QStringLiteral("dccp")};
    RegistryQuery query;
    // "tcp/22" and "22/tcp" are two words, as the deck's filter reads them.
    static const QRegularExpression separators(QStringLiteral("[\\s/,]+"));
    for (const QString &part : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const int number = part.toInt(&isNumber);
        if (isNumber && number >= 0 && number <= 65535 && !query.port)
            query.port = number;
        else if (transports.contains(part) && query.transport.isEmpty())
            query.transport = part;
        else
            query.words.append(part);
    }
    return query;
}
