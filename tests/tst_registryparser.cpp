// The port registries: IANA's service-names CSV (ranges, quoted fields over lines, reserved
// rows, bad rows by line) and services files (aliases, comments), and what is refused.
#include "registryparser.h"

#include <QFile>
#include <QTest>

namespace {

const QByteArray kHeader = "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
                           "Registration Date,Modification Date,Reference,Service Code,"
                           "Unauthorized Use Reported,Assignment Notes\r\n";

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(PORTDECK_TEST_DATA "/registry/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// "name low-high transport | description" of each service, to compare in one line.
QStringList summary(const RegistryFile &file)
{
    QStringList out;
    for (const RegistryService &s : file.services)
        out << QStringLiteral("%1 %2 %3 %4 | %5 | %6")
                   .arg(s.name, s.portsText(), s.transport, s.aliases.join(QLatin1Char(',')), s.description)
                   .arg(s.line);
    return out;
}

QStringList problems(const RegistryFile &file)
{
    QStringList out;
    for (const ImportProblem &p : file.problems)
        out << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return out;
}

} // namespace

class TestRegistryParser : public QObject
{
    Q_OBJECT

private slots:
    void readsIanaRows_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<int>("unassigned");
        QTest::addColumn<QStringList>("problems");

        QTest::newRow("one port")
            << QByteArray("ssh,22,tcp,The Secure Shell (SSH) Protocol,,,,,[RFC4251],,,\r\n")
            << QStringList{"ssh 22 tcp  | The Secure Shell (SSH) Protocol | 2"} << 0 << QStringList{};
        QTest::newRow("range")
            << QByteArray("x11,6000-6063,tcp,X Window System,[Stephen_Gildea],,,,,,Known Unauthorized Use,\r\n")
            << QStringList{"x11 6000–6063 tcp  | X Window System | 2"} << 0 << QStringList{};
        QTest::newRow("range without a transport")
            << QByteArray("active-net,3322-3325,,Active Networks,,,,,,,,\r\n")
            << QStringList{"active-net 3322–3325   | Active Networks | 2"} << 0 << QStringList{};
        QTest::newRow("quoted field over lines")
            << QByteArray("whois++,63,tcp,\"whois++, the\nnext one\",,,,,,,,\"a note\r\non two lines\"\r\n"
                          "covia,64,tcp,Communications Integrator (CI),,,,,,,,\r\n")
            << QStringList{"whois++ 63 tcp  | whois++, the next one | 2", "covia 64 tcp  | Communications Integrator (CI) | 5"}
            << 0 << QStringList{};
        QTest::newRow("reserved and unassigned rows")
            << QByteArray(",0,tcp,Reserved,[Jon_Postel],,,,,,,\r\n,4,udp,Unassigned,,,,,,,,\r\n"
                          "wins-name,,,,,,,,,,,\r\nrje,5,udp,Remote Job Entry,,,,,,,,\r\n")
            << QStringList{"rje 5 udp  | Remote Job Entry | 5"} << 3 << QStringList{};
        QTest::newRow("bad rows by line")
            << QByteArray("good,7,tcp,Echo,,,,,,,,\r\nbadport,7x,tcp,x,,,,,,,,\r\nhigh,70000,udp,x,,,,,,,,\r\n"
                          "backwards,20-10,tcp,x,,,,,,,,\r\nodd,9,ip,x,,,,,,,,\r\nshort,9\r\n")
            << QStringList{"good 7 tcp  | Echo | 2"} << 0
            << QStringList{"3: “7x” is not a port (0–65535) or a range of ports.",
                           "4: “70000” is not a port (0–65535) or a range of ports.",
                           "5: “20-10” is not a port (0–65535) or a range of ports.",
                           "6: “ip” is not a transport (tcp, udp, sctp or dccp).",
                           "7: The row has too few fields (2); IANA's rows have 12."};
        QTest::newRow("unterminated quote")
            << QByteArray("good,7,tcp,Echo,,,,,,,,\r\nbad,8,tcp,\"never closed,,,,,,,,\r\n")
            << QStringList{"good 7 tcp  | Echo | 2"} << 0
            << QStringList{"3: A quote opened here is never closed; the rest of the file is left out."};
    }

    void readsIanaRows()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QStringList, services);
        QFETCH(int, unassigned);
        QFETCH(QStringList, problems);
        QString error;
        const std::optional<RegistryFile> file = RegistryParser::parse(kHeader + rows, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->source, RegistrySource::Iana);
        QCOMPARE(summary(*file), services);
        QCOMPARE(file->unassigned, unassigned);
        QCOMPARE(::problems(*file), problems);
    }

    void readsServicesLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("problems");

        QTest::newRow("comments and aliases")
            << QByteArray("# Network services, Internet style\n\nssh\t\t22/tcp\t\t\t# SSH Remote Login Protocol\n"
                          "http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP\n"
                          "kerberos\t88/udp\t\tkerberos5 krb5 kerberos-sec\t# Kerberos v5\n")
            << QStringList{"ssh 22 tcp  | SSH Remote Login Protocol | 3", "http 80 tcp www | WorldWideWeb HTTP | 4",
                           "kerberos 88 udp kerberos5,krb5,kerberos-sec | Kerberos v5 | 5"}
            << QStringList{};
        QTest::newRow("no comment, CRLF, SCTP")
            << QByteArray("echo 7/tcp\r\nsctp-echo 7/SCTP\r\n")
            << QStringList{"echo 7 tcp  | | 1", "sctp-echo 7 sctp  | | 2"} << QStringList{};
        QTest::newRow("AppleTalk is left out quietly")
            << QByteArray("rtmp\t\t1/ddp\t\t\t# Routing Table Maintenance Protocol\necho 7/udp\n")
            << QStringList{"echo 7 udp  | | 2"} << QStringList{};
        QTest::newRow("bad lines by line")
            << QByteArray("echo 7/tcp\ndaytime 13/tcp\nbroken\nbig 99999/tcp\nodd 9/xyz\nfine 9/udp\ngood 10/tcp\n")
            << QStringList{"echo 7 tcp  | | 1", "daytime 13 tcp  | | 2", "fine 9 udp  | | 6", "good 10 tcp  | | 7"}
            << QStringList{"3: This is not a services line (“name port/protocol [aliases]”).",
                           "4: “99999” is not a port (0–65535).",
                           "5: “xyz” is not a transport (tcp, udp, sctp or dccp)."};
    }

    void readsServicesLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, services);
        QFETCH(QStringList, problems);
        QString error;
        const std::optional<RegistryFile> file = RegistryParser::parse(text, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->source, RegistrySource::ServicesFile);
        QStringList got = summary(*file);
        for (QString &s : got)
            s.replace(QLatin1String("|  |"), QLatin1String("| |"));
        QCOMPARE(got, services);
        QCOMPARE(::problems(*file), problems);
    }

    void refusesWhatIsNoRegistry_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("NUL bytes") << QByteArray("ssh 22/tcp\n\0\0", 13) << "NUL bytes";
        QTest::newRow("NUL in IANA") << kHeader + QByteArray("ssh,22,tcp,\0,,,,,,,,\r\n", 22) << "NUL bytes";
        QTest::newRow("Latin-1 services") << QByteArray("ssh 22/tcp\necho 7/tcp # caf\xe9\n") << "line 2";
        QTest::newRow("Latin-1 IANA") << kHeader + QByteArray("ssh,22,tcp,caf\xe9,,,,,,,,\r\n") << "not UTF-8";
        QTest::newRow("a card file") << QByteArray("question,answer\nWhich port does SSH use?,22\n") << "neither";
        QTest::newRow("empty") << QByteArray() << "neither";
    }

    void refusesWhatIsNoRegistry()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!RegistryParser::parse(bytes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void recognisesRegistryFiles_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("registry");
        QTest::newRow("IANA by its header") << kHeader << "anything.csv" << true;
        QTest::newRow("IANA with a BOM") << QByteArray("\xef\xbb\xbf") + kHeader << "x.csv" << true;
        QTest::newRow("/etc/services") << QByteArray("# comment\n\nssh 22/tcp\n") << "/etc/services" << true;
        QTest::newRow("services.txt") << QByteArray("ssh 22/tcp\n") << "/tmp/services.txt" << true;
        QTest::newRow("a card file named services") << QByteArray("What is SSH?\t22\n") << "services" << false;
        // A two-column card file reads like services lines: only its name tells them apart.
        QTest::newRow("cards that look like services") << QByteArray("ssh\t22/tcp\n") << "ports.tsv" << false;
    }

    void recognisesRegistryFiles()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, name);
        QFETCH(bool, registry);
        QCOMPARE(RegistryParser::isRegistryFile(head, name), registry);
    }

    // Excerpts of the real files: IANA's CSV (CRLF, quoted notes over lines, ranges) and
    // Debian's /etc/services.
    void readsRealExcerpts()
    {
        QString error;
        const std::optional<RegistryFile> iana = RegistryParser::parse(fixture("iana-excerpt.csv"), &error);
        QVERIFY2(iana, qPrintable(error));
        QCOMPARE(iana->services.size(), 32);
        QCOMPARE(iana->unassigned, 19);
        QVERIFY(iana->problems.isEmpty());
        const RegistryService &x11 = iana->services.at(30);
        QCOMPARE(x11.name, QStringLiteral("x11"));
        QCOMPARE(x11.portLow, 6000);
        QCOMPARE(x11.portHigh, 6063);
        QCOMPARE(x11.assignee, QStringLiteral("[Stephen_Gildea]"));

        const std::optional<RegistryFile> services = RegistryParser::parse(fixture("services-excerpt"), &error);
        QVERIFY2(services, qPrintable(error));
        QCOMPARE(services->services.size(), 36);
        QCOMPARE(services->notIp, 2);
        QVERIFY(services->problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistryParser)
#include "tst_registryparser.moc"
