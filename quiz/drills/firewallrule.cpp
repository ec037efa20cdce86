#include "firewallrule.h"

#include "answerchecker.h"

#include <QHashFunctions>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxRuleText = 200;

const QStringList kAllowWords{QStringLiteral("allow"),    QStringLiteral("permit"),  QStringLiteral("accept"),
                              QStringLiteral("pass"),     QStringLiteral("open"),    QStringLiteral("erlauben"),
                              QStringLiteral("erlaube"),  QStringLiteral("zulassen")};
const QStringList kDenyWords{QStringLiteral("deny"),      QStringLiteral("block"),    QStringLiteral("drop"),
                             QStringLiteral("reject"),    QStringLiteral("close"),    QStringLiteral("sperren"),
                             QStringLiteral("sperre"),    QStringLiteral("blockieren"), QStringLiteral("verbieten")};
const QStringList kOutWords{QStringLiteral("out"), QStringLiteral("outbound"), QStringLiteral("outgoing"),
                            QStringLiteral("egress"), QStringLiteral("aus"), QStringLiteral("ausgehend")};
const QStringList kInWords{QStringLiteral("in"), QStringLiteral("inbound"), QStringLiteral("incoming"),
                           QStringLiteral("ingress"), QStringLiteral("ein"), QStringLiteral("eingehend")};
const QStringList kAnyWords{QStringLiteral("any"), QStringLiteral("all"), QStringLiteral("*"),
                            QStringLiteral("alle"), QStringLiteral("beliebig")};
const QStringList kFiller{QStringLiteral("port"), QStringLiteral("ports"), QStringLiteral("to"),
                          QStringLiteral("from"), QStringLiteral("on"), QStringLiteral("traffic"),
                          QStringLiteral("direction"), QStringLiteral("richtung")};

} // namespace

QString directionWord(Direction d)
{
    return d == Direction::Outbound ? QStringLiteral("out") : QStringLiteral("in");
}

QString directionName(Direction d)
{
    return d == Direction::Outbound ? FirewallRule::tr("outbound") : FirewallRule::tr("inbound");
}

QString Flow::text() const
{
    return FirewallRule::tr("%1 %2 %3").arg(transportName(transport)).arg(port).arg(directionName(direction));
}

QJsonArray Flow::toJson(const QList<Flow> &flows)
{
    QJsonArray out;
    for (const Flow &f : flows)
        out.append(QJsonObject{{QStringLiteral("port"), f.port},
                               {QStringLiteral("transport"), transportName(f.transport).toLower()},
                               {QStringLiteral("direction"), directionWord(f.direction)}});
    return out;
}

size_t qHash(const Flow &flow, size_t seed)
{
    return qHashMulti(seed, flow.port, int(flow.transport), int(flow.direction));
}

bool FirewallRule::matches(const Flow &flow) const
{
    return (!transport || *transport == flow.transport) && flow.port >= portLow && flow.port <= portHigh
           && (!direction || *direction == flow.direction);
}

QString FirewallRule::toText() const
{
    const QString ports = anyPort() ? QStringLiteral("any")
                          : portLow == portHigh ? QString::number(portLow)
                                                : QStringLiteral("%1-%2").arg(portLow).arg(portHigh);
    return QStringLiteral("%1 %2 %3 %4")
        .arg(action == RuleAction::Allow ? QStringLiteral("allow") : QStringLiteral("deny"),
             transport ? transportName(*transport).toLower() : QStringLiteral("any"), ports,
             direction ? directionWord(*direction) : QStringLiteral("both"));
}

QString FirewallRule::displayText() const
{
    return protocol.isEmpty() ? toText() : QStringLiteral("%1 (%2)").arg(toText(), protocol);
}

QJsonObject FirewallRule::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("action"), action == RuleAction::Allow ? QStringLiteral("allow") : QStringLiteral("deny"));
    if (!protocol.isEmpty())
        o.insert(QStringLiteral("protocol"), protocol);
    o.insert(QStringLiteral("transport"), transport ? transportName(*transport).toLower() : QStringLiteral("any"));
    if (anyPort())
        o.insert(QStringLiteral("ports"), QStringLiteral("any"));
    else if (portLow == portHigh)
        o.insert(QStringLiteral("ports"), portLow);
    else
        o.insert(QStringLiteral("ports"), QStringLiteral("%1-%2").arg(portLow).arg(portHigh));
    o.insert(QStringLiteral("direction"), direction ? directionWord(*direction) : QStringLiteral("both"));
    return o;
}

std::optional<FirewallRule> FirewallRule::fromJson(const QJsonObject &json, QString *error)
{
    FirewallRule rule;
    const QString action = json.value(QStringLiteral("action")).toString().toLower();
    if (action == QLatin1String("allow"))
        rule.action = RuleAction::Allow;
    else if (action == QLatin1String("deny"))
        rule.action = RuleAction::Deny;
    else {
        *error = tr("\"action\" must be \"allow\" or \"deny\".");
        return std::nullopt;
    }
    rule.protocol = json.value(QStringLiteral("protocol")).toString().left(kMaxRuleText);
    const QString transport = json.value(QStringLiteral("transport")).toString(QStringLiteral("any")).toLower();
    Transport t;
    if (parseTransport(transport, &t))
        rule.transport = t;
    else if (transport != QLatin1String("any")) {
        *error = tr("\"transport\" must be \"tcp\", \"udp\" or \"any\".");
        return std::nullopt;
    }
    const QJsonValue ports = json.value(QStringLiteral("ports"));
    static const QRegularExpression range(QStringLiteral("^\\s*(\\d{1,5})\\s*(?:-\\s*(\\d{1,5})\\s*)?$"));
    const bool whole = ports.isDouble() && ports.toDouble() >= 0 && ports.toDouble() <= 65535
                       && ports.toDouble() == std::floor(ports.toDouble());
    const QRegularExpressionMatch m = range.match(whole ? QString::number(ports.toInt()) : ports.toString());
    const bool any = ports.toString().compare(QLatin1String("any"), Qt::CaseInsensitive) == 0;
    if (m.hasMatch() && (whole || ports.isString())) {
        rule.portLow = m.captured(1).toInt();
        rule.portHigh = m.captured(2).isEmpty() ? rule.portLow : m.captured(2).toInt();
    }
    if (!(any || (m.hasMatch() && (whole || ports.isString()))) || rule.portLow > rule.portHigh || rule.portHigh > 65535) {
        *error = tr("\"ports\" must be a port from 0 to 65535, a range such as \"20-21\", or \"any\".");
        return std::nullopt;
    }
    const QString direction = json.value(QStringLiteral("direction")).toString().toLower();
    if (direction == QLatin1String("out"))
        rule.direction = Direction::Outbound;
    else if (direction == QLatin1String("in"))
        rule.direction = Direction::Inbound;
    else if (direction != QLatin1String("both")) {
        *error = tr("\"direction\" must be \"in\", \"out\" or \"both\".");
        return std::nullopt;
    }
    return rule;
}

QList<FirewallRule> FirewallRule::forFact(const Fact &fact, Direction direction, RuleAction action)
{
    QList<FirewallRule> out;
    for (Transport t : {Transport::Tcp, Transport::Udp}) {
        QList<int> ports;
        for (const PortSpec &p : fact.ports) {
            if (!p.legacy && p.transport == t && !ports.contains(p.port))
                ports.append(p.port);
        }
        std::sort(ports.begin(), ports.end());
        // Neighbouring ports make one range (FTP's 20-21), as a firewall's table would say.
        for (qsizetype i = 0; i < ports.size();) {
            qsizetype j = i;
            while (j + 1 < ports.size() && ports.at(j + 1) == ports.at(j) + 1)
                ++j;
            FirewallRule rule;
            rule.action = action;
            rule.protocol = fact.name;
            rule.transport = t;
            rule.portLow = ports.at(i);
            rule.portHigh = ports.at(j);
            rule.direction = direction;
            out.append(rule);
            i = j + 1;
        }
    }
    return out;
}

QList<FirewallRule> FirewallRule::parse(const QString &text, const AnswerChecker &checker, QString *error)
{
    QString s = text.left(kMaxRuleText).toLower().trimmed();
    if (s.isEmpty()) {
        *error = tr("Type a rule, such as \"allow tcp 443 out\".");
        return {};
    }
    // "tcp/443" and "443/tcp" are a transport and a port; "20 - 21" is a range.
    static const QRegularExpression transportSlash(QStringLiteral("\\b(tcp|udp)\\s*/\\s*(?=\\d)"));
    static const QRegularExpression slashTransport(QStringLiteral("(?<=\\d)\\s*/\\s*(tcp|udp)\\b"));
    s.replace(transportSlash, QStringLiteral("\\1 "));
    s.replace(slashTransport, QStringLiteral(" \\1"));
    static const QRegularExpression dash(QStringLiteral("(\\d)\\s*[-–:]\\s*(\\d)"));
    s.replace(dash, QStringLiteral("\\1-\\2"));
    static const QRegularExpression separators(QStringLiteral("[,;()\\[\\]{}\"'`]"));
    s.replace(separators, QStringLiteral(" "));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression portOrRange(QStringLiteral("^(\\d{1,6})(?:-(\\d{1,6}))?$"));

    std::optional<RuleAction> action;
    std::optional<Transport> transport;
    bool anyTransport = false;
    std::optional<Direction> direction;
    bool bothDirections = false;
    bool anyPorts = false;
    int low = -1;
    int high = -1;
    QStringList words;
    const QStringList tokens = s.split(space, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        QRegularExpressionMatch m;
        Transport t;
        if (kAllowWords.contains(token) && !action) {
            action = RuleAction::Allow;
        } else if (kDenyWords.contains(token) && !action) {
            action = RuleAction::Deny;
        } else if (parseTransport(token, &t) && !transport && !anyTransport) {
            transport = t;
        } else if ((m = portOrRange.match(token)).hasMatch() && low < 0 && !anyPorts) {
            low = m.captured(1).toInt();
            high = m.captured(2).isEmpty() ? low : m.captured(2).toInt();
            if (low > 65535 || high > 65535 || low > high) {
                *error = tr("%1 is no port range: ports run from 0 to 65535, the lower first.").arg(token);
                return {};
            }
        } else if (kOutWords.contains(token) && !direction && !bothDirections) {
            direction = Direction::Outbound;
        } else if (kInWords.contains(token) && !direction && !bothDirections) {
            direction = Direction::Inbound;
        } else if ((token == QLatin1String("both") || token == QLatin1String("beide")) && !direction) {
            bothDirections = true;
        } else if (kAnyWords.contains(token)) {
            // The first "any" is the transport, the second the ports ("allow any any out"),
            // unless a transport was already named.
            if (!transport && !anyTransport)
                anyTransport = true;
            else if (low < 0)
                anyPorts = true;
        } else if (token == QLatin1String("tcp/udp") || token == QLatin1String("udp/tcp")) {
            anyTransport = true;
        } else if (!kFiller.contains(token)) {
            words.append(token);
        }
    }
    if (!action) {
        *error = tr("Start with allow or deny.");
        return {};
    }
    if (!direction && !bothDirections) {
        *error = tr("Say which way: in (to a server inside) or out (to a server outside).");
        return {};
    }
    const QString name = words.join(QLatin1Char(' '));
    const Fact *fact = name.isEmpty() ? nullptr : checker.factNamed(name);
    if (!name.isEmpty() && !fact) {
        *error = tr("“%1” is no protocol in your collection.").arg(words.join(QLatin1Char(' ')));
        return {};
    }
    if (fact && low < 0 && !anyPorts) {
        if (fact->currentPortNumbers().isEmpty()) {
            *error = tr("%1 has no port: a port rule cannot match it.").arg(fact->name);
            return {};
        }
        QList<FirewallRule> out;
        for (FirewallRule rule : forFact(*fact, direction.value_or(Direction::Outbound), *action)) {
            if (transport && rule.transport != transport)
                continue;
            rule.direction = direction;
            out.append(rule);
        }
        if (out.isEmpty())
            *error = tr("%1 does not use %2.").arg(fact->name, transportName(*transport));
        return out;
    }
    if (low < 0 && !anyPorts) {
        *error = tr("Name a port, a range such as 20-21, any, or a protocol.");
        return {};
    }
    FirewallRule rule;
    rule.action = *action;
    rule.protocol = fact ? fact->name : QString();
    rule.transport = transport;
    rule.portLow = anyPorts ? 0 : low;
    rule.portHigh = anyPorts ? 65535 : high;
    rule.direction = direction;
    return {rule};
}
