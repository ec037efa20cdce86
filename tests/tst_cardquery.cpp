#include "browsefixture.h"
#include "cardlist.h"
#include "cardquery.h"
#include "cardtemplates.h"
#include "deck.h"
#include "deckstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace browsefixture;

namespace {

// The deck's cards with their entries, as the deck defines them: expectations computed apart
// from the SQL under test.
struct Card
{
    QString key;
    CardTemplate tmpl = CardTemplate::Basic;
    QString variant;
    const Fact *fact = nullptr;
};

QList<Card> deckCards()
{
    static const Deck deck = Deck::builtin();
    QList<Card> cards;
    for (const CardSpec &spec : generateCards(deck)) {
        if (spec.key == QLatin1String("tftp:protocol-transport")) // switched off in the fixture
            continue;
        const DeckFact *owner = spec.factKey.isEmpty() ? nullptr : deck.findFact(spec.factKey);
        cards.append({spec.key, spec.tmpl, spec.variant, owner ? &owner->fact : nullptr});
    }
    cards.append({QStringLiteral("own-percent"), CardTemplate::Basic, {}, nullptr});
    cards.append({QStringLiteral("own-plain"), CardTemplate::Basic, {}, nullptr});
    return cards;
}

QStringList keysWhere(const std::function<bool(const Card &)> &predicate)
{
    QStringList keys;
    for (const Card &c : deckCards()) {
        if (predicate(c))
            keys.append(c.key);
    }
    keys.sort();
    return keys;
}

QStringList allKeys()
{
    return keysWhere([](const Card &) { return true; });
}

QStringList allBut(const QStringList &left)
{
    return keysWhere([&left](const Card &c) { return !left.contains(c.key); });
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

QStringList ofFacts(const QStringList &factKeys)
{
    return keysWhere([&factKeys](const Card &c) { return c.fact && factKeys.contains(c.fact->key); });
}

bool onPort(const Card &c, int low, int high)
{
    if (c.tmpl == CardTemplate::PortToProtocol && c.variant.toInt() >= low && c.variant.toInt() <= high)
        return true;
    if (!c.fact)
        return false;
    for (const PortSpec &p : c.fact->ports) {
        if (p.port >= low && p.port <= high)
            return true;
    }
    return c.fact->kind == FactKind::Range && c.fact->rangeHigh >= low && c.fact->rangeLow <= high;
}

bool hasTransport(const Card &c, Transport t)
{
    if (!c.fact)
        return false;
    return std::any_of(c.fact->ports.cbegin(), c.fact->ports.cend(), [t](const PortSpec &p) { return p.transport == t; });
}

const QStringList kStudied{QStringLiteral("dns:protocol-port"), QStringLiteral("ftp:protocol-port"),
                           QStringLiteral("http:protocol-port"), QStringLiteral("smtp:protocol-port"),
                           QStringLiteral("ssh:protocol-port")};

} // namespace

class TestCardQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeckStore m_store;

    QStringList search(const QString &text, const CardQueryContext &ctx = context())
    {
        const CardQuery query = CardQuery::parse(text, ctx);
        if (!query.isValid()) {
            qWarning("%s: %s", qPrintable(text), qPrintable(query.errorString()));
            return {QStringLiteral("<invalid>")};
        }
        QString error;
        const std::optional<QList<qint64>> ids = CardList(m_store).find(query, BrowseColumn::Due, Qt::AscendingOrder, &error);
        if (!ids) {
            qWarning("%s: %s", qPrintable(text), qPrintable(error));
            return {QStringLiteral("<failed>")};
        }
        QStringList keys;
        for (const BrowseRow &row : CardList(m_store).rows(*ids, ctx))
            keys.append(row.key);
        keys.sort();
        return keys;
    }

    // The chance of recall now of each studied card, as the scheduler computes it in C++.
    QStringList studiedWhereRecall(const std::function<bool(double)> &predicate)
    {
        QStringList keys;
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT key, last_review, stability FROM cards WHERE state <> 0"));
        while (q.next()) {
            if (predicate(context().scheduler.recallAt(q.value(1).toLongLong(), q.value(2).toDouble(), kNow)))
                keys.append(q.value(0).toString());
        }
        keys.sort();
        return keys;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(m_store.open(m_dir.path()), DeckStore::Status::Ok);
        QVERIFY(setUp(m_store));
        QCOMPARE(search(QString()).size(), deckCards().size());
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << "" << allKeys();
        QTest::newRow("spaces") << "   " << allKeys();

        // is:
        QTest::newRow("is:new") << "is:new" << allBut(kStudied);
        QTest::newRow("is:learn") << "is:learn" << QStringList{"dns:protocol-port", "http:protocol-port"};
        QTest::newRow("is:review") << "is:review" << QStringList{"ftp:protocol-port", "smtp:protocol-port", "ssh:protocol-port"};
        // Not the suspended ones, not the buried one, not the one due after today.
        QTest::newRow("is:due") << "is:due" << QStringList{"dns:protocol-port", "ssh:protocol-port"};
        QTest::newRow("is:suspended") << "is:suspended" << QStringList{"ftp:protocol-port", "http:protocol-port"};
        QTest::newRow("is:buried") << "is:buried" << QStringList{"smtp:protocol-port"};
        QTest::newRow("is:leech") << "is:leech" << QStringList{"http:protocol-port"};
        QTest::newRow("is:own") << "is:own"
                                << sorted(ofFacts({"gre"}) + QStringList{"concept-tcp-udp-separate-ports", "own-percent", "own-plain"});
        QTest::newRow("is:edited") << "is:edited" << sorted(ofFacts({"telnet"}) << "ntp:protocol-port");
        QTest::newRow("case") << "IS:Due" << QStringList{"dns:protocol-port", "ssh:protocol-port"};

        // flag:
        QTest::newRow("flag:1") << "flag:1" << QStringList{"port:22", "ssh:protocol-port"};
        QTest::newRow("flag:red") << "flag:red" << QStringList{"port:22", "ssh:protocol-port"};
        QTest::newRow("flag:3") << "flag:3" << QStringList{"dns:protocol-port"};
        QTest::newRow("flag:4") << "flag:4" << QStringList();
        QTest::newRow("flag:0") << "flag:0" << allBut({"port:22", "ssh:protocol-port", "dns:protocol-port"});
        QTest::newRow("-flag:0") << "-flag:0" << QStringList{"dns:protocol-port", "port:22", "ssh:protocol-port"};

        // tag: the card's tags and its entry's
        const QStringList mail = keysWhere([](const Card &c) { return c.fact && c.fact->tags.contains(QLatin1String("mail")); });
        QVERIFY(mail.size() > 10);
        QTest::newRow("tag:mail") << "tag:mail" << mail;
        QTest::newRow("tag:MAIL") << "tag:MAIL" << mail;
        QTest::newRow("-tag:mail") << "-tag:mail" << allBut(mail);
        QTest::newRow("tag:exam-week") << "tag:exam-week" << QStringList{"ssh:protocol-port"};
        QTest::newRow("tag:exam*") << "tag:exam*" << QStringList{"ssh:function-protocol", "ssh:protocol-port"};
        // _ is no wildcard: exam-week does not start with "exam_".
        QTest::newRow("tag:exam_*") << "tag:exam_*" << QStringList{"ssh:function-protocol"};
        QTest::newRow("tag:exam") << "tag:exam" << QStringList();
        QTest::newRow("tag:leech") << "tag:leech" << QStringList{"http:protocol-port"};
        QTest::newRow("tag:quoted") << "tag:\"exam-week\"" << QStringList{"ssh:protocol-port"};

        // port:
        QTest::newRow("port:53") << "port:53" << keysWhere([](const Card &c) { return onPort(c, 53, 53); });
        QTest::newRow("port:20-21") << "port:20-21" << keysWhere([](const Card &c) { return onPort(c, 20, 21); });
        QTest::newRow("port:5000") << "port:5000" << keysWhere([](const Card &c) { return onPort(c, 5000, 5000); });
        QTest::newRow("port:65535") << "port:65535" << keysWhere([](const Card &c) { return onPort(c, 65535, 65535); });
        QTest::newRow("-port:53") << "-port:53" << keysWhere([](const Card &c) { return !onPort(c, 53, 53); });

        // tcp, udp
        const QStringList tcp = keysWhere([](const Card &c) { return hasTransport(c, Transport::Tcp); });
        const QStringList udp = keysWhere([](const Card &c) { return hasTransport(c, Transport::Udp); });
        QTest::newRow("tcp") << "tcp" << tcp;
        QTest::newRow("UDP") << "UDP" << udp;
        QTest::newRow("tcp udp") << "tcp udp"
                                 << keysWhere([](const Card &c) { return hasTransport(c, Transport::Tcp) && hasTransport(c, Transport::Udp); });
        QTest::newRow("tcp -udp") << "tcp -udp"
                                  << keysWhere([](const Card &c) { return hasTransport(c, Transport::Tcp) && !hasTransport(c, Transport::Udp); });
        QTest::newRow("tcp OR udp") << "tcp OR udp" << sorted(QSet<QString>(tcp.cbegin(), tcp.cend()).unite(QSet<QString>(udp.cbegin(), udp.cend())).values());

        // type:
        const struct { const char *word; CardTemplate tmpl; } types[] = {
            {"port", CardTemplate::ProtocolToPort}, {"protocol", CardTemplate::PortToProtocol},
            {"transport", CardTemplate::ProtocolToTransport}, {"function", CardTemplate::FunctionToProtocol},
            {"secure", CardTemplate::InsecureToSecure}, {"basic", CardTemplate::Basic},
        };
        for (const auto &type : types) {
            const CardTemplate tmpl = type.tmpl;
            QTest::addRow("type:%s", type.word) << QStringLiteral("type:%1").arg(QLatin1String(type.word))
                                                << keysWhere([tmpl](const Card &c) { return c.tmpl == tmpl; });
        }
        QTest::newRow("type:protocol-port") << "type:protocol-port"
                                            << keysWhere([](const Card &c) { return c.tmpl == CardTemplate::ProtocolToPort; });

        // Free text: names, full names, aliases, functions, card texts (German too), keys.
        QTest::newRow("alias") << "\"Secure Shell\"" << ofFacts({"ssh"});
        QTest::newRow("two words") << "secure shell" << ofFacts({"ssh"});
        QTest::newRow("name") << "kerberos" << ofFacts({"kerberos"});
        QTest::newRow("full name") << "\"Trivial File\"" << ofFacts({"tftp"});
        QTest::newRow("quoted key") << "\"ssh:protocol-port\"" << QStringList{"ssh:protocol-port"};
        QTest::newRow("german text") << "Systemports" << QStringList{"concept-well-known-range"};
        QTest::newRow("english text") << "\"usually called well-known\"" << QStringList{"concept-well-known-range"};
        QTest::newRow("own text") << "sure" << QStringList{"own-percent", "own-plain"};
        QTest::newRow("percent") << "100%" << QStringList{"own-percent"};
        QTest::newRow("percent alone") << "%" << QStringList{"own-percent"};
        QTest::newRow("underscore") << "sure_thing" << QStringList{"own-percent"};
        QTest::newRow("backslash") << "\\" << QStringList();
        QTest::newRow("negated text") << "-\"Secure Shell\"" << allBut(ofFacts({"ssh"}));
        QTest::newRow("negated quoted words") << "-\"sure_thing\" sure" << QStringList{"own-plain"};
        QTest::newRow("colon in quotes") << "\"10:30\"" << QStringList();
        QTest::newRow("colon without keyword") << "10:30" << QStringList();
        // A port number: its entries' cards, its port→protocol card and texts that name it.
        QTest::newRow("number") << "3389" << sorted(ofFacts({"rdp"}) << "concept-registered-range" << "concept-registered-not-ephemeral");
        QTest::newRow("injection") << "\"'; DROP TABLE cards; --\"" << QStringList();
        QTest::newRow("injection 2") << "x' OR '1'='1" << QStringList();
        QTest::newRow("injection 3") << "tag:\"' OR 1=1 --\"" << QStringList();

        // Comparisons, every operator.
        QTest::newRow("lapses>=3") << "lapses>=3" << QStringList{"ftp:protocol-port", "http:protocol-port"};
        QTest::newRow("lapses>3") << "lapses>3" << QStringList{"http:protocol-port"};
        QTest::newRow("lapses:1") << "lapses:1" << QStringList{"ssh:protocol-port"};
        QTest::newRow("lapses=1") << "lapses=1" << QStringList{"ssh:protocol-port"};
        QTest::newRow("lapses<1") << "lapses<1" << allBut({"ftp:protocol-port", "http:protocol-port", "ssh:protocol-port"});
        QTest::newRow("lapses<=1") << "lapses<=1" << allBut({"ftp:protocol-port", "http:protocol-port"});
        QTest::newRow("lapses!=0") << "lapses!=0" << QStringList{"ftp:protocol-port", "http:protocol-port", "ssh:protocol-port"};
        QTest::newRow("reviews>5") << "reviews>5" << QStringList{"ftp:protocol-port", "http:protocol-port"};
        QTest::newRow("interval>=10") << "interval>=10" << QStringList{"smtp:protocol-port", "ssh:protocol-port"};
        QTest::newRow("interval:5") << "interval:5" << QStringList{"ftp:protocol-port"};
        // New cards have no memory state: never a stability, difficulty or recall match.
        QTest::newRow("stability<3") << "stability<3" << QStringList{"dns:protocol-port", "http:protocol-port"};
        QTest::newRow("stability:20") << "stability:20" << QStringList{"ssh:protocol-port"};
        QTest::newRow("stability:0.5") << "stability:0.5" << QStringList{"dns:protocol-port"};
        QTest::newRow("stability>=100") << "stability>=100" << QStringList{"smtp:protocol-port"};
        QTest::newRow("difficulty>9") << "difficulty>9" << QStringList{"http:protocol-port"};
        QTest::newRow("difficulty:4.2") << "difficulty:4.2" << QStringList{"ftp:protocol-port"};
        QTest::newRow("difficulty:4") << "difficulty:4" << QStringList{"ftp:protocol-port"};
        QTest::newRow("difficulty!=5") << "difficulty!=5"
                                       << QStringList{"dns:protocol-port", "ftp:protocol-port", "http:protocol-port", "smtp:protocol-port"};
        QTest::newRow("difficulty<=3") << "difficulty<=3" << QStringList{"smtp:protocol-port"};

        // Combinations.
        QTest::newRow("and") << "is:review flag:1" << QStringList{"ssh:protocol-port"};
        QTest::newRow("AND") << "is:review AND flag:1" << QStringList{"ssh:protocol-port"};
        QTest::newRow("or") << "is:learn OR is:buried" << QStringList{"dns:protocol-port", "http:protocol-port", "smtp:protocol-port"};
        QTest::newRow("or binds looser") << "is:review flag:1 or flag:3" << QStringList{"dns:protocol-port", "ssh:protocol-port"};
        QTest::newRow("parentheses") << "is:review (flag:1 OR flag:3)" << QStringList{"ssh:protocol-port"};
        QTest::newRow("negated group") << "-(is:new OR is:suspended)" << QStringList{"dns:protocol-port", "smtp:protocol-port", "ssh:protocol-port"};
        QTest::newRow("double negation") << "--is:suspended" << QStringList{"ftp:protocol-port", "http:protocol-port"};
        QTest::newRow("-is:suspended") << "-is:suspended" << allBut({"ftp:protocol-port", "http:protocol-port"});
        QTest::newRow("-is:buried") << "-is:buried" << allBut({"smtp:protocol-port"});
        QTest::newRow("-is:own") << "-is:own" << allBut(sorted(ofFacts({"gre"}) + QStringList{"concept-tcp-udp-separate-ports", "own-percent", "own-plain"}));
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // Joined, so that a failure shows the keys.
        QCOMPARE(search(text).join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
    }

    // The recall now, against the scheduler's own curve in C++.
    void recall_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("recall<90") << "recall<90" << studiedWhereRecall([](double r) { return r < 0.9; });
        QTest::newRow("recall>=90") << "recall>=90" << studiedWhereRecall([](double r) { return r >= 0.9; });
        QTest::newRow("recall>99") << "recall>99" << studiedWhereRecall([](double r) { return r > 0.99; });
        QTest::newRow("recall<=80") << "recall<=80" << studiedWhereRecall([](double r) { return r <= 0.8; });
        QTest::newRow("recall!=100") << "recall!=100" << studiedWhereRecall([](double r) { return std::round(r * 100) != 100; });
        QTest::newRow("-recall<90") << "-recall<90" << allBut(studiedWhereRecall([](double r) { return r < 0.9; }));
        const QStringList studied = studiedWhereRecall([](double) { return true; });
        QCOMPARE(studied, kStudied);
        // recall:N is what rounds to N percent.
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT last_review, stability FROM cards WHERE key = 'ftp:protocol-port'")) && q.next());
        const double ftp = context().scheduler.recallAt(q.value(0).toLongLong(), q.value(1).toDouble(), kNow);
        QVERIFY(ftp > 0.5 && ftp < 0.9);
        QTest::newRow("recall:N") << QStringLiteral("recall:%1").arg(std::round(ftp * 100))
                                  << studiedWhereRecall([ftp](double r) { return std::round(r * 100) == std::round(ftp * 100); });
        QTest::newRow("recall=N") << QStringLiteral("recall=%1").arg(std::round(ftp * 100))
                                  << studiedWhereRecall([ftp](double r) { return std::round(r * 100) == std::round(ftp * 100); });
    }

    void recall()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        if (!m_store.hasSqlMath())
            QSKIP("SQLite without math functions");
        QCOMPARE(search(text).join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("position");
        QTest::newRow("is") << "ssh is:sleeping" << "“is:sleeping”: a card cannot be “sleeping”. Use is: with one of new, learn, review, due, suspended, buried, leech, own, edited." << 4;
        QTest::newRow("unknown keyword") << "foo:bar" << "Unknown keyword “foo” in “foo:bar”. Known keywords: is:, flag:, tag:, port:, type:, lapses, reviews, interval, stability, difficulty, recall. To search for the text itself, put it in quotes: \"foo:bar\"." << 0;
        QTest::newRow("unknown comparison") << "lapse>3" << "Unknown keyword “lapse” in “lapse>3”" << 0;
        QTest::newRow("flag") << "flag:9" << "“flag:9”: a flag is 0 (none) to 4" << 0;
        QTest::newRow("flag text") << "flag:pink" << "“flag:pink”" << 0;
        QTest::newRow("number") << "lapses>abc" << "“lapses>abc”: lapses needs a number of 0 or more" << 0;
        QTest::newRow("no number") << "reviews<" << "“reviews<”: reviews needs a number" << 0;
        QTest::newRow("negative") << "lapses>-1" << "“lapses>-1”" << 0;
        QTest::newRow("bang") << "stability!5" << "“stability!5”: stability needs a number" << 0;
        QTest::newRow("whole") << "lapses>2.5" << "“lapses>2.5”: lapses counts in whole numbers" << 0;
        QTest::newRow("percent") << "recall<150" << "“recall<150”: recall is a percentage from 0 to 100" << 0;
        QTest::newRow("quote") << "ssh \"secure" << "The quote at character 5 is never closed" << 4;
        // Found by fuzz_cardquery: deeper than SQLite's parser stack, a query read as valid and failed to run.
        QTest::newRow("19 minus signs") << QString(19, QLatin1Char('-')) + "t" << "The search nests too deeply at character 11: at most 10" << 10;
        QTest::newRow("deep parentheses") << QString(5000, QLatin1Char('(')) + "t" + QString(5000, QLatin1Char(')'))
                                          << "nests too deeply at character 11" << 10;
        QTest::newRow("minus and parentheses") << "-(-(-(-(-(-t)))))" << "nests too deeply at character 11" << 10;
        QTest::newRow("too many terms") << QStringList(QList<QString>(201, QStringLiteral("ssh"))).join(' ')
                                        << "more than 200 terms" << 800;
        QTest::newRow("quote in keyword") << "tag:\"mail" << "The quote at character 5 is never closed" << 4;
        QTest::newRow("lone minus") << "-" << "“-” must come right before the term it leaves out" << 0;
        QTest::newRow("minus space") << "ssh - is:new" << "“-” must come right before the term it leaves out" << 4;
        QTest::newRow("port") << "port:70000" << "“port:70000”: a port is a number from 0 to 65535" << 0;
        QTest::newRow("port range") << "port:21-20" << "“port:21-20”" << 0;
        QTest::newRow("port text") << "port:ssh" << "“port:ssh”" << 0;
        QTest::newRow("type") << "type:colour" << "“type:colour”: there is no card type “colour”. Use type: with one of port, protocol, transport, function, secure, basic." << 0;
        QTest::newRow("tag") << "tag:" << "“tag:” names no tag" << 0;
        QTest::newRow("colon") << "is=due" << "“is=due”: write is: with a colon, as in is:due." << 0;
        QTest::newRow("open") << "(is:new" << "The parenthesis at character 1 is never closed" << 0;
        QTest::newRow("close") << "is:new)" << "The parenthesis at character 7 closes nothing" << 6;
        QTest::newRow("empty group") << "is:new ()" << "The parentheses at character 8 hold no term" << 7;
        QTest::newRow("or first") << "OR is:new" << "“OR” at character 1 needs a term on each side" << 0;
        QTest::newRow("or last") << "is:new or" << "“or” at character 8 needs a term on each side" << 7;
        QTest::newRow("and last") << "is:new AND" << "“AND” at character 8 needs a term on each side" << 7;
        QTest::newRow("or or") << "is:new OR OR is:due" << "“OR” at character 11 needs a term on each side" << 10;
        QTest::newRow("keyword-like text") << "ssh:protocol-port" << "Unknown keyword “ssh” in “ssh:protocol-port”" << 0;
    }

    // As deep and as long as a search may be, it runs.
    void deepestAndLongestRun()
    {
        for (const QString &text : {QString(10, QLatin1Char('-')) + QStringLiteral("ssh"),
                                    QString(9, QLatin1Char('(')) + QStringLiteral("-ssh") + QString(9, QLatin1Char(')')),
                                    QStringLiteral("-(-(-(-(-t))))"),
                                    QStringList(QList<QString>(200, QStringLiteral("-ssh"))).join(QStringLiteral(" OR "))}) {
            const CardQuery query = CardQuery::parse(text, context());
            QVERIFY2(query.isValid(), qPrintable(query.errorString()));
            QString error;
            QVERIFY2(CardList(m_store).find(query, BrowseColumn::Question, Qt::AscendingOrder, &error), qPrintable(error));
        }
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(int, position);
        const CardQuery query = CardQuery::parse(text, context());
        QVERIFY(!query.isValid());
        QVERIFY2(query.errorString().contains(message), qPrintable(query.errorString()));
        QCOMPARE(query.errorPosition(), position);
        // Never a silent empty list: the data source refuses it too, with the same sentence.
        QString error;
        QVERIFY(!CardList(m_store).find(query, BrowseColumn::Question, Qt::AscendingOrder, &error));
        QCOMPARE(error, query.errorString());
    }

    // What the learner typed is bound, never spliced into SQL.
    void valuesAreBound()
    {
        const QString evil = QStringLiteral("x'); DROP TABLE cards; --");
        for (const QString &text : {QStringLiteral("\"%1\"").arg(evil), QStringLiteral("tag:\"%1\"").arg(evil)}) {
            const CardQuery query = CardQuery::parse(text, context());
            QVERIFY(query.isValid());
            QVERIFY(!query.whereSql().contains(QLatin1String("DROP")));
            QVERIFY(query.values().contains(QVariant(QStringLiteral("%x'); DROP TABLE cards; --%")))
                    || query.values().contains(QVariant(evil)));
        }
        const CardQuery empty = CardQuery::parse(QString(), context());
        QCOMPARE(empty.whereSql(), QStringLiteral("1"));
        QVERIFY(empty.values().isEmpty());
        QCOMPARE(empty.errorPosition(), -1);
    }

    void recallNeedsSqlMath()
    {
        const CardQuery query = CardQuery::parse(QStringLiteral("ssh recall<70"), context(false));
        QVERIFY(!query.isValid());
        QVERIFY2(query.errorString().contains(QStringLiteral("“recall<70”: searching by recall needs SQLite's math functions")),
                 qPrintable(query.errorString()));
        QCOMPARE(query.errorPosition(), 4);
        // Everything else works without them.
        QCOMPARE(search(QStringLiteral("stability<3"), context(false)),
                 (QStringList{"dns:protocol-port", "http:protocol-port"}));
    }

    void forLearner()
    {
        const CardQueryContext c = CardQueryContext::forLearner(m_store, kNow, QStringLiteral("de"));
        QCOMPARE(c.nowMs, kNow);
        QCOMPARE(c.dayEndMs, kDayEnd); // 04:00 tomorrow, TZ=UTC
        QCOMPARE(c.lang, QStringLiteral("de"));
        QCOMPARE(c.sqlMath, m_store.hasSqlMath());
    }
};

QTEST_GUILESS_MAIN(TestCardQuery)
#include "tst_cardquery.moc"
