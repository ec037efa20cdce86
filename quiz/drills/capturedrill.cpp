#include "capturedrill.h"

#include "answerchecker.h"
#include "firewallrule.h"
#include "seededshuffle.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

constexpr int kClientPortLow = 49152;  // dynamic for IANA and Windows …
constexpr int kClientPortHigh = 60999; // … and inside Linux's default 32768–60999

/** What tcpdump prints after the flags of a data packet for a few well-known protocols. */
QString tcpHint(const QString &key, bool reply)
{
    static const QHash<QString, std::pair<const char *, const char *>> hints{
        {QStringLiteral("http"), {"HTTP: GET /index.html HTTP/1.1", "HTTP: HTTP/1.1 200 OK"}},
        {QStringLiteral("http-alt"), {"HTTP: GET /api/status HTTP/1.1", "HTTP: HTTP/1.1 200 OK"}},
        {QStringLiteral("ftp"), {"FTP: USER anonymous", "FTP: 220 FTP server ready"}},
        {QStringLiteral("smtp"), {"SMTP: EHLO client.example.com", "SMTP: 220 mail.example.com ESMTP"}},
        {QStringLiteral("pop3"), {"POP3: USER alice", "POP3: +OK POP3 server ready"}},
        {QStringLiteral("imap"), {"IMAP: a1 LOGIN alice secret", "IMAP: * OK IMAP4rev1 ready"}},
        {QStringLiteral("sip"), {"SIP: INVITE sip:bob@example.com SIP/2.0", "SIP: SIP/2.0 180 Ringing"}},
    };
    const auto it = hints.constFind(key);
    return it == hints.cend() ? QString() : QString::fromUtf8(reply ? it->second : it->first);
}

/** What tcpdump prints for a UDP datagram of a few well-known protocols. */
QString udpHint(const QString &key, bool reply, int id)
{
    if (key == QLatin1String("dns"))
        return reply ? QStringLiteral("%1 1/0/0 A 198.51.100.80 (49)").arg(id)
                     : QStringLiteral("%1+ A? www.example.com. (33)").arg(id);
    static const QHash<QString, std::pair<const char *, const char *>> hints{
        {QStringLiteral("ntp"), {"NTPv4, Client, length 48", "NTPv4, Server, length 48"}},
        {QStringLiteral("snmp"),
         {"C=\"public\" GetRequest(28)  .1.3.6.1.2.1.1.5.0", "C=\"public\" GetResponse(41)  .1.3.6.1.2.1.1.5.0=\"sw-core-1\""}},
        {QStringLiteral("syslog"), {"SYSLOG local7.notice, length: 92", "SYSLOG local7.notice, length: 92"}},
        {QStringLiteral("tftp"), {"TFTP, length 26, RRQ \"sw-core-1.cfg\" octet", "TFTP, length 516, DATA block 1"}},
        {QStringLiteral("dhcp"),
         {"BOOTP/DHCP, Request from 52:54:00:12:34:56, length 300", "BOOTP/DHCP, Reply, length 300"}},
        {QStringLiteral("sip"), {"SIP: INVITE sip:bob@example.com SIP/2.0", "SIP: SIP/2.0 180 Ringing"}},
    };
    const auto it = hints.constFind(key);
    return it == hints.cend() ? QString() : QString::fromUtf8(reply ? it->second : it->first);
}

QString lanClient(QRandomGenerator &random)
{
    return QStringLiteral("10.0.0.%1").arg(10 + random.bounded(200));
}

QString internetHost(QRandomGenerator &random)
{
    // The documentation ranges (RFC 5737): never a real host.
    return random.bounded(2) ? QStringLiteral("198.51.100.%1").arg(1 + random.bounded(250))
                             : QStringLiteral("203.0.113.%1").arg(1 + random.bounded(250));
}

const QString kDmzServer = QStringLiteral("172.16.0.10");

} // namespace

CaptureDrill::CaptureDrill(const QList<Fact> &facts)
    : m_facts(facts)
{
    for (const Fact &f : m_facts) {
        if (f.kind != FactKind::Protocol)
            continue;
        for (const PortSpec &p : f.ports) {
            // A port the deck calls the client's (DHCP 68) or active-mode data (FTP 20, where
            // the server connects out) is no port a server listens on.
            const QString role = p.role.toLower();
            const bool notListening = role.contains(QLatin1String("client")) || role.contains(QLatin1String("activ"));
            if (!p.legacy && !notListening && p.port > 0 && p.port < kClientPortLow)
                m_services.append({&f, p});
        }
    }
}

Security CaptureDrill::securityOn(const PortSpec &port) const
{
    std::optional<Security> seen;
    for (const Service &s : m_services) {
        if (s.port.port != port.port || s.port.transport != port.transport)
            continue;
        if (seen && *seen != s.fact->security)
            return Security::NotApplicable;
        seen = s.fact->security;
    }
    return seen.value_or(Security::NotApplicable);
}

CaptureLine CaptureDrill::packet(const Service &service, const QString &client, const QString &server, int clientPort,
                                 bool reply, bool hints, CaptureFormat format, int number, QRandomGenerator &random)
{
    CaptureLine line;
    line.format = format;
    line.number = format == CaptureFormat::Wireshark ? number : 0;
    line.transport = service.port.transport;
    line.sourceIp = reply ? server : client;
    line.destinationIp = reply ? client : server;
    line.sourcePort = reply ? service.port.port : clientPort;
    line.destinationPort = reply ? clientPort : service.port.port;
    line.timeUs = format == CaptureFormat::Tcpdump ? (8 + random.bounded(10)) * 3600000000LL + random.bounded(3600000000LL)
                                                   : number * 120000LL + random.bounded(100000);
    const bool tcp = service.port.transport == Transport::Tcp;
    const QString hint = !hints ? QString()
                         : tcp  ? tcpHint(service.fact->key, reply)
                                : udpHint(service.fact->key, reply, 1000 + random.bounded(60000));
    const int payload = 20 + int(random.bounded(200));
    const quint32 seq = random.generate();
    if (format == CaptureFormat::Wireshark) {
        if (tcp && hint.isEmpty()) {
            line.info = reply ? QStringLiteral("[SYN, ACK] Seq=0 Ack=1 Win=65160 Len=0 MSS=1460 SACK_PERM WS=128")
                              : QStringLiteral("[SYN] Seq=0 Win=64240 Len=0 MSS=1460 SACK_PERM WS=128");
            line.length = 74;
        } else if (tcp) {
            line.info = QStringLiteral("[PSH, ACK] Seq=1 Ack=1 Win=502 Len=%1").arg(payload);
            line.length = 66 + payload;
        } else {
            line.info = QStringLiteral("Len=%1").arg(payload);
            line.length = 42 + payload;
        }
        return line;
    }
    if (tcp && hint.isEmpty())
        line.info = reply ? QStringLiteral("Flags [S.], seq %1, ack %2, win 65160, length 0").arg(seq).arg(random.generate())
                          : QStringLiteral("Flags [S], seq %1, win 64240, length 0").arg(seq);
    else if (tcp)
        line.info = QStringLiteral("Flags [P.], seq 1:%1, ack 1, win 502, length %2: %3").arg(payload + 1).arg(payload).arg(hint);
    else
        line.info = hint.isEmpty() ? QStringLiteral("UDP, length %1").arg(payload) : hint;
    return line;
}

std::optional<CaptureExercise> CaptureDrill::make(CaptureQuestion kind, quint32 seed) const
{
    if (m_services.isEmpty())
        return std::nullopt;
    QRandomGenerator random(seed * 4u + quint32(kind));
    const CaptureFormat format = random.bounded(2) ? CaptureFormat::Wireshark : CaptureFormat::Tcpdump;
    auto clientPort = [&random] { return kClientPortLow + int(random.bounded(kClientPortHigh - kClientPortLow + 1)); };
    const bool inbound = random.bounded(3) == 0;
    const QString client = inbound ? internetHost(random) : lanClient(random);
    const QString server = inbound ? kDmzServer : internetHost(random);
    const QString where = tr("The LAN is 10.0.0.0/24 and the DMZ 172.16.0.0/24; other addresses are on the internet.");
    CaptureExercise out;
    QuizQuestion &q = out.question;
    q.style = QuestionStyle::MultipleChoice;
    const Service &service = m_services.at(random.bounded(int(m_services.size())));

    switch (kind) {
    case CaptureQuestion::Protocol: {
        out.lines = {packet(service, client, server, clientPort(), false, false, format, 1, random)};
        q.style = QuestionStyle::Typed;
        q.check = TypedCheck::ProtocolOnPort;
        q.port = service.port.port;
        q.prompt = tr("Which protocol is this most likely?");
        QStringList names;
        for (const Service &s : m_services) {
            if (s.port.port == q.port && !names.contains(s.fact->name)) {
                names.append(s.fact->name);
                q.factKeys.append(s.fact->key);
            }
        }
        q.answer = names.join(QStringLiteral(", "));
        q.explanation = tr("The client's port %1 is a temporary one; the server listens on %2 %3.")
                            .arg(out.lines.constFirst().sourcePort).arg(transportName(service.port.transport)).arg(q.port);
        break;
    }
    case CaptureQuestion::Insecure: {
        QList<Service> insecure;
        QList<Service> secure;
        for (const Service &s : m_services) {
            const Security security = securityOn(s.port);
            if (security == Security::No)
                insecure.append(s);
            else if (security == Security::Yes)
                secure.append(s);
        }
        seededShuffle(secure, random);
        QList<Service> picked;
        QSet<int> ports;
        for (const Service &s : std::as_const(secure)) {
            if (picked.size() < 3 && !ports.contains(s.port.port)) {
                picked.append(s);
                ports.insert(s.port.port);
            }
        }
        seededShuffle(insecure, random);
        const auto bad = std::find_if(insecure.cbegin(), insecure.cend(), [&](const Service &s) { return !ports.contains(s.port.port); });
        if (picked.size() < 3 || bad == insecure.cend())
            return std::nullopt;
        q.correctOption = int(random.bounded(4));
        picked.insert(q.correctOption, *bad);
        for (int i = 0; i < picked.size(); ++i) {
            const bool in = random.bounded(3) == 0;
            out.lines.append(packet(picked.at(i), in ? internetHost(random) : lanClient(random),
                                    in ? kDmzServer : internetHost(random), clientPort(), false, true, format, i + 1, random));
            q.options.append(tr("Line %1").arg(i + 1));
            q.factKeys.append(picked.at(i).fact->key);
        }
        // One capture: its lines in time order, a few milliseconds apart.
        for (int i = 1; i < out.lines.size(); ++i)
            out.lines[i].timeUs = out.lines.at(i - 1).timeUs + 1000 + random.bounded(900000);
        q.prompt = tr("Which line shows an insecure protocol?");
        q.answer = tr("Line %1: %2 on %3 %4").arg(q.correctOption + 1).arg(bad->fact->name, transportName(bad->port.transport)).arg(bad->port.port);
        q.explanation = tr("%1 sends its traffic unencrypted; the others are %2.")
                            .arg(bad->fact->name,
                                 [&] {
                                     QStringList names;
                                     for (int i = 0; i < picked.size(); ++i)
                                         if (i != q.correctOption)
                                             names.append(picked.at(i).fact->name);
                                     return names.join(QStringLiteral(", "));
                                 }());
        q.factKeys = {bad->fact->key};
        break;
    }
    case CaptureQuestion::ServerSide: {
        const bool reply = random.bounded(2) == 1;
        const int ephemeral = clientPort();
        out.lines = {packet(service, client, server, ephemeral, reply, true, format, 1, random)};
        q.prompt = tr("Which side is the server?");
        const QString serverSide = tr("%1, port %2").arg(server).arg(service.port.port);
        const QString clientSide = tr("%1, port %2").arg(client).arg(ephemeral);
        // The options in the line's order, so the sender is always the first.
        q.options = reply ? QStringList{serverSide, clientSide} : QStringList{clientSide, serverSide};
        q.correctOption = reply ? 0 : 1;
        q.answer = serverSide;
        q.explanation = tr("%1 is in the dynamic range 49152–65535 that clients draw their source ports from; %2 is "
                           "%3's port, where the server listens.")
                            .arg(ephemeral).arg(service.port.port).arg(service.fact->name);
        q.factKeys = {service.fact->key};
        break;
    }
    case CaptureQuestion::BlockingRule: {
        const int ephemeral = clientPort();
        out.lines = {packet(service, client, server, ephemeral, false, true, format, 1, random)};
        const Transport t = service.port.transport;
        const Transport other = t == Transport::Tcp ? Transport::Udp : Transport::Tcp;
        const Direction d = inbound ? Direction::Inbound : Direction::Outbound;
        const Direction otherWay = inbound ? Direction::Outbound : Direction::Inbound;
        auto rule = [](Transport tr, int port, Direction dir) {
            FirewallRule r;
            r.action = RuleAction::Deny;
            r.transport = tr;
            r.portLow = r.portHigh = port;
            r.direction = dir;
            return r.toText();
        };
        const QString right = rule(t, service.port.port, d);
        QStringList options{right, rule(other, service.port.port, d), rule(t, ephemeral, d), rule(t, service.port.port, otherWay)};
        seededShuffle(options, random);
        q.options = options;
        q.correctOption = int(options.indexOf(right));
        q.prompt = where + QLatin1Char('\n') + tr("Which rule would block this connection?");
        q.answer = right;
        q.explanation = tr("A rule matches the server's port (%1), the transport (%2) and the way the connection goes "
                           "(%3: from %4 to %5).")
                            .arg(service.port.port)
                            .arg(transportName(t), directionName(d),
                                 inbound ? tr("the internet") : tr("the LAN"), inbound ? tr("the DMZ") : tr("the internet"));
        q.factKeys = {service.fact->key};
        break;
    }
    }
    QStringList text;
    if (format == CaptureFormat::Wireshark) // the columns' names, as the packet list heads them
        text.append(tr("  No.        Time Source → Destination Protocol Length Info"));
    for (int i = 0; i < out.lines.size(); ++i)
        text.append(format == CaptureFormat::Tcpdump && out.lines.size() > 1
                        ? QStringLiteral("%1  %2").arg(i + 1).arg(out.lines.at(i).toText())
                        : out.lines.at(i).toText());
    q.exhibit = text.join(QLatin1Char('\n'));
    return out;
}
