#include "deck.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// A minimal RFC 4180 reader for the reference table fixture.
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QByteArray deckJson(const QByteArray &facts, const QByteArray &cards = "[]")
{
    return "{\"format\": 1, \"version\": 1, \"facts\": " + facts + ", \"cards\": " + cards + "}";
}

QByteArray fact(const QByteArray &key, const QByteArray &extra = {})
{
    return "{\"key\": \"" + key + "\", \"kind\": \"protocol\", \"name\": \"" + key.toUpper()
           + "\", \"secure\": \"no\", \"function\": \"does things\", "
             "\"ports\": [{\"port\": 1, \"transport\": \"tcp\"}]"
           + extra + "}";
}

} // namespace

class TestDeck : public QObject
{
    Q_OBJECT

private slots:
    void builtinDeckIsValid()
    {
        const Deck &deck = Deck::builtin();
        QVERIFY(deck.version >= 1);
        QVERIFY(deck.facts.size() >= 53);
        QCOMPARE(deck.validate(), QStringList());
    }

    void builtinDeckIsTranslated()
    {
        for (const DeckFact &df : Deck::builtin().facts) {
            QVERIFY2(!df.translations.value(QStringLiteral("de")).value(QStringLiteral("function")).isEmpty(),
                     qPrintable(df.fact.key));
            for (const PortSpec &p : df.fact.ports) {
                if (!p.role.isEmpty())
                    QVERIFY2(df.translations.value(QStringLiteral("de")).contains(roleField(p)),
                             qPrintable(df.fact.key + QLatin1Char(' ') + roleField(p)));
            }
        }
        for (const DeckCard &c : Deck::builtin().cards) {
            QVERIFY2(c.translations.value(QStringLiteral("de")).contains(QStringLiteral("question")),
                     qPrintable(c.key));
            QVERIFY2(c.translations.value(QStringLiteral("de")).contains(QStringLiteral("answer")),
                     qPrintable(c.key));
        }
    }

    // Every row of the reference table is in the deck with the same ports and transports.
    void builtinDeckMatchesReference()
    {
        const QList<QStringList> rows = readCsv(QStringLiteral(PORTDECK_TEST_DATA "/ports-facts.csv"));
        QCOMPARE(rows.size(), 54); // header + 53 rows
        QCOMPARE(rows.constFirst().value(1), QStringLiteral("ports"));
        static const QRegularExpression ipNumber(QStringLiteral("IP protocol number (\\d+)"));
        static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)$"));
        static const QRegularExpression number(QStringLiteral("\\d+"));
        const Deck &deck = Deck::builtin();

        for (int i = 1; i < rows.size(); ++i) {
            const QString name = rows.at(i).value(0);
            const QString ports = rows.at(i).value(1);
            const QString transport = rows.at(i).value(2);
            bool found = false;
            if (const auto m = ipNumber.match(ports); m.hasMatch()) {
                for (const DeckFact &df : deck.facts)
                    found |= df.fact.kind == FactKind::IpProtocol
                             && df.fact.ipProtocol == m.captured(1).toInt();
            } else if (const auto r = range.match(ports); r.hasMatch()) {
                for (const DeckFact &df : deck.facts)
                    found |= df.fact.rangeLow == r.captured(1).toInt()
                             && df.fact.rangeHigh == r.captured(2).toInt();
            } else {
                QList<int> numbers;
                for (auto it = number.globalMatch(ports); it.hasNext();)
                    numbers << it.next().captured().toInt();
                QVERIFY2(!numbers.isEmpty(), qPrintable(name));
                const bool tcp = transport.contains(QLatin1String("TCP"));
                const bool udp = transport.contains(QLatin1String("UDP"));
                for (const DeckFact &df : deck.facts) {
                    bool all = true;
                    for (int n : numbers)
                        all &= df.fact.hasPort(n, Transport::Tcp) == tcp
                               && df.fact.hasPort(n, Transport::Udp) == udp;
                    found |= all;
                }
            }
            QVERIFY2(found, qPrintable(QStringLiteral("reference row '%1' (%2 %3) has no fact")
                                           .arg(name, transport, ports)));
        }
    }

    void builtinRoles_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("role");
        QTest::newRow("ftp data") << "ftp" << 20 << "tcp" << "data (active mode)";
        QTest::newRow("ftp control") << "ftp" << 21 << "tcp" << "control";
        QTest::newRow("dhcp server") << "dhcp" << 67 << "udp" << "server";
        QTest::newRow("dhcp client") << "dhcp" << 68 << "udp" << "client";
        QTest::newRow("snmp agent") << "snmp" << 161 << "udp" << "agent requests";
        QTest::newRow("snmp traps") << "snmp" << 162 << "udp" << "traps";
        QTest::newRow("sip tls") << "sip" << 5061 << "tcp" << "signalling over TLS";
    }

    void builtinRoles()
    {
        QFETCH(QString, key);
        QFETCH(int, port);
        QFETCH(QString, transport);
        QFETCH(QString, role);
        const DeckFact *df = Deck::builtin().findFact(key);
        QVERIFY(df);
        Transport t;
        QVERIFY(parseTransport(transport, &t));
        bool found = false;
        for (const PortSpec &p : df->fact.ports) {
            if (p.port == port && p.transport == t) {
                QCOMPARE(p.role, role);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void builtinCounterparts_data()
    {
        QTest::addColumn<QString>("insecure");
        QTest::addColumn<QString>("secure");
        const char *pairs[][2] = {{"telnet", "ssh"},  {"http", "https"},    {"ftp", "sftp"},
                                  {"ftp", "ftps"},    {"ldap", "ldaps"},    {"smtp", "smtps"},
                                  {"syslog", "syslog-tls"}, {"snmp", "snmpv3"}, {"pop3", "pop3s"},
                                  {"imap", "imaps"},  {"sip", "sips"}};
        for (const auto &pair : pairs)
            QTest::addRow("%s-%s", pair[0], pair[1]) << pair[0] << pair[1];
    }

    void builtinCounterparts()
    {
        QFETCH(QString, insecure);
        QFETCH(QString, secure);
        const DeckFact *df = Deck::builtin().findFact(insecure);
        QVERIFY(df);
        QVERIFY(df->fact.secureCounterparts.contains(secure));
        const DeckFact *counterpart = Deck::builtin().findFact(secure);
        QVERIFY(counterpart);
        QCOMPARE(counterpart->fact.security, Security::Yes);
    }

    void builtinConceptCards()
    {
        QSet<QString> facts;
        for (const DeckCard &c : Deck::builtin().cards)
            facts << c.factKey;
        for (const char *key : {"iana-system-ports", "iana-registered-ports", "iana-dynamic-ports"})
            QVERIFY2(facts.contains(QString::fromLatin1(key)), key);
        bool tcpUdp = false;
        for (const DeckCard &c : Deck::builtin().cards)
            tcpUdp |= c.question.contains(QLatin1String("TCP")) && c.question.contains(QLatin1String("UDP"));
        QVERIFY(tcpUdp);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{facts: ") << "not valid JSON";
        QTest::newRow("binary") << QByteArray("\x00\x01\xff", 3) << "not valid JSON";
        QTest::newRow("format") << QByteArray("{\"format\": 9, \"version\": 1}") << "unsupported deck format 9";
        QTest::newRow("no version") << QByteArray("{\"format\": 1}") << "no version";
        QTest::newRow("no key") << deckJson("[{\"kind\": \"protocol\"}]") << "fact #1 has no key";
        QTest::newRow("kind") << deckJson("[{\"key\": \"x\", \"kind\": \"planet\"}]") << "fact 'x' has an unknown kind";
        QTest::newRow("secure") << deckJson("[{\"key\": \"x\", \"kind\": \"protocol\", \"secure\": \"sure\"}]")
                                << "unknown 'secure' value";
        QTest::newRow("transport") << deckJson("[{\"key\": \"x\", \"kind\": \"protocol\", \"secure\": \"no\", "
                                               "\"ports\": [{\"port\": 1, \"transport\": \"sctp\"}]}]")
                                   << "unknown transport";
        QTest::newRow("port text") << deckJson("[{\"key\": \"x\", \"kind\": \"protocol\", \"secure\": \"no\", "
                                               "\"ports\": [{\"port\": \"22\", \"transport\": \"tcp\"}]}]")
                                   << "port without a number";
        QTest::newRow("range") << deckJson("[{\"key\": \"x\", \"kind\": \"range\", \"secure\": \"n/a\", \"range\": [1]}]")
                               << "malformed range";
    }

    void parseErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        const Deck deck = Deck::fromJson(json, &message);
        QVERIFY(deck.isEmpty());
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("port range") << deckJson("[" + fact("a").replace("\"port\": 1", "\"port\": 70000") + "]")
                                    << "outside 0–65535";
        QTest::newRow("duplicate key") << deckJson("[" + fact("a") + "," + fact("a") + "]") << "used twice";
        QTest::newRow("bad key") << deckJson("[" + fact("A b") + "]") << "not of the form";
        QTest::newRow("counterpart") << deckJson("[" + fact("a", ", \"secure_counterparts\": [\"zz\"]") + "]")
                                     << "names counterpart 'zz'";
        QTest::newRow("self") << deckJson("[" + fact("a", ", \"secure_counterparts\": [\"a\"]") + "]")
                              << "its own counterpart";
        QTest::newRow("tag") << deckJson("[" + fact("a", ", \"tags\": [\"cooking\"]") + "]") << "unknown tag";
        QTest::newRow("alias clash") << deckJson("[" + fact("a", ", \"aliases\": [\"b\"]") + "," + fact("b") + "]")
                                     << "is the name of 'b'";
        QTest::newRow("card fact") << deckJson("[" + fact("a") + "]",
                                               "[{\"key\": \"c\", \"fact\": \"zz\", \"question\": \"q\", \"answer\": \"a\"}]")
                                   << "unknown fact 'zz'";
        QTest::newRow("card text") << deckJson("[" + fact("a") + "]", "[{\"key\": \"c\", \"question\": \"q\"}]")
                                   << "lacks a question or answer";
        QTest::newRow("protocol without port")
            << deckJson("[{\"key\": \"a\", \"kind\": \"protocol\", \"name\": \"A\", \"secure\": \"no\", "
                        "\"function\": \"f\"}]")
            << "has no port";
    }

    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QString error;
        const Deck deck = Deck::fromJson(json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList problems = deck.validate();
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDeck)
#include "tst_deck.moc"
