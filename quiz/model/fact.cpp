#include "fact.h"

#include <algorithm>

bool Fact::usesTransport(Transport t) const
{
    if (kind == FactKind::Range)
        return true; // port ranges apply to TCP and UDP alike
    return std::any_of(ports.cbegin(), ports.cend(),
                       [t](const PortSpec &p) { return p.transport == t; });
}

bool Fact::hasPort(int port) const
{
    return std::any_of(ports.cbegin(), ports.cend(),
                       [port](const PortSpec &p) { return p.port == port; });
}

bool Fact::hasPort(int port, Transport t) const
{
    return std::any_of(ports.cbegin(), ports.cend(), [port, t](const PortSpec &p) {
        return p.port == port && p.transport == t;
    });
}

bool Fact::rangeContains(int port) const
{
    return kind == FactKind::Range && port >= rangeLow && port <= rangeHigh;
}

QList<int> Fact::portNumbers() const
{
    QList<int> numbers;
    for (const PortSpec &p : ports) {
        if (!numbers.contains(p.port))
            numbers.append(p.port);
    }
    return numbers;
}

QList<int> Fact::currentPortNumbers() const
{
    QList<int> numbers;
    for (const PortSpec &p : ports) {
        if (!p.legacy && !numbers.contains(p.port))
            numbers.append(p.port);
    }
    return numbers;
}

QString Fact::portsText() const
{
    if (kind == FactKind::Range)
        return QStringLiteral("%1–%2").arg(rangeLow).arg(rangeHigh);
    QStringList parts;
    for (int n : currentPortNumbers()) // legacy ports are in the details, not the summary
        parts.append(QString::number(n));
    return parts.join(QStringLiteral(", "));
}

QString Fact::transportText() const
{
    if (kind == FactKind::Range)
        return QStringLiteral("TCP/UDP");
    const bool tcp = usesTransport(Transport::Tcp);
    const bool udp = usesTransport(Transport::Udp);
    QStringList parts;
    if (kind == FactKind::IpProtocol)
        parts.append(QStringLiteral("IP"));
    if (tcp)
        parts.append(QStringLiteral("TCP"));
    if (udp)
        parts.append(QStringLiteral("UDP"));
    return parts.join(QLatin1Char('/'));
}

int Fact::portSortKey() const
{
    if (kind == FactKind::Range)
        return rangeLow;
    if (kind == FactKind::IpProtocol)
        return 70000 + std::max(ipProtocol, 0);
    if (kind == FactKind::Concept)
        return 70300;
    int lowest = 65536;
    for (const PortSpec &p : ports)
        lowest = std::min(lowest, p.port);
    return lowest;
}

QString transportName(Transport t)
{
    return t == Transport::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
}

bool parseTransport(const QString &text, Transport *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("tcp"))
        *out = Transport::Tcp;
    else if (t == QLatin1String("udp"))
        *out = Transport::Udp;
    else
        return false;
    return true;
}

QString securityKey(Security s)
{
    switch (s) {
    case Security::Yes: return QStringLiteral("yes");
    case Security::No: return QStringLiteral("no");
    case Security::Partial: return QStringLiteral("partial");
    case Security::Optional: return QStringLiteral("optional");
    case Security::NotApplicable: break;
    }
    return QStringLiteral("n/a");
}

bool parseSecurity(const QString &text, Security *out)
{
    for (Security s : {Security::No, Security::Yes, Security::Partial, Security::Optional,
                       Security::NotApplicable}) {
        if (securityKey(s) == text) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString factKindKey(FactKind k)
{
    switch (k) {
    case FactKind::Protocol: return QStringLiteral("protocol");
    case FactKind::IpProtocol: return QStringLiteral("ip");
    case FactKind::Range: return QStringLiteral("range");
    case FactKind::Concept: break;
    }
    return QStringLiteral("concept");
}

bool parseFactKind(const QString &text, FactKind *out)
{
    for (FactKind k : {FactKind::Protocol, FactKind::IpProtocol, FactKind::Range, FactKind::Concept}) {
        if (factKindKey(k) == text) {
            *out = k;
            return true;
        }
    }
    return false;
}
