#include "answerchecker.h"
#include "deck.h"

#include <QSet>
#include <QTest>

class TestAnswerChecker : public QObject
{
    Q_OBJECT

private:
    QList<Fact> m_facts;
    AnswerChecker m_checker;

    void row(const char *kind, const char *subject, const QString &answer, const char *verdict,
             const char *feedback = "")
    {
        QTest::addRow("%s %s: %s", kind, subject, qPrintable(answer.left(30)))
            << QString::fromLatin1(kind) << QString::fromUtf8(subject) << answer << QString::fromLatin1(verdict)
            << QString::fromUtf8(feedback);
    }

private slots:
    void initTestCase()
    {
        qint64 id = 1;
        for (const DeckFact &df : Deck::builtin().facts) {
            m_facts.append(df.fact);
            m_facts.last().id = id++;
        }
        m_checker.setFacts(m_facts);
    }

    void check_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("feedback");

        // Which port? The ways people type one port.
        for (const char *a : {"22", "tcp/22", "22/TCP", "port 22", "TCP 22", "tcp 22", " 22 ", "Port 22",
                              "tcp:22", "22 tcp", "port: 22", "TCP port 22"})
            row("port", "SSH", QString::fromLatin1(a), "correct");
        row("port", "SSH", QStringLiteral("udp/22"), "partial", "wrong transport");
        row("port", "SSH", QStringLiteral("23"), "wrong", "SSH uses TCP 22");
        // A stray port beside a right one is wrong, and named.
        row("port", "SSH", QStringLiteral("22, 23"), "wrong", "23 is not a port of SSH");
        row("port", "SSH", QStringLiteral("22 and 80"), "wrong", "80 is not a port of SSH");
        row("port", "HTTPS", QStringLiteral("443, 8443"), "wrong", "8443 is not a port of HTTPS");
        // Number garbage is no list of ports.
        row("port", "SSH", QStringLiteral("22.5"), "wrong", "22.5 is not a port");
        row("port", "SSH", QStringLiteral("22,5"), "wrong", "5 is not a port of SSH");
        row("port", "SSH", QStringLiteral("22 .5"), "wrong");
        row("port", "SSH", QStringLiteral("tcp 22.0"), "wrong", "22.0 is not a port");
        row("port", "FTP", QStringLiteral("20,21"), "correct");
        row("port", "FTP", QStringLiteral("20.21"), "wrong", "20.21 is not a port");
        row("port", "Secure Shell", QStringLiteral("22"), "correct");
        // Several ports, any order, any separator; one of two is partial and names the other.
        for (const char *a : {"20, 21", "21/20", "20 and 21", "21 20", "tcp 20 and 21", "TCP 20/21",
                              "20;21", "21 & 20", "20+21", "ports 20 and 21", "20/tcp, 21/tcp"})
            row("port", "FTP", QString::fromLatin1(a), "correct");
        row("port", "FTP", QStringLiteral("21"), "partial", "Missing: 20 (data (active mode))");
        row("port", "FTP", QStringLiteral("20"), "partial", "Missing: 21 (control)");
        row("port", "FTP", QStringLiteral("20, 21, 22"), "wrong", "22 is not a port of FTP");
        row("port", "FTP", QStringLiteral("80"), "wrong");
        row("port", "DNS", QStringLiteral("53"), "correct");
        row("port", "DNS", QStringLiteral("udp/53"), "correct");
        row("port", "DNS", QStringLiteral("tcp 53"), "correct");
        row("port", "DHCP", QStringLiteral("67, 68"), "correct");
        row("port", "DHCP", QStringLiteral("68/udp 67/udp"), "correct");
        row("port", "DHCP", QStringLiteral("67"), "partial", "68 (client)");
        row("port", "DHCP", QStringLiteral("tcp 67 68"), "partial", "wrong transport");
        row("port", "SNMP", QStringLiteral("161 162"), "correct");
        row("port", "SNMP", QStringLiteral("udp 161, 162"), "correct");
        row("port", "SNMP", QStringLiteral("161"), "partial", "162 (traps)");
        row("port", "SIP", QStringLiteral("5060, 5061"), "correct");
        row("port", "SIP", QStringLiteral("5060"), "partial");
        row("port", "HTTPS", QStringLiteral("443"), "correct");
        row("port", "HTTPS", QStringLiteral("https"), "wrong", "Answer with a port number");
        row("port", "LDAPS", QStringLiteral("636"), "correct");
        row("port", "LDAPS", QStringLiteral("389"), "wrong");
        row("port", "MSSQL", QStringLiteral("1433"), "correct");
        row("port", "RDP", QStringLiteral("udp 3389"), "correct");
        row("port", "Syslog", QStringLiteral("514"), "correct");
        // No port at all.
        for (const char *a : {"none", "no port", "IP protocol 1", "protocol 1", "n/a", "None - IP protocol 1"})
            row("port", "ICMP", QString::fromLatin1(a), "correct");
        row("port", "ICMP", QStringLiteral("7"), "wrong", "ICMP has no port: it is IP protocol 1");
        row("port", "IPsec ESP", QStringLiteral("IP 50"), "correct");
        row("port", "ESP", QStringLiteral("4500"), "partial", "for one case only"); // NAT-T only
        row("port", "ESP", QStringLiteral("500"), "wrong");
        // Garbage gets a verdict.
        row("port", "SSH", QString(), "wrong", "Answer with a port number");
        row("port", "SSH", QStringLiteral("99999"), "wrong", "99999 is not a port");
        row("port", "SSH", QStringLiteral("-1"), "wrong", "-1 is not a port");
        row("port", "SSH", QStringLiteral("22222222222222222222"), "wrong", "is not a port");
        row("port", "SSH", QString::fromUtf8("２２"), "correct");
        row("port", "SSH", QString::fromUtf8("٢٢"), "correct");
        row("port", "SSH", QStringLiteral("'; DROP TABLE cards; --"), "wrong");
        row("port", "SSH", QString(5000, QLatin1Char('A')), "wrong");
        row("port", "SSH", QStringLiteral("22 ").repeated(2000), "correct");
        row("port", "SSH", QStringLiteral("\u0000\u0001\u00ff"), "wrong");

        // Which protocol? Names in any case, full names, aliases, small typos; shared ports.
        for (const char *a : {"SSH", "ssh", "SFTP", "Secure Shell", "secure shell", "SSH or SFTP", "sftp, ssh",
                              "secure shel", "SSH File Transfer Protocol"})
            row("protocol", "22", QString::fromLatin1(a), "correct");
        row("protocol", "tcp/22", QStringLiteral("ssh"), "correct");
        row("protocol", "22", QStringLiteral("Telnet"), "wrong", "Telnet does not use port 22");
        row("protocol", "22", QStringLiteral("SSH, Telnet"), "partial");
        row("protocol", "22", QStringLiteral("FTP"), "wrong");
        row("protocol", "22", QString(), "wrong");
        row("protocol", "22", QStringLiteral("22"), "wrong");
        row("protocol", "53", QStringLiteral("DNS"), "correct");
        row("protocol", "53", QStringLiteral("domain name sytem"), "correct");
        row("protocol", "5061", QStringLiteral("SIPS"), "correct");
        row("protocol", "5061", QStringLiteral("SIP"), "correct");
        row("protocol", "1433", QStringLiteral("MSSQL"), "correct");
        row("protocol", "1433", QStringLiteral("SQL Server"), "correct");
        row("protocol", "1433", QStringLiteral("sqlserver"), "correct");
        row("protocol", "1433", QStringLiteral("MySQL"), "wrong");
        row("protocol", "1433", QStringLiteral("MSQL"), "wrong"); // as close to MySQL as to MSSQL
        row("protocol", "3306", QStringLiteral("MySQL"), "correct");
        row("protocol", "161", QStringLiteral("SNMP"), "correct");
        row("protocol", "161", QStringLiteral("SNMPv3"), "correct");
        row("protocol", "143", QStringLiteral("IMAP"), "correct");
        row("protocol", "143", QStringLiteral("IMAP4"), "correct");
        row("protocol", "143", QStringLiteral("IMAPS"), "wrong");
        row("protocol", "993", QStringLiteral("IMAPS"), "correct");
        row("protocol", "445", QStringLiteral("CIFS"), "correct");
        row("protocol", "25", QStringLiteral("SMTPS"), "wrong");
        row("protocol", "123", QStringLiteral("NTP"), "correct");
        row("protocol", "123", QStringLiteral("NPT"), "correct"); // swapped letters
        row("protocol", "123", QStringLiteral("FTP"), "wrong");    // another letter: another protocol
        row("protocol", "69", QStringLiteral("TFTP"), "correct");
        row("protocol", "69", QStringLiteral("FTP"), "wrong");
        row("protocol", "9999", QStringLiteral("anything"), "wrong", "No protocol of the deck uses port 9999");
        row("protocol", "80", QStringLiteral("http'); DROP TABLE facts;--"), "correct"); // it does say HTTP
        row("protocol", "80", QStringLiteral("'); DROP TABLE facts;--"), "wrong");

        // Transport.
        for (const char *a : {"both", "TCP and UDP", "udp/tcp", "tcp, udp", "Both TCP and UDP"})
            row("transport", "DNS", QString::fromLatin1(a), "correct");
        // "Both" is the answer: one transport alone is wrong, and the other is named.
        row("transport", "DNS", QStringLiteral("UDP"), "wrong", "left out TCP");
        row("transport", "DNS", QStringLiteral("tcp"), "wrong", "left out UDP");
        row("transport", "LDAP", QStringLiteral("TCP"), "wrong", "left out UDP");
        row("transport", "Syslog", QStringLiteral("TCP"), "wrong", "Syslog uses UDP");
        row("transport", "NTP", QStringLiteral("UDP"), "correct");
        row("transport", "NTP", QStringLiteral("TCP"), "wrong");
        row("transport", "NTP", QStringLiteral("both"), "wrong");
        row("transport", "SSH", QStringLiteral("tcp"), "correct");
        row("transport", "RDP", QStringLiteral("both"), "correct");
        row("transport", "ICMP", QStringLiteral("neither"), "correct");
        row("transport", "ICMP", QStringLiteral("IP"), "correct");
        row("transport", "ICMP", QStringLiteral("TCP"), "wrong");
        row("transport", "NTP", QStringLiteral("banana"), "wrong", "Answer TCP, UDP or both");
        row("transport", "NTP", QString(), "wrong");

        // What replaces it securely?
        row("secure", "Telnet", QStringLiteral("SSH"), "correct");
        row("secure", "telnet", QStringLiteral("ssh"), "correct");
        row("secure", "Telnet", QStringLiteral("HTTPS"), "wrong", "Telnet is replaced by SSH");
        row("secure", "FTP", QStringLiteral("SFTP"), "correct");
        row("secure", "FTP", QStringLiteral("FTPS"), "correct");
        row("secure", "FTP", QStringLiteral("SFTP or FTPS"), "correct");
        row("secure", "FTP", QStringLiteral("SFTP, Telnet"), "partial");
        row("secure", "HTTP", QStringLiteral("HTTPS"), "correct");
        row("secure", "HTTP", QStringLiteral("HTTP"), "wrong");
        row("secure", "SNMP", QStringLiteral("SNMPv3"), "correct");
        row("secure", "SNMP", QStringLiteral("SNMP v3"), "correct");
        row("secure", "POP3", QStringLiteral("POP3S"), "correct");
        row("secure", "LDAP", QStringLiteral("LDAPS"), "correct");
        row("secure", "SSH", QStringLiteral("anything"), "wrong", "SSH is already secure");
        // Names are judged on what they name: word order, filler words and numbers aside.
        row("protocol", "443", QStringLiteral("secure http"), "correct");
        row("protocol", "443", QStringLiteral("http secure"), "correct");
        row("protocol", "443", QStringLiteral("Secure HTTP protocol"), "correct");
        row("protocol", "3389", QStringLiteral("rdp protocol"), "correct");
        row("protocol", "3389", QStringLiteral("the remote desktop protocol"), "correct");
        row("protocol", "69", QStringLiteral("tftp protocol"), "correct");
        row("protocol", "69", QStringLiteral("trivial ftp"), "correct");
        row("protocol", "69", QStringLiteral("FTP trivial"), "correct");
        row("protocol", "1433", QStringLiteral("microsoft sql"), "correct");
        row("protocol", "1433", QStringLiteral("SQL Server 1433"), "correct");
        row("protocol", "1433", QStringLiteral("SQL Server on TCP"), "correct");
        row("protocol", "3306", QStringLiteral("MySQL"), "correct");
        row("protocol", "3306", QStringLiteral("mysql server"), "correct");
        row("protocol", "3306", QStringLiteral("the MySQL server on 3306"), "correct");
        // A typo never pulls an answer to another product or an unrelated protocol.
        row("protocol", "1433", QStringLiteral("MySQL Server"), "wrong", "MySQL does not use port 1433");
        row("protocol", "3306", QStringLiteral("SQL Server"), "wrong");
        row("protocol", "22", QStringLiteral("secure ftp"), "correct");
        row("protocol", "5061", QStringLiteral("secure ftp"), "wrong");
        row("protocol", "22", QStringLiteral("ftp over ssh"), "correct");
        row("protocol", "990", QStringLiteral("ftp over ssh"), "wrong", "SFTP does not use port 990");
        row("protocol", "990", QStringLiteral("ftp over tls"), "correct");
        row("protocol", "22", QStringLiteral("Secure Shel"), "correct"); // a typo still forgiven
        row("secure", "FTP", QStringLiteral("secure ftp"), "correct");
        row("secure", "HTTP", QStringLiteral("secure http"), "correct");
        row("port", "secure http", QStringLiteral("443"), "correct"); // the subject by its words too
        // Functions are judged on meaning: secrecy, direction and role, then synonyms.
        row("function", "HTTPS", QStringLiteral("unencrypted web traffic"), "wrong", "HTTPS is encrypted");
        row("function", "HTTPS", QStringLiteral("web traffic in plain text"), "wrong", "HTTPS is encrypted");
        row("function", "HTTPS", QStringLiteral("encrypted web traffic"), "correct");
        row("function", "HTTP", QStringLiteral("encrypted web traffic"), "wrong", "not encrypted");
        row("function", "HTTP", QStringLiteral("unencrypted web pages"), "correct");
        row("function", "SMTP", QStringLiteral("retrieves mail from the server"), "wrong", "other direction");
        row("function", "SMTP", QStringLiteral("sends mail between servers"), "correct");
        row("function", "POP3", QStringLiteral("sends mail to the server"), "wrong", "other direction");
        row("function", "POP3", QStringLiteral("downloads mail to a client"), "correct");
        row("function", "SIP", QStringLiteral("carries the voice audio"), "wrong", "only sets the call up");
        row("function", "SIP", QStringLiteral("sets up voip calls"), "correct");
        row("function", "DNS", QStringLiteral("resolves hostnames to ip addresses"), "correct");
        row("function", "DNS", QStringLiteral("hostname resolution"), "correct");
        // Debatable answers: partly right, with the reason.
        row("port", "SMTPS", QStringLiteral("465"), "partial", "587");
        row("protocol", "465", QStringLiteral("SMTPS"), "partial", "implicit TLS");
        row("protocol", "8080", QStringLiteral("HTTP"), "partial", "alternate port");
        row("protocol", "8080", QStringLiteral("HTTP alternate"), "correct");
        row("secure", "DNS", QStringLiteral("DoH"), "partial", "DoT");
        row("secure", "DNS", QStringLiteral("DNS over HTTPS"), "partial", "DoT");
        row("port", "AH", QStringLiteral("51"), "partial", "IP protocol number");
        row("port", "AH", QStringLiteral("protocol 51"), "correct");
        row("port", "AH", QStringLiteral("50"), "wrong");
        row("name", "AH", QStringLiteral("IPsec"), "partial", "this one is IPsec AH");
        row("name", "ESP", QStringLiteral("IPsec"), "partial", "this one is IPsec ESP");
        row("name", "AH", QStringLiteral("Authentication Header"), "correct");
        // German range terms, "ephemer" among them.
        row("range", "50000", QStringLiteral("ephemer"), "correct");
        row("range", "50000", QStringLiteral("dynamischer Port"), "correct");
        row("range", "5000", QStringLiteral("registrierter Port"), "correct");
        row("range", "5000", QStringLiteral("ephemerer Port"), "wrong", "registered");
        // Everyday answers across the deck, each principle once more: stray ports, "both",
        // names by their words, replacements by port.
        row("port", "HTTPS", QStringLiteral("443"), "correct");
        row("port", "HTTPS", QStringLiteral("tcp/443"), "correct");
        row("port", "HTTPS", QStringLiteral("443, 80"), "wrong");
        row("port", "DNS", QStringLiteral("53"), "correct");
        row("port", "DNS", QStringLiteral("53/udp"), "correct");
        row("port", "DNS", QStringLiteral("53, 54"), "wrong");
        row("port", "FTP", QStringLiteral("21"), "partial");
        row("port", "FTP", QStringLiteral("20-21"), "correct");
        row("port", "SMTP", QStringLiteral("25"), "correct");
        row("port", "SMTP", QStringLiteral("25, 587"), "wrong");
        row("port", "POP3", QStringLiteral("110"), "correct");
        row("port", "IMAP", QStringLiteral("143"), "correct");
        row("port", "IMAPS", QStringLiteral("993"), "correct");
        row("port", "POP3S", QStringLiteral("995"), "correct");
        row("port", "LDAP", QStringLiteral("389"), "correct");
        row("port", "LDAPS", QStringLiteral("636"), "correct");
        row("port", "RDP", QStringLiteral("3389"), "correct");
        row("port", "RDP", QStringLiteral("3389.0"), "wrong");
        row("port", "SNMP", QStringLiteral("161, 162"), "correct");
        row("port", "SNMP", QStringLiteral("161"), "partial");
        row("port", "Telnet", QStringLiteral("23"), "correct");
        row("port", "Telnet", QStringLiteral("22"), "wrong");
        row("port", "NTP", QStringLiteral("123"), "correct");
        row("port", "TFTP", QStringLiteral("69"), "correct");
        row("port", "SIP", QStringLiteral("5060"), "partial");
        row("port", "SIP", QStringLiteral("5060, 5061"), "correct");
        row("port", "Syslog", QStringLiteral("514"), "correct");
        row("port", "MySQL", QStringLiteral("3306"), "correct");
        row("port", "SQL Server", QStringLiteral("1433"), "correct");
        row("port", "SQL Server", QStringLiteral("3306"), "wrong");
        row("protocol", "25", QStringLiteral("SMTP"), "correct");
        row("protocol", "25", QStringLiteral("simple mail transfer"), "correct");
        row("protocol", "110", QStringLiteral("post office protocol"), "correct");
        row("protocol", "143", QStringLiteral("IMAP4"), "correct");
        row("protocol", "389", QStringLiteral("ldap protocol"), "correct");
        row("protocol", "3389", QStringLiteral("remote desktop"), "correct");
        row("protocol", "123", QStringLiteral("network time"), "correct");
        row("protocol", "161", QStringLiteral("snmp agent"), "correct");
        row("protocol", "53", QStringLiteral("domain name system"), "correct");
        row("protocol", "23", QStringLiteral("telnet protocol"), "correct");
        row("protocol", "80", QStringLiteral("web"), "wrong");
        row("protocol", "80", QStringLiteral("hypertext transfer"), "correct");
        row("protocol", "443", QStringLiteral("https server"), "correct");
        row("protocol", "69", QStringLiteral("trivial file transfer"), "correct");
        row("transport", "DNS", QStringLiteral("both"), "correct");
        row("transport", "DNS", QStringLiteral("tcp and udp"), "correct");
        row("transport", "HTTP", QStringLiteral("tcp"), "correct");
        row("transport", "HTTP", QStringLiteral("udp"), "wrong");
        row("transport", "NTP", QStringLiteral("UDP"), "correct");
        row("transport", "SNMP", QStringLiteral("udp"), "correct");
        row("transport", "SNMP", QStringLiteral("tcp"), "wrong");
        row("secure", "POP3", QStringLiteral("995"), "correct");
        row("secure", "IMAP", QStringLiteral("993"), "correct");
        row("secure", "LDAP", QStringLiteral("636"), "correct");
        row("secure", "SNMP", QStringLiteral("SNMPv3"), "correct");
        row("secure", "Telnet", QStringLiteral("SSH on port 22"), "correct");
        // Names learners use, where they are accurate.
        row("protocol", "22", QStringLiteral("SSHv2"), "correct");
        row("protocol", "67", QStringLiteral("BOOTP"), "correct");
        row("protocol", "68", QStringLiteral("bootpc"), "correct");
        row("protocol", "162", QStringLiteral("snmptrap"), "correct");
        row("protocol", "123", QStringLiteral("SNTP"), "correct");
        row("protocol", "445", QStringLiteral("microsoft-ds"), "correct");
        row("protocol", "4500", QStringLiteral("NAT-T"), "correct");
        row("protocol", "993", QStringLiteral("IMAP4S"), "correct");
        row("protocol", "636", QStringLiteral("LDAP SSL"), "correct");
        row("port", "SNTP", QStringLiteral("123"), "correct");
        row("port", "BOOTP", QStringLiteral("67, 68"), "correct");
        row("protocol", "161", QStringLiteral("SNTP"), "wrong"); // SNTP is no typo of SNMP
        // The replacement may be named by its port.
        row("secure", "Telnet", QStringLiteral("22"), "correct");
        row("secure", "Telnet", QStringLiteral("port 22"), "correct");
        row("secure", "Telnet", QStringLiteral("tcp/22"), "correct");
        row("secure", "HTTP", QStringLiteral("443"), "correct");
        row("secure", "HTTP", QStringLiteral("port 443"), "correct");
        row("secure", "HTTP", QStringLiteral("80"), "wrong", "HTTP is replaced by HTTPS");
        row("secure", "Telnet", QStringLiteral("23"), "wrong");
        row("secure", "Telnet", QStringLiteral("22, 23"), "partial");

        // Port ranges, with the edges and the common ports the "1024–65535 are ephemeral" shortcut gets wrong.
        row("range", "22", QStringLiteral("well-known"), "correct");
        row("range", "22", QStringLiteral("well known"), "correct");
        row("range", "22", QStringLiteral("system"), "correct");
        row("range", "22", QStringLiteral("registered"), "wrong");
        row("range", "0", QStringLiteral("well-known"), "correct");
        row("range", "1023", QStringLiteral("well-known"), "correct");
        row("range", "1024", QStringLiteral("registered"), "correct");
        row("range", "49151", QStringLiteral("registered"), "correct");
        row("range", "49152", QStringLiteral("dynamic"), "correct");
        row("range", "65535", QStringLiteral("dynamic"), "correct");
        row("range", "3389", QStringLiteral("ephemeral"), "wrong", "dynamic range starts at 49152");
        row("range", "3389", QStringLiteral("registered"), "correct");
        row("range", "5060", QStringLiteral("dynamic"), "wrong", "registered port");
        row("range", "1433", QStringLiteral("user"), "correct");
        row("range", "50000", QStringLiteral("private"), "correct");
        row("range", "50000", QStringLiteral("ephemeral"), "correct");
        row("range", "443", QStringLiteral("dynamic"), "wrong");
        row("range", "8080", QString(), "wrong", "Answer well-known, registered or dynamic");

        // Function, judged by its keywords.
        row("function", "SSH", QStringLiteral("encrypted remote shell"), "correct");
        row("function", "SSH", QStringLiteral("secure remote administration of hosts"), "correct");
        row("function", "SSH", QStringLiteral("remote"), "partial");
        row("function", "SSH", QStringLiteral("web pages"), "wrong");
        row("function", "DNS", QStringLiteral("resolves names to IP addresses"), "correct");
        row("function", "SMTP", QStringLiteral("relays email between mail servers"), "correct");
        row("function", "NTP", QString(), "wrong");
        row("function", "NTP", QStringLiteral("time synchronization"), "correct");
        row("function", "DHCP", QStringLiteral("assigns IP addresses"), "correct");
        row("function", "FTP", QStringLiteral("file transfer"), "correct");
        // Punctuation, hyphenated pairs, negation, hedging, names with numbers or roles.
        row("port", "FTP", QStringLiteral("20-21"), "correct");
        row("port", "SSH", QStringLiteral("(22)"), "correct");
        row("port", "SSH", QStringLiteral("22?"), "correct");
        row("port", "FTP", QStringLiteral("20, 21."), "correct");
        row("port", "RADIUS", QStringLiteral("1812-1813"), "correct");
        row("transport", "ICMP", QStringLiteral("neither tcp nor udp"), "correct");
        row("transport", "SSH", QStringLiteral("TCP, not UDP"), "correct");
        row("transport", "ESP", QStringLiteral("neither"), "correct");
        row("range", "22", QStringLiteral("well-known, registered or dynamic"), "wrong", "Name one range");
        row("range", "50000", QStringLiteral("dynamic (not registered)"), "correct");
        row("protocol", "587", QStringLiteral("submission"), "correct");
        row("protocol", "137", QStringLiteral("NetBIOS"), "correct");
        row("protocol", "500", QStringLiteral("IPsec"), "correct");
        row("protocol", "20", QStringLiteral("FTP data"), "correct");
        row("protocol", "68", QStringLiteral("DHCP client"), "correct");
        row("protocol", "22", QStringLiteral("SSH (port 22)"), "correct");
        row("protocol", "443", QStringLiteral("https 443"), "correct");
        row("protocol", "3389", QStringLiteral("RTP"), "wrong"); // another protocol, not a typo of RDP
        row("secure", "SMTP", QStringLiteral("SMTP over TLS"), "correct");

        // Legacy ports count when named, but are never required: RADIUS 1645 and 1646.
        row("port", "RADIUS", QStringLiteral("1812, 1813"), "correct");
        row("port", "RADIUS", QStringLiteral("1812 1813 1645 1646"), "correct", "legacy port");
        row("port", "RADIUS", QStringLiteral("udp 1812/1813"), "correct");
        row("port", "RADIUS", QStringLiteral("1645, 1646"), "partial", "of RADIUS. Today it uses 1812, 1813");
        row("port", "RADIUS", QStringLiteral("1812, 1646"), "partial", "Today it uses 1812, 1813");
        row("port", "RADIUS", QStringLiteral("1812"), "partial", "1813 (accounting)");
        row("port", "RADIUS", QStringLiteral("1812, 1813, 1700"), "wrong", "1700 is not a port of RADIUS");
        row("port", "RADIUS", QStringLiteral("tcp 1812 1813"), "partial", "wrong transport");
        row("protocol", "1645", QStringLiteral("RADIUS"), "correct");
        row("protocol", "1812", QStringLiteral("radius server"), "correct");
        // SCP rides SSH on TCP 22, and replaces TFTP for copying.
        row("port", "SCP", QStringLiteral("22"), "correct");
        row("port", "Secure Copy", QStringLiteral("tcp/22"), "correct");
        row("port", "SCP", QStringLiteral("21"), "wrong");
        row("protocol", "22", QStringLiteral("SCP"), "correct");
        row("protocol", "22", QStringLiteral("secure copy"), "correct");
        row("secure", "TFTP", QStringLiteral("SCP"), "correct");
        row("secure", "TFTP", QStringLiteral("SFTP"), "correct");
        row("secure", "TFTP", QStringLiteral("22"), "correct");
        row("secure", "TFTP", QStringLiteral("FTPS"), "wrong");
        row("transport", "SCP", QStringLiteral("tcp"), "correct");
        row("transport", "SCP", QStringLiteral("udp"), "wrong");
        // Traffic types, named from their definition; one another's names are wrong.
        row("name", "Multicast", QStringLiteral("multicast"), "correct");
        row("name", "Multicast", QStringLiteral("IP multicast"), "correct");
        row("name", "Multicast", QStringLiteral("broadcast"), "wrong");
        row("name", "Anycast", QStringLiteral("anycast"), "correct");
        row("name", "Anycast", QStringLiteral("unicast"), "wrong");
        row("name", "Broadcast", QStringLiteral("Broadcast"), "correct");
        row("name", "Broadcast", QStringLiteral("broadcst"), "correct"); // one letter missing
        row("name", "Broadcast", QStringLiteral("multicast"), "wrong");
        row("name", "Unicast", QStringLiteral("unicast traffic"), "correct");
        row("name", "Unicast", QStringLiteral("anycast"), "wrong");
        // Function lines that no longer give their protocol's name away still lead to it.
        row("name", "IMAPS", QStringLiteral("IMAPS"), "correct");
        row("name", "IMAPS", QStringLiteral("IMAP over SSL"), "correct");
        row("name", "POP3S", QStringLiteral("pop3s"), "correct");
        row("name", "SIPS", QStringLiteral("SIP over TLS"), "correct");
        row("name", "SNMPv3", QStringLiteral("snmp v3"), "correct");
        row("name", "SNMPv3", QStringLiteral("SNMPv2c"), "wrong");
        row("name", "DoT", QStringLiteral("DNS over TLS"), "correct");
        row("name", "SQL Server", QStringLiteral("MSSQL"), "correct");
        row("name", "SQL Server", QStringLiteral("MySQL"), "wrong");
        row("name", "MySQL", QStringLiteral("mariadb"), "correct");
        row("name", "MySQL", QStringLiteral("SQL Server"), "wrong");
        row("name", "Oracle", QStringLiteral("oracle database"), "correct");
        row("name", "Syslog over TLS", QStringLiteral("syslog tls"), "correct");
        row("name", "Syslog over TLS", QStringLiteral("syslog"), "wrong");
        // Describing the rewritten ones: meaning, not the name.
        row("function", "SMTPS", QStringLiteral("mail clients submit outgoing mail over STARTTLS"), "correct");
        row("function", "SMTPS", QStringLiteral("retrieves mail from the server"), "wrong");
        row("function", "SIPS", QStringLiteral("encrypted call signalling"), "correct");
        row("function", "SIPS", QStringLiteral("carries the voice audio"), "wrong");

        // Functions by meaning: another protocol's job is wrong, whatever words it shares.
        row("function", "DNS", QStringLiteral("maps hostnames to IPs"), "correct");
        row("function", "DNS", QStringLiteral("turns domain names into IP addresses"), "correct");
        row("function", "DNS", QStringLiteral("hands out IP addresses to hosts"), "wrong", "That describes DHCP");
        row("function", "DNS", QStringLiteral("resolves IP addresses to MAC addresses"), "wrong");
        row("function", "DNS", QStringLiteral("translates private addresses to public ones"), "wrong");
        row("function", "DHCP", QStringLiteral("hands out IP addresses automatically"), "correct");
        row("function", "DHCP", QStringLiteral("leases addresses to clients"), "correct");
        row("function", "DHCP", QStringLiteral("looks up hostnames"), "wrong", "That describes");
        row("function", "DHCP", QStringLiteral("configures static IP addresses by hand"), "wrong");
        row("function", "DHCP", QStringLiteral("gives out IPv6 addresses"), "wrong");
        row("function", "NTP", QStringLiteral("keeps the clocks of devices in sync"), "correct");
        row("function", "NTP", QStringLiteral("synchronizes files between servers"), "wrong");
        row("function", "SNMP", QStringLiteral("monitors routers and switches"), "correct");
        row("function", "SNMP", QStringLiteral("sends log messages to a collector"), "wrong", "That describes");
        row("function", "Syslog", QStringLiteral("central logging of events"), "correct");
        row("function", "Syslog", QStringLiteral("polls devices for statistics"), "wrong");
        // Direction and where the mail stays.
        row("function", "POP3", QStringLiteral("downloads mail to one client and deletes it from the server"), "correct");
        row("function", "POP3", QStringLiteral("keeps mail on the server in sync across devices"), "wrong", "does not fit POP3");
        row("function", "IMAP", QStringLiteral("reads mail that stays on the server"), "correct");
        row("function", "IMAP", QStringLiteral("downloads mail and deletes it from the server"), "wrong");
        row("function", "IMAP", QStringLiteral("sends mail to other servers"), "wrong");
        row("function", "SMTP", QStringLiteral("sends outgoing mail"), "correct");
        // Transports and IPsec parts: opposites exclude each other.
        row("function", "TCP", QStringLiteral("guaranteed, ordered delivery"), "correct");
        row("function", "TCP", QStringLiteral("connectionless, best-effort delivery"), "wrong");
        row("function", "UDP", QStringLiteral("fast connectionless datagrams"), "correct");
        row("function", "UDP", QStringLiteral("reliable delivery with a three-way handshake"), "wrong");
        row("function", "UDP", QStringLiteral("not reliable"), "correct");
        row("function", "AH", QStringLiteral("integrity and origin authentication without encryption"), "correct");
        row("function", "AH", QStringLiteral("encrypts the packet payload"), "wrong");
        row("function", "ESP", QStringLiteral("encrypts the IPsec payload"), "correct");
        row("function", "ESP", QStringLiteral("negotiates keys between peers"), "wrong", "That describes IKE");
        row("function", "IKE", QStringLiteral("agrees on keys and security associations"), "correct");
        row("function", "IKE", QStringLiteral("proves packet integrity without encrypting"), "wrong");
        row("function", "GRE", QStringLiteral("tunnels other protocols"), "correct");
        row("function", "GRE", QStringLiteral("an encrypted tunnel"), "wrong");
        // Remote access: a shell is not a desktop.
        row("function", "RDP", QStringLiteral("graphical remote desktop"), "correct");
        row("function", "RDP", QStringLiteral("text-based remote shell"), "wrong");
        row("function", "Telnet", QStringLiteral("remote command line in plain text"), "correct");
        row("function", "SSH", QStringLiteral("remote terminal in clear text"), "wrong");
        // Files: over SSH or over TLS, with a login or without.
        row("function", "SFTP", QStringLiteral("secure file transfer over SSH"), "correct");
        row("function", "SFTP", QStringLiteral("file transfer over TLS"), "wrong");
        row("function", "SFTP", QStringLiteral("file transfer"), "partial", "true of FTP too");
        row("function", "FTPS", QStringLiteral("FTP with TLS"), "correct");
        row("function", "FTPS", QStringLiteral("file transfer over SSH"), "wrong");
        row("function", "TFTP", QStringLiteral("simple file transfer without a login"), "correct");
        row("function", "TFTP", QStringLiteral("file transfer with a login and directory listing"), "wrong");
        row("function", "FTP", QStringLiteral("copies files through an SSH session"), "wrong");
        row("function", "FTP", QStringLiteral("file transfer over UDP"), "wrong", "FTP uses TCP");
        row("function", "SMB", QStringLiteral("file and printer sharing for Windows"), "correct");
        row("function", "SMB", QStringLiteral("transfers files"), "partial");
        // Databases told apart by what they are.
        row("function", "SQL Server", QStringLiteral("Microsoft's relational database"), "correct");
        row("function", "SQL Server", QStringLiteral("open-source database from the LAMP stack"), "wrong");
        row("function", "MySQL", QStringLiteral("open source database"), "correct");
        row("function", "MySQL", QStringLiteral("Microsoft's database engine"), "wrong");
        // Who receives: one, a group, everyone, the nearest.
        row("function", "Unicast", QStringLiteral("one to one"), "correct");
        row("function", "Unicast", QStringLiteral("one sender to all hosts"), "wrong");
        row("function", "Multicast", QStringLiteral("one to the hosts that joined a group"), "correct");
        row("function", "Multicast", QStringLiteral("one to every host on the segment"), "wrong");
        row("function", "Broadcast", QStringLiteral("one to all hosts on the local network"), "correct");
        row("function", "Broadcast", QStringLiteral("delivered to the nearest of several hosts"), "wrong");
        row("function", "Anycast", QStringLiteral("the same address in many places; the nearest answers"), "correct");
        row("function", "Anycast", QStringLiteral("one to one"), "wrong");
        row("function", "IGMP", QStringLiteral("hosts tell routers which multicast groups they want"), "correct");
        // Authentication: tickets are Kerberos, AAA is RADIUS.
        row("function", "Kerberos", QStringLiteral("authentication with tickets from a KDC"), "correct");
        row("function", "Kerberos", QStringLiteral("AAA for VPN and Wi-Fi logins"), "wrong");
        row("function", "RADIUS", QStringLiteral("authentication, authorization and accounting"), "correct");
        row("function", "RADIUS", QStringLiteral("ticket-based authentication"), "wrong");
        // Names, ports, transports and ranges as learners type them.
        row("protocol", "22", QStringLiteral("I think it's SSH"), "correct");
        row("protocol", "587", QStringLiteral("smtp secure"), "correct");
        row("protocol", "161", QStringLiteral("secure snmp"), "correct"); // SNMPv3, which shares 161
        row("protocol", "123", QStringLiteral("NNTP"), "wrong");        // a protocol of its own, not a typo of SNTP
        row("protocol", "1720", QStringLiteral("H.324"), "wrong");
        row("protocol", "1720", QStringLiteral("H.323"), "correct");
        row("port", "SSH", QStringLiteral("TCP22"), "correct");
        row("transport", "SSH", QStringLiteral("Transmission Control Protocol"), "correct");
        row("transport", "DHCP", QStringLiteral("user datagram protocol"), "correct");
        row("transport", "SSH", QStringLiteral("tpc"), "correct");
        row("transport", "DHCP", QStringLiteral("upd"), "correct");
        row("range", "443", QStringLiteral("well-knwon"), "correct");
        row("range", "50000", QStringLiteral("ephemral"), "correct");
        row("range", "3389", QStringLiteral("registred"), "correct");
        row("secure", "Telnet", QStringLiteral("use SSH instead"), "correct");
        row("secure", "SMTP", QStringLiteral("465"), "partial", "465 is SMTP over implicit TLS");
        row("secure", "SMTP", QStringLiteral("submissions"), "partial");
        row("secure", "DNS", QStringLiteral("443"), "partial", "DoH");
        row("secure", "SNMP", QStringLiteral("161"), "wrong");
        row("secure", "SIP", QStringLiteral("5061"), "correct");
        // Words that name a job only with their object: "log in" is no logging, "real-time" no
        // clock, "MAC" no address resolution, "private data over public networks" no NAT.
        row("function", "SSH", QStringLiteral("encrypted way to log in to a server's shell"), "correct");
        row("function", "SIP", QStringLiteral("sets up real-time voice and video calls"), "correct");
        row("function", "DHCP", QStringLiteral("gives hosts IP addresses based on their MAC address"), "correct");
        row("function", "ESP", QStringLiteral("encrypts private data over public networks"), "partial"); // any VPN does
        row("function", "SSH", QStringLiteral("encrypted remote shell over TCP, not UDP"), "correct");
        row("function", "FTP", QStringLiteral("moves files, not secure"), "correct");
        row("function", "FTP", QStringLiteral("moves files with no encryption"), "correct");
        row("function", "SMB", QStringLiteral("file sharing, not encrypted by default"), "correct");
        row("function", "Broadcast", QStringLiteral("one to all hosts on the IPv4 subnet"), "correct");
        row("function", "Anycast", QStringLiteral("a single address announced in many places; the nearest answers"), "correct");
        row("function", "DNS", QStringLiteral("provides hostname to IP address resolution"), "correct");
        // A swap of two letters is a typo even when the swapped name is another registered service.
        row("protocol", "53", QStringLiteral("dsn"), "correct");
        row("protocol", "3389", QStringLiteral("drp"), "correct");
        row("protocol", "22", QStringLiteral("I think it's SSH on 22"), "correct");
        // Mail that stays on the server is IMAP's job; a one-word topic is only part of an answer.
        row("function", "POP3S", QStringLiteral("syncs mail folders on the server over tls"), "wrong");
        row("function", "SMTP", QStringLiteral("keeps your mailbox synced across devices"), "wrong");
        row("function", "NTP", QStringLiteral("keeps device configs in sync"), "wrong");
        row("function", "DHCP", QStringLiteral("auto configures hosts with an IP so you don't have to do it by hand"), "correct");
        row("function", "ESP", QStringLiteral("ipsec encryption"), "correct");
        row("function", "AH", QStringLiteral("the ipsec part that does authentication"), "correct");
        row("function", "IGMP", QStringLiteral("hosts join multicast groups"), "correct");
        row("function", "SNMP", QStringLiteral("monitoring"), "partial");
        row("function", "SSH", QStringLiteral("secure remote administration"), "correct");
        // Names: a transport on its own, a colloquial expansion, a short form, two names of one.
        row("name", "UDP", QStringLiteral("UDP protocol"), "correct");
        row("name", "TCP", QStringLiteral("the tcp protocol"), "correct");
        row("name", "DNS", QStringLiteral("Domain Name Service"), "correct");
        row("name", "DHCP", QStringLiteral("dynamic host config protocol"), "correct");
        row("name", "SMB", QStringLiteral("SMB / CIFS"), "correct");
        row("name", "Submissions", QStringLiteral("smtps"), "partial", "465 is SMTP over implicit TLS");
        row("name", "HTTP alternate", QStringLiteral("http"), "partial", "8080 carries HTTP");
        row("protocol", "3389", QStringLiteral("NNTP"), "wrong", "NNTP does not use port 3389; RDP does");
        row("function", "NTP", QStringLiteral("time synchronization for network devices"), "correct");
        row("function", "AH", QStringLiteral("encrypts and authenticates the payload"), "wrong");
        row("function", "SNMPv3", QStringLiteral("secure version of snmp with authentication and encryption"), "correct");
        row("function", "LDAPS", QStringLiteral("ldap over ssl/tls"), "correct");
        row("function", "LDAPS", QStringLiteral("ldap in plain text"), "wrong");
    }

    void check()
    {
        QFETCH(QString, kind);
        QFETCH(QString, subject);
        QFETCH(QString, answer);
        QFETCH(QString, verdict);
        QFETCH(QString, feedback);
        QuestionKind k;
        QVERIFY(parseQuestionKind(kind, &k));
        QString error;
        const std::optional<CheckResult> r = m_checker.check(k, subject, answer, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY2(verdictKey(r->verdict) == verdict,
                 qPrintable(QStringLiteral("%1 (%2)").arg(verdictKey(r->verdict), r->feedback)));
        QVERIFY2(r->feedback.contains(feedback), qPrintable(r->feedback));
        QVERIFY(!r->expected.isEmpty() || kind == QLatin1String("protocol") || kind == QLatin1String("secure"));
    }

    // Every entry's own function line describes it; another's does only when the two do the
    // same job (FTP and TFTP move files, DNS and NetBIOS names resolve names).
    void functionLinesDescribeTheirOwnEntry()
    {
        const QSet<QPair<QString, QString>> siblings{
            {"ftp", "tftp"}, {"ftp", "scp"}, {"tftp", "scp"}, {"sftp", "scp"}, {"smtp", "smtps"}, {"smtp", "submissions"},
            {"smtps", "submissions"}, {"dns", "netbios-ns"}, {"http", "http-alt"}, {"smb", "netbios-ssn"}, {"sip", "h323"},
            {"broadcast", "netbios-dgm"}};
        QStringList unexpected;
        for (const Fact &f : std::as_const(m_facts)) {
            if (f.kind == FactKind::Range)
                continue;
            QCOMPARE(m_checker.checkFunction(f, f.function).verdict, Verdict::Correct);
            for (const Fact &g : std::as_const(m_facts)) {
                if (g.kind == FactKind::Range || g.key == f.key || m_checker.checkFunction(f, g.function).verdict != Verdict::Correct)
                    continue;
                if (!siblings.contains({f.key, g.key}) && !siblings.contains({g.key, f.key}))
                    unexpected << QStringLiteral("%1 described as %2").arg(f.key, g.key);
            }
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral(", "))));
    }

    // A German learner's entries carry German lines; what they mean is read from the deck's
    // English line, so every entry is still described by its own (English) function line.
    void functionLinesWithGermanEntries()
    {
        QList<Fact> german = m_facts;
        for (Fact &f : german) {
            for (const DeckFact &df : Deck::builtin().facts) {
                if (df.fact.key == f.key)
                    f.function = df.translations.value(QStringLiteral("de")).value(QStringLiteral("function"), f.function);
            }
        }
        const AnswerChecker checker(german);
        for (const Fact &f : std::as_const(m_facts)) {
            if (f.kind != FactKind::Range)
                QVERIFY2(checker.checkFunction(f, f.function).verdict == Verdict::Correct, qPrintable(f.key));
        }
        QCOMPARE(checker.checkFunction(german.at(4), QStringLiteral("relays mail between servers")).verdict, Verdict::Correct); // SMTP
    }

    void badSubjects()
    {
        QString error;
        QVERIFY(!m_checker.check(QuestionKind::Port, QStringLiteral("Gopher"), QStringLiteral("70"), &error));
        QVERIFY(error.contains(QLatin1String("not a protocol of the deck")));
        QVERIFY(!m_checker.check(QuestionKind::Range, QStringLiteral("twenty"), QStringLiteral("x"), &error));
        QVERIFY(error.contains(QLatin1String("not a port")));
        QVERIFY(!m_checker.check(QuestionKind::Protocol, QStringLiteral("70000"), QStringLiteral("x"), &error));
    }

    // Every card of the deck can be answered right with its own expected answer.
    void everyCardAcceptsItsAnswer()
    {
        QList<CardInfo> cards;
        for (const CardSpec &spec : generateCards(Deck::builtin())) {
            if (spec.tmpl == CardTemplate::Basic)
                continue;
            CardInfo c;
            c.tmpl = spec.tmpl;
            c.variant = spec.variant;
            for (const Fact &f : m_facts) {
                if (f.key == spec.factKey)
                    c.factId = f.id;
            }
            const std::optional<CheckResult> blank = m_checker.checkCard(c, QString());
            QVERIFY2(blank, qPrintable(spec.key));
            QCOMPARE(blank->verdict, Verdict::Wrong);
            QString answer = blank->expected.join(QStringLiteral(" or "));
            if (spec.tmpl == CardTemplate::ProtocolToPort && answer.startsWith(QLatin1String("IP protocol")))
                answer = QStringLiteral("none");
            const std::optional<CheckResult> right = m_checker.checkCard(c, answer);
            QVERIFY2(right && right->verdict == Verdict::Correct,
                     qPrintable(spec.key + QStringLiteral(": '") + answer + QStringLiteral("' → ") + (right ? right->feedback : QString())));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnswerChecker)
#include "tst_answerchecker.moc"
