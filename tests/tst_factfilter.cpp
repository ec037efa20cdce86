#include "deck.h"
#include "factfilter.h"

#include <QTest>

class TestFactFilter : public QObject
{
    Q_OBJECT

private:
    static QStringList matching(const FactFilter &filter)
    {
        QStringList keys;
        for (const DeckFact &df : Deck::builtin().facts) {
            if (filter.matches(df.fact))
                keys << df.fact.key;
        }
        return keys;
    }

private slots:
    // Exact results for what a learner types, over the built-in deck.
    void query_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");

        const QStringList port22{"sftp", "ssh", "scp", "iana-system-ports"};
        QTest::newRow("number") << "22" << port22;
        QTest::newRow("tcp/22") << "tcp/22" << port22;
        QTest::newRow("22/tcp") << "22/tcp" << port22;
        QTest::newRow("TCP 22") << "TCP 22" << port22;
        QTest::newRow("22 tcp") << "22 tcp" << port22;
        QTest::newRow("tcp:22") << "tcp:22" << port22;
        QTest::newRow("port 22") << "port 22" << port22;
        QTest::newRow("spaces") << "   22  " << port22;
        QTest::newRow("udp/22: no UDP service") << "udp/22" << QStringList{"iana-system-ports"};
        QTest::newRow("udp/53") << "udp/53" << QStringList{"dns", "iana-system-ports"};
        QTest::newRow("53/tcp") << "53/tcp" << QStringList{"dns", "iana-system-ports"};
        QTest::newRow("shared 5061") << "5061"
                                     << QStringList{"sip", "sips", "iana-registered-ports"};
        QTest::newRow("ephemeral") << "50000"
                                   << QStringList{"iana-dynamic-ports", "linux-ephemeral", "windows-dynamic"};
        QTest::newRow("name ssh") << "ssh" << QStringList{"sftp", "ssh", "scp"};
        QTest::newRow("name any case") << "sSh" << QStringList{"sftp", "ssh", "scp"};
        QTest::newRow("alias") << "mssql" << QStringList{"sql-server"};
        QTest::newRow("full name") << "secure shell" << QStringList{"ssh"};
        QTest::newRow("topic mail")
            << "mail" << QStringList{"smtp", "smtps", "pop3", "imap", "imaps", "pop3s", "submissions"};
        QTest::newRow("topic and transport") << "mail udp" << QStringList{};
        QTest::newRow("ntp") << "ntp" << QStringList{"ntp"};
        QTest::newRow("port role") << "traps" << QStringList{"snmp", "snmpv3"};
        QTest::newRow("out of range") << "99999" << QStringList{};
        QTest::newRow("too long") << "123456789012345678901234567890" << QStringList{};
        QTest::newRow("nonsense") << "xyzzy" << QStringList{};
        QTest::newRow("sql meta") << "'; DROP TABLE facts; --" << QStringList{};
    }

    void query()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(matching(FactFilter(query)), expected);
    }

    void transportWords()
    {
        const QStringList udp = matching(FactFilter(QStringLiteral("udp")));
        for (const char *key : {"dns", "dhcp", "tftp", "ntp", "snmp", "syslog", "sip", "udp", "ike", "esp"})
            QVERIFY2(udp.contains(QLatin1String(key)), key);
        for (const char *key : {"http", "ftp", "ssh", "tcp", "iana-system-ports"})
            QVERIFY2(!udp.contains(QLatin1String(key)), key);
        const QStringList tcp = matching(FactFilter(QStringLiteral("TCP")));
        QVERIFY(tcp.contains(QStringLiteral("tcp")));
        QVERIFY(tcp.contains(QStringLiteral("dns")));
        QVERIFY(!tcp.contains(QStringLiteral("ntp")));
    }

    void quickFilters()
    {
        FactFilter filter;
        QVERIFY(filter.isEmpty());
        QCOMPARE(matching(filter).size(), Deck::builtin().facts.size());

        filter.secureOnly = true;
        QVERIFY(!filter.isEmpty());
        const QStringList secure = matching(filter);
        QVERIFY(secure.contains(QStringLiteral("ssh")));
        QVERIFY(!secure.contains(QStringLiteral("telnet")));
        QVERIFY(!secure.contains(QStringLiteral("smb"))); // partly secure only

        filter = FactFilter();
        filter.objectiveOnly = true;
        for (const QString &key : matching(filter))
            QVERIFY(Deck::builtin().findFact(key)->fact.objective);
        QVERIFY(!matching(filter).contains(QStringLiteral("pop3")));

        filter = FactFilter(QStringLiteral("mail"));
        filter.secureOnly = true;
        QCOMPARE(matching(filter), (QStringList{"smtps", "imaps", "pop3s", "submissions"}));

        filter = FactFilter();
        filter.udpOnly = true;
        filter.tcpOnly = true; // both: entries that use TCP and UDP
        const QStringList both = matching(filter);
        QVERIFY(both.contains(QStringLiteral("dns")));
        QVERIFY(both.contains(QStringLiteral("rdp")));
        QVERIFY(!both.contains(QStringLiteral("ssh")));
    }

    void queryIsKept()
    {
        FactFilter filter(QStringLiteral("tcp/22"));
        QCOMPARE(filter.query(), QStringLiteral("tcp/22"));
        filter.setQuery(QString());
        QVERIFY(filter.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFactFilter)
#include "tst_factfilter.moc"
