#include "cardtemplates.h"

#include <QSet>
#include <QTest>

class TestCardTemplates : public QObject
{
    Q_OBJECT

private:
    static Deck fixture()
    {
        QString error;
        Deck deck = Deck::fromFile(QStringLiteral(PORTDECK_TEST_DATA "/deck-v1.json"), &error);
        if (!error.isEmpty())
            qFatal("fixture: %s", qPrintable(error));
        return deck;
    }

private slots:
    void templateKeysRoundTrip()
    {
        for (CardTemplate t : {CardTemplate::ProtocolToPort, CardTemplate::PortToProtocol,
                               CardTemplate::FunctionToProtocol, CardTemplate::ProtocolToTransport,
                               CardTemplate::InsecureToSecure, CardTemplate::Basic}) {
            CardTemplate back;
            QVERIFY(parseTemplateKey(templateKey(t), &back));
            QCOMPARE(back, t);
            QVERIFY(!templateLabel(t).isEmpty());
        }
        CardTemplate t;
        QVERIFY(!parseTemplateKey(QStringLiteral("nonsense"), &t));
    }

    void cardsPerFact_data()
    {
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("insecure protocol")
            << "telnet"
            << QStringList{"telnet:protocol-port", "port:23", "telnet:function-protocol",
                           "telnet:protocol-transport", "telnet:insecure-secure"};
        QTest::newRow("first on a shared port")
            << "ssh"
            << QStringList{"ssh:protocol-port", "port:22", "ssh:function-protocol",
                           "ssh:protocol-transport"};
        QTest::newRow("second on a shared port")
            << "sftp"
            << QStringList{"sftp:protocol-port", "sftp:function-protocol", "sftp:protocol-transport"};
        QTest::newRow("one port, two transports")
            << "dns"
            << QStringList{"dns:protocol-port", "port:53", "dns:function-protocol",
                           "dns:protocol-transport"};
        QTest::newRow("ip protocol")
            << "icmp" << QStringList{"icmp:protocol-port", "icmp:function-protocol"};
        QTest::newRow("range") << "well-known" << QStringList{"concept-well-known"};
        QTest::newRow("no fact") << "" << QStringList{"concept-tcp-udp"};
    }

    void cardsPerFact()
    {
        QFETCH(QString, fact);
        QFETCH(QStringList, keys);
        QStringList generated;
        for (const CardSpec &c : generateCards(fixture())) {
            if (c.factKey == fact)
                generated << c.key;
        }
        QCOMPARE(generated, keys);
    }

    void sharedPortAcceptsEveryProtocol()
    {
        const Deck deck = fixture();
        QCOMPARE(factsOnPort(deck, 22), (QStringList{"ssh", "sftp"}));
        QCOMPARE(factsOnPort(Deck::builtin(), 22), (QStringList{"sftp", "ssh", "scp"}));
        QCOMPARE(factsOnPort(Deck::builtin(), 5061), (QStringList{"sip", "sips"}));
        QCOMPARE(factsOnPort(Deck::builtin(), 9999), QStringList());
    }

    void basicCardsKeepTheirTexts()
    {
        for (const CardSpec &c : generateCards(fixture())) {
            if (c.key == QLatin1String("concept-tcp-udp")) {
                QCOMPARE(c.tmpl, CardTemplate::Basic);
                QCOMPARE(c.answer, QStringLiteral("No"));
                QCOMPARE(c.translations.value(QStringLiteral("de")).value(QStringLiteral("answer")),
                         QStringLiteral("Nein"));
                return;
            }
        }
        QFAIL("concept card missing");
    }

    void builtinDeck()
    {
        const Deck &deck = Deck::builtin();
        const QList<CardSpec> cards = generateCards(deck);

        QSet<QString> keys;
        QSet<int> portCards;
        QSet<int> deckPorts;
        int expected = static_cast<int>(deck.cards.size());
        for (const DeckFact &df : deck.facts) {
            const Fact &f = df.fact;
            for (int p : f.currentPortNumbers())
                deckPorts << p; // legacy ports (RADIUS 1645) get no card of their own
            if (f.kind == FactKind::Range)
                continue;
            if (f.kind == FactKind::Concept) {
                expected += 1; // function → name; concept cards teach the rest
                continue;
            }
            expected += 2; // protocol→port, function→protocol
            expected += f.kind == FactKind::Protocol ? 1 : 0;
            expected += f.secureCounterparts.isEmpty() ? 0 : 1;
        }
        expected += static_cast<int>(deckPorts.size()); // one port→protocol card a port number
        QCOMPARE(cards.size(), expected);

        int lastPosition = -1;
        bool objectivePhase = true;
        for (const CardSpec &c : cards) {
            QVERIFY2(!keys.contains(c.key), qPrintable(c.key));
            keys << c.key;
            if (c.tmpl == CardTemplate::PortToProtocol) {
                QVERIFY(!portCards.contains(c.variant.toInt()));
                portCards << c.variant.toInt();
            }
            // New cards come in deck order: every N10-009 item before the extras.
            if (c.tmpl != CardTemplate::Basic) {
                QVERIFY(c.position > lastPosition);
                lastPosition = c.position;
                const bool objective = deck.findFact(c.factKey)->fact.objective;
                QVERIFY2(objectivePhase || !objective, qPrintable(c.key));
                objectivePhase = objective;
            }
        }
        QCOMPARE(portCards, deckPorts);
    }
};

QTEST_GUILESS_MAIN(TestCardTemplates)
#include "tst_cardtemplates.moc"
