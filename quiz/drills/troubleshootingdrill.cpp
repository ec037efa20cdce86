#include "troubleshootingdrill.h"

#include "seededshuffle.h"

#include <QRandomGenerator>

#include <algorithm>

TroubleshootingDrill::TroubleshootingDrill(const QList<Fact> &facts)
    : m_facts(facts)
{
    for (const Fact &f : m_facts) {
        if (f.kind == FactKind::Protocol && !f.currentPortNumbers().isEmpty())
            m_candidates.append(&f);
    }
}

QString TroubleshootingDrill::symptom(const Fact &fact)
{
    const QString &k = fact.key;
    if (k == QLatin1String("dhcp"))
        return tr("clients get no IPv4 addresses");
    if (k == QLatin1String("dhcpv6"))
        return tr("clients get no IPv6 addresses from the server");
    if (k == QLatin1String("ntp"))
        return tr("device clocks drift, as nothing reaches the time server");
    if (k == QLatin1String("dns"))
        return tr("names no longer resolve, though addresses can still be pinged");
    if (k == QLatin1String("https"))
        return tr("secure websites no longer load");
    if (k == QLatin1String("http"))
        return tr("plain-text web pages no longer load");
    if (k == QLatin1String("ssh"))
        return tr("administrators cannot open an encrypted shell on the routers");
    if (k == QLatin1String("telnet"))
        return tr("an old switch can no longer be reached over its unencrypted login");
    if (k == QLatin1String("smtp"))
        return tr("mail servers no longer hand mail to one another");
    if (k == QLatin1String("smtps"))
        return tr("mail apps can no longer submit outgoing mail with STARTTLS");
    if (k == QLatin1String("imaps"))
        return tr("mail apps cannot read the mail kept on the server over TLS");
    if (k == QLatin1String("pop3s"))
        return tr("mail apps cannot download new mail over TLS");
    if (k == QLatin1String("ldaps"))
        return tr("directory lookups over TLS fail");
    if (k == QLatin1String("kerberos"))
        return tr("users cannot get tickets to log on to the domain");
    if (k == QLatin1String("radius"))
        return tr("Wi-Fi users are no longer checked against the AAA server");
    if (k == QLatin1String("syslog"))
        return tr("the log server no longer receives plain syslog from the routers");
    if (k == QLatin1String("snmp") || k == QLatin1String("snmpv3"))
        return tr("the monitoring system cannot poll the switches or receive their traps");
    if (k == QLatin1String("tftp"))
        return tr("IP phones cannot fetch their configuration files");
    if (k == QLatin1String("rdp"))
        return tr("remote desktop sessions to the Windows servers fail");
    if (k == QLatin1String("sip"))
        return tr("VoIP calls cannot be set up");
    if (k == QLatin1String("sql-server"))
        return tr("the app cannot reach its Microsoft SQL Server database");
    if (k == QLatin1String("mysql"))
        return tr("the website cannot reach its MySQL database");
    if (k == QLatin1String("smb"))
        return tr("Windows file shares no longer open");
    if (k == QLatin1String("ike"))
        return tr("the site-to-site IPsec VPN no longer comes up");
    if (k == QLatin1String("ftp"))
        return tr("the old file server can no longer be reached with an FTP client");
    if (k == QLatin1String("ldap"))
        return tr("plain directory lookups fail");
    if (!fact.function.isEmpty())
        return tr("%1 (“%2”) no longer works").arg(fact.name, fact.function);
    return tr("%1 no longer works").arg(fact.name);
}

std::optional<QuizQuestion> TroubleshootingDrill::make(quint32 seed) const
{
    QRandomGenerator random(seed * 4u + 3u);
    QList<const Fact *> pool = m_candidates;
    seededShuffle(pool, random);
    const int wanted = 2 + int(random.bounded(2));
    QList<const Fact *> chosen;
    for (const Fact *f : std::as_const(pool)) {
        if (chosen.size() == wanted)
            break;
        const QList<int> ports = f->portNumbers();
        const bool shares = std::any_of(chosen.cbegin(), chosen.cend(), [&](const Fact *c) {
            return std::any_of(ports.cbegin(), ports.cend(), [c](int p) { return c->hasPort(p); });
        });
        if (!shares)
            chosen.append(f);
    }
    if (chosen.size() < 2)
        return std::nullopt;
    QuizQuestion q;
    q.style = QuestionStyle::Typed;
    q.check = TypedCheck::Ports;
    QStringList symptoms;
    QStringList perEntry;
    for (const Fact *f : std::as_const(chosen)) {
        symptoms.append(symptom(*f));
        q.factKeys.append(f->key);
        QStringList ports;
        for (const PortSpec &p : f->ports) {
            if (p.legacy || q.ports.contains(p))
                continue;
            PortSpec plain = p;
            plain.role.clear();
            if (std::none_of(q.ports.cbegin(), q.ports.cend(),
                             [&](const PortSpec &s) { return s.port == p.port && s.transport == p.transport; })) {
                q.ports.append(plain);
                ports.append(tr("%1 %2").arg(transportName(p.transport)).arg(p.port));
            }
        }
        perEntry.append(tr("%1: %2").arg(f->name, ports.join(QStringLiteral(", "))));
    }
    const QString last = symptoms.takeLast();
    q.prompt = tr("Since a new firewall went in, %1 and %2. Which ports, with their transports, must the firewall pass?")
                   .arg(symptoms.join(QStringLiteral(", ")), last);
    QStringList all;
    for (const PortSpec &p : std::as_const(q.ports))
        all.append(tr("%1 %2").arg(transportName(p.transport)).arg(p.port));
    q.answer = all.join(QStringLiteral(", "));
    q.explanation = perEntry.join(QStringLiteral(". ")) + QLatin1Char('.');
    return q;
}
