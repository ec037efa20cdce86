#include "fact.h"

#include <QTest>

Q_DECLARE_METATYPE(Fact)

class TestFact : public QObject
{
    Q_OBJECT

private:
    static Fact protocol(const QList<PortSpec> &ports)
    {
        Fact f;
        f.kind = FactKind::Protocol;
        f.ports = ports;
        return f;
    }

private slots:
    void texts_data()
    {
        QTest::addColumn<Fact>("fact");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<int>("sortKey");

        QTest::newRow("ftp") << protocol({{20, Transport::Tcp, {}}, {21, Transport::Tcp, {}}})
                             << "20, 21" << "TCP" << 20;
        QTest::newRow("dns") << protocol({{53, Transport::Udp, {}}, {53, Transport::Tcp, {}}})
                             << "53" << "TCP/UDP" << 53;
        QTest::newRow("unordered") << protocol({{4500, Transport::Udp, {}}, {500, Transport::Udp, {}}})
                                   << "4500, 500" << "UDP" << 500;
        Fact icmp;
        icmp.kind = FactKind::IpProtocol;
        icmp.ipProtocol = 1;
        QTest::newRow("icmp") << icmp << "" << "IP" << 70001;
        Fact esp = icmp;
        esp.ipProtocol = 50;
        esp.ports = {{4500, Transport::Udp, {}}};
        QTest::newRow("esp") << esp << "4500" << "IP/UDP" << 70050;
        Fact range;
        range.kind = FactKind::Range;
        range.rangeLow = 1024;
        range.rangeHigh = 49151;
        QTest::newRow("range") << range << QString::fromUtf8("1024–49151") << "TCP/UDP" << 1024;
    }

    void texts()
    {
        QFETCH(Fact, fact);
        QFETCH(QString, ports);
        QFETCH(QString, transport);
        QFETCH(int, sortKey);
        QCOMPARE(fact.portsText(), ports);
        QCOMPARE(fact.transportText(), transport);
        QCOMPARE(fact.portSortKey(), sortKey);
    }

    void ports()
    {
        const Fact dns = protocol({{53, Transport::Udp, {}}, {53, Transport::Tcp, {}}});
        QVERIFY(dns.hasPort(53));
        QVERIFY(dns.hasPort(53, Transport::Tcp));
        QVERIFY(!dns.hasPort(54));
        const Fact ntp = protocol({{123, Transport::Udp, {}}});
        QVERIFY(ntp.usesTransport(Transport::Udp));
        QVERIFY(!ntp.usesTransport(Transport::Tcp));
        QVERIFY(!ntp.hasPort(123, Transport::Tcp));
        Fact range;
        range.kind = FactKind::Range;
        range.rangeLow = 0;
        range.rangeHigh = 1023;
        QVERIFY(range.rangeContains(0));
        QVERIFY(range.rangeContains(1023));
        QVERIFY(!range.rangeContains(1024));
        QVERIFY(!ntp.rangeContains(123));
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("tcp") << "tcp" << true;
        QTest::newRow("UDP") << "UDP" << true;
        QTest::newRow("spaces") << " udp " << true;
        QTest::newRow("sctp") << "sctp" << false;
        QTest::newRow("empty") << "" << false;
    }

    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        Transport t;
        QCOMPARE(parseTransport(text, &t), ok);
        if (ok)
            QCOMPARE(transportName(t), text.trimmed().toUpper());
    }

    void keysRoundTrip()
    {
        for (Security s : {Security::No, Security::Yes, Security::Partial, Security::Optional,
                           Security::NotApplicable}) {
            Security back;
            QVERIFY(parseSecurity(securityKey(s), &back));
            QCOMPARE(back, s);
        }
        for (FactKind k : {FactKind::Protocol, FactKind::IpProtocol, FactKind::Range}) {
            FactKind back;
            QVERIFY(parseFactKind(factKindKey(k), &back));
            QCOMPARE(back, k);
        }
        Security s;
        QVERIFY(!parseSecurity(QStringLiteral("maybe"), &s));
    }
};

QTEST_GUILESS_MAIN(TestFact)
#include "tst_fact.moc"
