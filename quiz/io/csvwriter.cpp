#include "csvwriter.h"

QByteArray csvRow(const QStringList &fields, QChar separator)
{
    QStringList quoted;
    for (const QString &field : fields) {
        if (field.contains(separator) || field.startsWith(QLatin1Char('#')) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            QString escaped = field;
            escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            quoted.append(field);
        }
    }
    return quoted.join(separator).toUtf8() + "\r\n";
}

QByteArray factsToCsv(const QList<Fact> &facts, QChar separator)
{
    QByteArray out = csvRow({QStringLiteral("protocol"), QStringLiteral("full_name"),
                             QStringLiteral("ports"), QStringLiteral("transport"),
                             QStringLiteral("secure"), QStringLiteral("function")},
                            separator);
    for (const Fact &f : facts) {
        QStringList ports;
        if (f.kind == FactKind::Range) {
            ports.append(f.portsText().replace(QChar(0x2013), QLatin1Char('-')));
        } else {
            for (const PortSpec &p : f.ports)
                ports.append(QStringLiteral("%1/%2").arg(transportName(p.transport).toLower())
                                 .arg(p.port));
            if (f.kind == FactKind::IpProtocol)
                ports.prepend(QStringLiteral("ip/%1").arg(f.ipProtocol));
        }
        out += csvRow({f.name, f.fullName, ports.join(QLatin1Char(' ')), f.transportText(),
                       securityKey(f.security), f.function},
                      separator);
    }
    return out;
}
