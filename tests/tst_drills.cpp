// The performance-based drills' engine: firewall scenarios and their grader, capture lines and
// questions, matching boards and troubleshooting questions, and drills in a quiz or an exam.
#include "answerchecker.h"
#include "capturedrill.h"
#include "deck.h"
#include "firewallgrade.h"
#include "matchingboard.h"
#include "quizsession.h"
#include "troubleshootingdrill.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kSeeds = 1000;

QList<Fact> deckFacts()
{
    QList<Fact> out;
    for (const DeckFact &f : Deck::builtin().facts)
        out.append(f.fact);
    return out;
}

/** The flows a table allows, looking only at its allow rules' own flows (first match decides). */
QSet<Flow> opened(const QList<FirewallRule> &rules)
{
    QSet<Flow> out;
    for (const FirewallRule &r : rules) {
        if (r.action != RuleAction::Allow)
            continue;
        QList<Flow> flows; // every flow the rule matches
        for (int port = r.portLow; port <= r.portHigh; ++port)
            for (Transport t : {Transport::Tcp, Transport::Udp})
                for (Direction d : {Direction::Outbound, Direction::Inbound})
                    if (r.matches({port, t, d}))
                        flows.append({port, t, d});
        for (const Flow &f : std::as_const(flows)) {
            const auto first = std::find_if(rules.cbegin(), rules.cend(), [&](const FirewallRule &x) { return x.matches(f); });
            if (first->action == RuleAction::Allow)
                out.insert(f);
        }
    }
    return out;
}

FirewallNeed need(const QString &key, const QString &name, Direction d, const QList<std::pair<int, Transport>> &ports)
{
    FirewallNeed n;
    n.factKey = key;
    n.name = n.description = name;
    n.direction = d;
    for (const auto &[port, t] : ports)
        n.flows.append({port, t, d});
    return n;
}

/** HTTPS and DNS out; Telnet closed both ways. */
FirewallScenario smallScenario()
{
    FirewallScenario s;
    s.needs = {need(QStringLiteral("https"), QStringLiteral("HTTPS"), Direction::Outbound, {{443, Transport::Tcp}}),
               need(QStringLiteral("dns"), QStringLiteral("DNS"), Direction::Outbound,
                    {{53, Transport::Udp}, {53, Transport::Tcp}})};
    FirewallNeed telnet = need(QStringLiteral("telnet"), QStringLiteral("Telnet"), Direction::Outbound, {{23, Transport::Tcp}});
    telnet.flows.append({23, Transport::Tcp, Direction::Inbound});
    s.forbidden = {telnet};
    return s;
}

int scalar(DeckStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDrills : public QObject
{
    Q_OBJECT

private:
    const QList<Fact> m_facts = deckFacts();
    const AnswerChecker m_checker{m_facts};

    QList<FirewallRule> rulesOf(const QStringList &lines) const
    {
        QList<FirewallRule> out;
        for (const QString &line : lines) {
            QString error;
            const QList<FirewallRule> parsed = FirewallRule::parse(line, m_checker, &error);
            if (parsed.isEmpty())
                qWarning() << line << error;
            out += parsed;
        }
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every seed at every level: the key passes, it opens exactly the needs' flows, each of its
    // rules is needed, and any table that opens another set of flows misses full marks, so the
    // minimal answer is unique.
    void scenariosAreSolvableAndUnambiguous()
    {
        QSet<QString> texts;
        for (int level = 1; level <= FirewallScenario::kLevels; ++level) {
            for (quint32 seed = 1; seed <= kSeeds; ++seed) {
                const FirewallScenario s = FirewallScenario::generate(m_facts, seed, level);
                const QByteArray where = QByteArray("seed ") + QByteArray::number(seed) + " level " + QByteArray::number(level);
                QVERIFY2(s.isValid(), where);
                QVERIFY2(s.needs.size() >= level + 1, where);
                QCOMPARE(s.forbidden.size(), level);
                texts.insert(s.text());
                const QSet<Flow> required = s.requiredFlows();
                QVERIFY2(!required.intersects(s.forbiddenFlows()), where);
                qsizetype flows = 0;
                for (const FirewallNeed &n : s.needs) {
                    flows += n.flows.size();
                    const Fact *f = m_checker.factNamed(n.name);
                    QVERIFY2(f && (f->security != Security::No || f->secureCounterparts.isEmpty()
                                   || f->tags.contains(QLatin1String("naming"))), where);
                }
                for (const FirewallNeed &n : s.forbidden) {
                    const Fact *f = m_checker.factNamed(n.name);
                    QVERIFY2(f && f->security == Security::No && !f->secureCounterparts.isEmpty()
                                 && !f->tags.contains(QLatin1String("naming")), where); // never "keep DNS closed"
                }
                QCOMPARE(flows, required.size()); // no two needs share a flow

                const FirewallGrade key = FirewallGrade::grade(s, s.key);
                QVERIFY2(key.verdict == Verdict::Correct && key.points == key.maxPoints, where);
                QCOMPARE(opened(s.key), required);
                for (qsizetype i = 0; i < s.key.size(); ++i) {
                    QList<FirewallRule> fewer = s.key;
                    fewer.removeAt(i);
                    QVERIFY2(FirewallGrade::grade(s, fewer).verdict != Verdict::Correct, where);
                }
                // The same seed and level: the same scenario.
                const FirewallScenario again = FirewallScenario::generate(m_facts, seed, level);
                QCOMPARE(again.text(), s.text());
                QCOMPARE(again.key, s.key);

                // Mutations of the key: full marks exactly when the flows opened are the needs'.
                QRandomGenerator random(seed);
                for (int m = 0; m < 6; ++m) {
                    QList<FirewallRule> table = s.key;
                    FirewallRule &r = table[random.bounded(int(table.size()))];
                    switch (m) {
                    case 0: r.portHigh = std::min(65535, r.portHigh + 1 + int(random.bounded(3))); break;
                    case 1: r.transport.reset(); break;
                    case 2: r.direction = r.direction == Direction::Inbound ? Direction::Outbound : Direction::Inbound; break;
                    case 3: r.direction.reset(); break;
                    case 4: {
                        const QList<Flow> closed = s.forbiddenFlows().values();
                        const Flow f = closed.at(random.bounded(int(closed.size())));
                        FirewallRule open;
                        open.transport = f.transport;
                        open.portLow = open.portHigh = f.port;
                        open.direction = f.direction;
                        table.append(open);
                        break;
                    }
                    case 5: {
                        FirewallRule deny = r;
                        deny.action = RuleAction::Deny;
                        table.prepend(deny);
                        break;
                    }
                    }
                    const bool exact = opened(table) == required;
                    QVERIFY2((FirewallGrade::grade(s, table).verdict == Verdict::Correct) == exact,
                             where + " mutation " + QByteArray::number(m));
                }
            }
        }
        QVERIFY(texts.size() > 2 * kSeeds); // seeds make different scenarios
    }

    void ruleParsing_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("rules"); // toText() of each, or empty when refused
        QTest::newRow("plain") << "allow tcp 443 out" << QStringList{"allow tcp 443 out"};
        QTest::newRow("permit range") << "permit udp 67-68 outbound" << QStringList{"allow udp 67-68 out"};
        QTest::newRow("slash") << "allow tcp/22 out" << QStringList{"allow tcp 22 out"};
        QTest::newRow("any order") << "22/tcp in allow" << QStringList{"allow tcp 22 in"};
        QTest::newRow("protocol") << "allow https out" << QStringList{"allow tcp 443 out"};
        QTest::newRow("two transports") << "allow dns out" << QStringList{"allow tcp 53 out", "allow udp 53 out"};
        QTest::newRow("protocol and transport") << "allow udp dns out" << QStringList{"allow udp 53 out"};
        QTest::newRow("ftp's pair") << "deny ftp in" << QStringList{"deny tcp 20-21 in"};
        QTest::newRow("any any") << "block any any in" << QStringList{"deny any any in"};
        QTest::newRow("both ways") << "deny telnet both" << QStringList{"deny tcp 23 both"};
        QTest::newRow("no transport") << "allow 443 out" << QStringList{"allow any 443 out"};
        QTest::newRow("german") << "erlauben tcp 443 ausgehend" << QStringList{"allow tcp 443 out"};
        QTest::newRow("full name") << "allow secure shell in" << QStringList{"allow tcp 22 in"};
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("no direction") << "allow tcp 443" << QStringList{};
        QTest::newRow("no action") << "tcp 443 out" << QStringList{};
        QTest::newRow("too high") << "allow tcp 70000 out" << QStringList{};
        QTest::newRow("backwards") << "allow tcp 90-80 out" << QStringList{};
        QTest::newRow("unknown name") << "allow frobnicate out" << QStringList{};
        QTest::newRow("no port") << "allow icmp out" << QStringList{};
        QTest::newRow("nothing to match") << "allow out" << QStringList{};
        QTest::newRow("wrong transport for it") << "allow udp https out" << QStringList{};
    }

    void ruleParsing()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, rules);
        QString error;
        const QList<FirewallRule> parsed = FirewallRule::parse(typed, m_checker, &error);
        QStringList texts;
        for (const FirewallRule &r : parsed)
            texts.append(r.toText());
        QCOMPARE(texts, rules);
        QCOMPARE(error.isEmpty(), !rules.isEmpty());
        for (const FirewallRule &r : parsed) {
            // Each reads back, as text and as JSON.
            QCOMPARE(FirewallRule::parse(r.toText(), m_checker, &error).value(0).toText(), r.toText());
            const std::optional<FirewallRule> json = FirewallRule::fromJson(r.toJson(), &error);
            QVERIFY(json);
            QCOMPARE(*json, r);
        }
    }

    void ruleJsonIsChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("action") << QByteArray(R"({"action":"maybe","transport":"tcp","ports":22,"direction":"in"})");
        QTest::newRow("transport") << QByteArray(R"({"action":"allow","transport":"icmp","ports":22,"direction":"in"})");
        QTest::newRow("port") << QByteArray(R"({"action":"allow","transport":"tcp","ports":70000,"direction":"in"})");
        QTest::newRow("fraction") << QByteArray(R"({"action":"allow","transport":"tcp","ports":22.5,"direction":"in"})");
        QTest::newRow("range") << QByteArray(R"({"action":"allow","transport":"tcp","ports":"30-20","direction":"in"})");
        QTest::newRow("direction") << QByteArray(R"({"action":"allow","transport":"tcp","ports":22,"direction":"up"})");
        QTest::newRow("nothing") << QByteArray("{}");
    }

    void ruleJsonIsChecked()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!FirewallRule::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY(!error.isEmpty());
    }

    void firewallGrading_data()
    {
        QTest::addColumn<QStringList>("table");
        QTest::addColumn<int>("points"); // of 6
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("explains"); // a word the explanations must hold, if any
        QTest::newRow("the key") << QStringList{"allow tcp 443 out", "allow udp 53 out", "allow tcp 53 out"} << 6 << "correct" << "";
        QTest::newRow("typed by name") << QStringList{"allow https out", "allow dns out"} << 6 << "correct" << "";
        QTest::newRow("dns as any transport") << QStringList{"allow https out", "allow any 53 out"} << 6 << "correct" << "";
        QTest::newRow("explicit deny first") << QStringList{"deny telnet both", "allow https out", "allow dns out"} << 6 << "correct" << "";
        QTest::newRow("one missing") << QStringList{"allow https out"} << 2 << "partial" << "Nothing allows DNS";
        QTest::newRow("udp only") << QStringList{"allow https out", "allow udp 53 out"} << 4 << "partial" << "opens 53 over UDP, but DNS needs 53 over TCP";
        QTest::newRow("wrong way") << QStringList{"allow tcp 443 in", "allow dns out"} << 3 << "partial" << "opens 443 inbound, but HTTPS needs it outbound";
        QTest::newRow("all tcp") << QStringList{"allow tcp any out", "allow udp 53 out"} << 2 << "partial" << "too broad";
        QTest::newRow("everything") << QStringList{"allow any any both"} << 2 << "partial" << "must stay closed";
        QTest::newRow("one more") << QStringList{"allow https out", "allow dns out", "allow tcp 3389 in"} << 5 << "partial" << "does not ask for";
        QTest::newRow("telnet too") << QStringList{"allow https out", "allow dns out", "allow telnet out"} << 4 << "partial" << "must stay closed";
        QTest::newRow("deny first") << QStringList{"deny any any out", "allow https out", "allow dns out"} << 0 << "wrong" << "comes first and blocks";
        QTest::newRow("nothing") << QStringList{} << 0 << "wrong" << "Nothing allows HTTPS";
        QTest::newRow("range around") << QStringList{"allow tcp 440-450 out", "allow dns out"} << 4 << "partial" << "too broad";
    }

    void firewallGrading()
    {
        QFETCH(QStringList, table);
        QFETCH(int, points);
        QFETCH(QString, verdict);
        QFETCH(QString, explains);
        const FirewallGrade g = FirewallGrade::grade(smallScenario(), rulesOf(table));
        QCOMPARE(g.maxPoints, 6);
        QCOMPARE(g.points, points);
        QCOMPARE(verdictKey(g.verdict), verdict);
        QCOMPARE(g.ruleNotes.size(), g.uses.size());
        QCOMPARE(g.explanations.isEmpty(), verdict == QLatin1String("correct"));
        if (!explains.isEmpty())
            QVERIFY2(g.explanations.join(QLatin1Char(' ')).contains(explains), qPrintable(g.explanations.join(QLatin1Char('|'))));
    }

    // Every line of every capture question reads back to what it was built from, and each
    // question has exactly one right answer as the engine itself judges it.
    void captureLinesParseBack()
    {
        const CaptureDrill drill(m_facts);
        QSet<int> formats;
        for (quint32 seed = 1; seed <= kSeeds; ++seed) {
            for (CaptureQuestion kind : {CaptureQuestion::Protocol, CaptureQuestion::Insecure, CaptureQuestion::ServerSide,
                                         CaptureQuestion::BlockingRule}) {
                const std::optional<CaptureExercise> e = drill.make(kind, seed);
                const QByteArray where = QByteArray("seed ") + QByteArray::number(seed) + " kind " + QByteArray::number(int(kind));
                QVERIFY2(e, where);
                QVERIFY2(!e->question.exhibit.isEmpty(), where);
                for (const CaptureLine &line : e->lines) {
                    formats.insert(int(line.format));
                    const std::optional<CaptureLine> back = CaptureLine::parse(line.toText());
                    QVERIFY2(back, where + ": " + line.toText().toUtf8());
                    QVERIFY2(*back == line, where + ": " + line.toText().toUtf8());
                    QVERIFY2(e->question.exhibit.contains(line.toText()), where);
                }
                const QuizQuestion &q = e->question;
                const CaptureLine &first = e->lines.constFirst();
                switch (kind) {
                case CaptureQuestion::Protocol:
                    QCOMPARE(q.style, QuestionStyle::Typed);
                    QCOMPARE(q.port, first.destinationPort);
                    QCOMPARE(m_checker.checkProtocolOnPort(q.port, q.answer.section(QLatin1Char(','), 0, 0)).verdict,
                             Verdict::Correct);
                    QVERIFY2(first.sourcePort >= 49152 && first.sourcePort <= 60999, where);
                    break;
                case CaptureQuestion::Insecure: {
                    QCOMPARE(e->lines.size(), 4);
                    QCOMPARE(q.options.size(), 4);
                    int insecure = 0;
                    for (int i = 0; i < 4; ++i) {
                        bool bad = false;
                        bool good = false;
                        for (const Fact &f : m_facts) {
                            if (f.kind == FactKind::Protocol && f.hasPort(e->lines.at(i).destinationPort, e->lines.at(i).transport)) {
                                bad = bad || f.security == Security::No;
                                good = good || f.security == Security::Yes;
                            }
                        }
                        QVERIFY2(bad != good, where); // every entry on the line's port agrees
                        insecure += bad;
                        QCOMPARE(bad, i == q.correctOption);
                    }
                    QCOMPARE(insecure, 1);
                    break;
                }
                case CaptureQuestion::ServerSide: {
                    const bool reply = first.sourcePort < 49152;
                    const int serverPort = reply ? first.sourcePort : first.destinationPort;
                    const int clientPort = reply ? first.destinationPort : first.sourcePort;
                    QVERIFY2(serverPort < 49152 && clientPort >= 49152, where);
                    QVERIFY2(q.options.at(q.correctOption).endsWith(QStringLiteral("port %1").arg(serverPort)), where);
                    break;
                }
                case CaptureQuestion::BlockingRule: {
                    QCOMPARE(q.options.size(), 4);
                    const bool inbound = first.destinationIp.startsWith(QLatin1String("172.16."));
                    const Flow flow{first.destinationPort, first.transport, inbound ? Direction::Inbound : Direction::Outbound};
                    int blocking = 0;
                    for (int i = 0; i < 4; ++i) {
                        QString error;
                        const QList<FirewallRule> rule = FirewallRule::parse(q.options.at(i), m_checker, &error);
                        QCOMPARE(rule.size(), 1);
                        QCOMPARE(rule.constFirst().action, RuleAction::Deny);
                        const bool blocks = rule.constFirst().matches(flow);
                        blocking += blocks;
                        QCOMPARE(blocks, i == q.correctOption);
                    }
                    QCOMPARE(blocking, 1);
                    break;
                }
                }
            }
        }
        QCOMPARE(formats.size(), 2);
    }

    void captureLineParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("reads");
        QTest::addColumn<int>("destinationPort");
        QTest::addColumn<QString>("transport");
        QTest::newRow("tcpdump dns") << "12:04:31.123456 IP 10.0.0.5.51514 > 10.0.0.1.53: 3412+ A? example.com. (29)" << true << 53 << "UDP";
        QTest::newRow("tcpdump syn") << "08:00:00.000001 IP 10.0.0.5.50000 > 198.51.100.7.443: Flags [S], seq 1, win 64240, length 0"
                                     << true << 443 << "TCP";
        QTest::newRow("wireshark") << "   7    0.512304 10.0.0.5 → 198.51.100.7 TCP 74 51514 → 443 [SYN] Seq=0 Win=64240 Len=0"
                                   << true << 443 << "TCP";
        QTest::newRow("wireshark udp") << "   2    0.100000 10.0.0.5 → 198.51.100.7 UDP 90 51514 → 123 Len=48" << true << 123 << "UDP";
        QTest::newRow("port too high") << "12:04:31.123456 IP 10.0.0.5.99999 > 10.0.0.1.53: UDP, length 4" << false << 0 << "";
        QTest::newRow("not a capture") << "hello world" << false << 0 << "";
        QTest::newRow("empty") << "" << false << 0 << "";
    }

    void captureLineParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, reads);
        QFETCH(int, destinationPort);
        QFETCH(QString, transport);
        const std::optional<CaptureLine> line = CaptureLine::parse(text);
        QCOMPARE(line.has_value(), reads);
        if (!line)
            return;
        QCOMPARE(line->destinationPort, destinationPort);
        QCOMPARE(transportName(line->transport), transport);
        QCOMPARE(line->toText().simplified(), text.simplified());
    }

    // Boards: each choice fits exactly one item, and grading is pair by pair.
    void boardsHaveOneSolution()
    {
        for (quint32 seed = 1; seed <= kSeeds; ++seed) {
            for (BoardKind kind : {BoardKind::PortsToProtocols, BoardKind::ProtocolsToSecure}) {
                const MatchingBoard b = MatchingBoard::generate(m_facts, seed, kind);
                const QByteArray where = QByteArray("seed ") + QByteArray::number(seed);
                QCOMPARE(b.left.size(), MatchingBoard::kPairs);
                QCOMPARE(b.right.size(), MatchingBoard::kPairs);
                QCOMPARE(QSet<QString>(b.right.cbegin(), b.right.cend()).size(), MatchingBoard::kPairs);
                for (int i = 0; i < b.left.size(); ++i) {
                    const Fact *left = m_checker.factNamed(b.leftKeys.at(i));
                    for (int j = 0; j < b.right.size(); ++j) {
                        const Fact *right = nullptr;
                        for (const Fact &f : m_facts)
                            right = f.key == b.rightKeys.at(j) ? &f : right;
                        QVERIFY(right);
                        const bool fits = kind == BoardKind::PortsToProtocols
                                              ? right->hasPort(b.left.at(i).section(QLatin1Char(' '), 1).toInt())
                                              : left && left->secureCounterparts.contains(right->key);
                        QVERIFY2(fits == (j == b.solution.at(i)), where);
                    }
                }
                QCOMPARE(b.grade(b.solution).verdict, Verdict::Correct);
            }
        }
    }

    void boardGrading_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("right");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("solved") << "none" << 8 << "correct";
        QTest::newRow("two swapped") << "swap" << 6 << "partial";
        QTest::newRow("one left empty") << "clear" << 7 << "partial";
        QTest::newRow("empty board") << "all" << 0 << "wrong";
        QTest::newRow("rotated") << "rotate" << 0 << "wrong";
        QTest::newRow("short list") << "short" << 4 << "partial";
    }

    void boardGrading()
    {
        QFETCH(QString, change);
        QFETCH(int, right);
        QFETCH(QString, verdict);
        const MatchingBoard b = MatchingBoard::generate(m_facts, 5, BoardKind::PortsToProtocols);
        QList<int> a = b.solution;
        if (change == QLatin1String("swap"))
            std::swap(a[0], a[1]);
        else if (change == QLatin1String("clear"))
            a[3] = -1;
        else if (change == QLatin1String("all"))
            a.fill(-1);
        else if (change == QLatin1String("rotate"))
            std::rotate(a.begin(), a.begin() + 1, a.end());
        else if (change == QLatin1String("short"))
            a.resize(4);
        const BoardGrade g = b.grade(a);
        QCOMPARE(g.right, right);
        QCOMPARE(g.total, 8);
        QCOMPARE(verdictKey(g.verdict), verdict);
        QCOMPARE(g.explanations.size(), 8 - right);
    }

    void troubleshootingAnswersPass()
    {
        const TroubleshootingDrill drill(m_facts);
        for (quint32 seed = 1; seed <= kSeeds; ++seed) {
            const std::optional<QuizQuestion> q = drill.make(seed);
            QVERIFY(q);
            QVERIFY(q->factKeys.size() >= 2);
            QCOMPARE(m_checker.checkPorts(q->ports, q->answer).verdict, Verdict::Correct);
            QVERIFY(m_checker.checkPorts(q->ports, QString()).verdict == Verdict::Wrong);
        }
    }

    void portsChecking_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("says");
        QTest::newRow("each with its transport") << "UDP 67, UDP 68, UDP 123" << "correct" << "";
        QTest::newRow("one transport word") << "udp 67, 68 and 123" << "correct" << "";
        QTest::newRow("slashes") << "67/udp 68/udp 123/udp" << "correct" << "";
        QTest::newRow("range") << "udp 67-68, 123" << "correct" << "";
        QTest::newRow("no transport") << "67, 68, 123" << "partial" << "Name the transport";
        QTest::newRow("one missing") << "udp 67 68" << "partial" << "Missing: UDP 123";
        QTest::newRow("one extra") << "udp 67, 68, 123, 80" << "partial" << "80 is not needed";
        QTest::newRow("wrong transport") << "tcp 67, 68, 123" << "wrong" << "Wrong transport";
        QTest::newRow("empty") << "" << "wrong" << "";
        QTest::newRow("words") << "the firewall" << "wrong" << "";
        QTest::newRow("not a port") << "udp 67, 68, 99999" << "wrong" << "not a port";
    }

    void portsChecking()
    {
        QFETCH(QString, answer);
        QFETCH(QString, verdict);
        QFETCH(QString, says);
        const QList<PortSpec> required{{67, Transport::Udp, {}, false}, {68, Transport::Udp, {}, false}, {123, Transport::Udp, {}, false}};
        const CheckResult r = m_checker.checkPorts(required, answer);
        QCOMPARE(verdictKey(r.verdict), verdict);
        if (!says.isEmpty())
            QVERIFY2(r.feedback.contains(says), qPrintable(r.feedback));
    }

    // A firewall drill's practice says what the learner knows of each entry's port: right when a
    // rule with its port opened it; partly when its name or a rule wider than needed did.
    void firewallPracticeIsPerEntry_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("verdicts"); // of every entry logged
        QTest::newRow("by port") << "ports" << "correct";
        QTest::newRow("by name") << "names" << "partial";
        QTest::newRow("everything open") << "any" << "partial";
        QTest::newRow("nothing") << "none" << "wrong";
    }

    void firewallPracticeIsPerEntry()
    {
        QFETCH(QString, how);
        QFETCH(QString, verdicts);
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        ManualClock clock(QDateTime::fromString(QStringLiteral("2024-06-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        QuizOptions options;
        options.mode = QuizMode::Drills;
        options.drill = DrillKind::Firewall;
        options.questions = 1;
        options.seed = 12;
        options.drillLevel = 1;
        QuizSession quiz(&store, &clock, QString(), options);
        const FirewallScenario &s = *quiz.current().firewall;
        QList<FirewallRule> rules;
        if (how == QLatin1String("ports")) {
            for (FirewallRule r : s.key) {
                r.protocol.clear();
                rules.append(r);
            }
        } else if (how == QLatin1String("names")) {
            QStringList lines;
            for (const FirewallNeed &n : s.needs)
                lines.append(QStringLiteral("allow %1 out").arg(n.name));
            rules = rulesOf(lines);
        } else if (how == QLatin1String("any")) {
            rules = rulesOf({QStringLiteral("allow any any both")});
        }
        quiz.answerFirewall(rules);
        QCOMPARE(quiz.current().practice.size(), s.needs.size());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT verdict FROM revlog WHERE kind = 'quiz'")));
        QStringList seen;
        while (q.next())
            seen.append(q.value(0).toString());
        QCOMPARE(seen, QStringList{verdicts});
        // A miss goes to "missed last time" and tomorrow's front only for the entries it missed.
        QCOMPARE(quiz.missedCards().size(), verdicts == QLatin1String("correct") ? 0 : s.needs.size());
    }

    // In a quiz: drills are graded, logged as practice on their entries' cards without moving
    // any schedule, and kept for Progress; an exam opens with one.
    void drillsInAQuizAreLoggedAsPractice()
    {
        QTemporaryDir dir;
        DeckStore store;
        QCOMPARE(store.open(dir.path()), DeckStore::Status::Ok);
        ManualClock clock(QDateTime::fromString(QStringLiteral("2024-06-03T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        const int dueBefore = scalar(store, QStringLiteral("SELECT total(coalesce(due, 0) + reps + state) FROM cards"));
        QuizOptions options;
        options.mode = QuizMode::Drills;
        options.drill = DrillKind::Mixed;
        options.questions = 4;
        options.seed = 41;
        QuizSession quiz(&store, &clock, QString(), options);
        QCOMPARE(quiz.count(), 4);
        QCOMPARE(*quiz.current().drill, DrillKind::Firewall);
        QCOMPARE(quiz.current().seed, 41u);
        QCOMPARE(quiz.current().firewall->seed, 41u);
        QCOMPARE(quiz.answerFirewall(quiz.current().firewall->key).verdict, Verdict::Correct);
        QCOMPARE(quiz.current().points, quiz.current().maxPoints);
        const qsizetype needs = quiz.current().firewall->needs.size();
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'quiz'")), int(needs));
        QVERIFY(quiz.next());
        QCOMPARE(*quiz.current().drill, DrillKind::Capture);
        quiz.answerOption(quiz.current().question.options.isEmpty() ? 0 : quiz.current().question.correctOption);
        if (quiz.current().question.style == QuestionStyle::Typed)
            QVERIFY(quiz.current().answered);
        QVERIFY(quiz.next());
        QCOMPARE(*quiz.current().drill, DrillKind::Board);
        QList<int> half = quiz.current().board->solution;
        for (int i = 0; i < 4; ++i)
            half[i] = -1;
        QCOMPARE(quiz.answerBoard(half).verdict, Verdict::Partial);
        QCOMPARE(quiz.current().points, 4);
        QVERIFY(quiz.next());
        QCOMPARE(*quiz.current().drill, DrillKind::Troubleshooting);
        QCOMPARE(quiz.answerText(quiz.current().question.answer).verdict, Verdict::Correct);
        quiz.finish();
        QVERIFY(quiz.errorString().isEmpty());
        const QList<DrillResult> results = store.drillResults();
        QVERIFY(results.size() >= 3);
        QCOMPARE(results.last().kind, QStringLiteral("firewall"));
        QCOMPARE(results.last().seed, 41u);
        QCOMPARE(results.last().points, results.last().maxPoints);
        QCOMPARE(results.constFirst().kind, QStringLiteral("troubleshooting"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT total(coalesce(due, 0) + reps + state) FROM cards")), dueBefore);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM revlog WHERE kind = 'study'")), 0);

        // The same seed: the same drills.
        QuizSession again(&store, &clock, QString(), options);
        QCOMPARE(again.current().firewall->text(), quiz.items().constFirst().firewall->text());

        QuizOptions exam;
        exam.mode = QuizMode::Exam;
        exam.questions = 20;
        for (quint32 seed : {1u, 2u}) {
            exam.seed = seed;
            QuizSession session(&store, &clock, QString(), exam);
            QCOMPARE(session.count(), 20);
            QVERIFY(session.current().isDrill());
            QCOMPARE(session.current().question.style, seed % 2 ? QuestionStyle::Board : QuestionStyle::Firewall);
            for (int i = 1; i < session.count(); ++i)
                QVERIFY(!session.items().at(i).isDrill());
        }
    }
};

QTEST_GUILESS_MAIN(TestDrills)
#include "tst_drills.moc"
