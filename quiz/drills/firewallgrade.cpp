#include "firewallgrade.h"

#include <algorithm>
#include <tuple>

namespace {

constexpr int kPointsPerFlow = 2;
constexpr int kOpenClosedCost = 2;
constexpr int kTooBroadCost = 2;
constexpr int kNotAskedCost = 1;

int firstMatch(const QList<FirewallRule> &rules, const Flow &flow, qsizetype before)
{
    for (qsizetype i = 0; i < before; ++i) {
        if (rules.at(i).matches(flow))
            return int(i);
    }
    return -1;
}

/** @p ports less what @p rule matches for transport @p t and direction @p d. */
QList<std::pair<int, int>> subtract(const QList<std::pair<int, int>> &ports, const FirewallRule &rule, Transport t, Direction d)
{
    if ((rule.transport && *rule.transport != t) || (rule.direction && *rule.direction != d))
        return ports;
    QList<std::pair<int, int>> out;
    for (const auto &[low, high] : ports) {
        if (rule.portHigh < low || rule.portLow > high) {
            out.append({low, high});
            continue;
        }
        if (rule.portLow > low)
            out.append({low, rule.portLow - 1});
        if (rule.portHigh < high)
            out.append({rule.portHigh + 1, high});
    }
    return out;
}

QString ruleLabel(const QList<FirewallRule> &rules, int i)
{
    return FirewallGrade::tr("Rule %1 (%2)").arg(i + 1).arg(rules.at(i).toText());
}

} // namespace

FirewallGrade FirewallGrade::grade(const FirewallScenario &scenario, const QList<FirewallRule> &rules)
{
    FirewallGrade g;
    const QSet<Flow> required = scenario.requiredFlows();
    g.maxPoints = kPointsPerFlow * int(required.size());
    const qsizetype n = rules.size();
    QList<QStringList> allowsNeeds(n);
    QList<QStringList> blocksNeeds(n);
    QList<QStringList> opensClosed(n);
    int earned = 0;

    // The needs, flow by flow, in the scenario's order. The flows of one need that miss for the
    // same reason and rule are said in one sentence ("ports 161, 162").
    enum class Why { Blocked, OtherDirection, OtherTransport, Nothing };
    for (const FirewallNeed &need : scenario.needs) {
        QList<std::tuple<Why, int, QList<Flow>>> misses; // reason, rule, flows
        for (const Flow &flow : need.flows) {
            const int i = firstMatch(rules, flow, n);
            if (i >= 0 && rules.at(i).action == RuleAction::Allow) {
                earned += kPointsPerFlow;
                if (!allowsNeeds[i].contains(need.name))
                    allowsNeeds[i].append(need.name);
                continue;
            }
            g.missing.append(flow);
            Why why = Why::Nothing;
            int by = i;
            if (i >= 0) {
                why = Why::Blocked;
                if (!blocksNeeds[i].contains(need.name))
                    blocksNeeds[i].append(need.name);
            } else {
                // Nothing matched: say what came close, so the learner sees the slip.
                for (qsizetype r = 0; r < n && why == Why::Nothing; ++r) {
                    const FirewallRule &rule = rules.at(r);
                    if (rule.action != RuleAction::Allow || flow.port < rule.portLow || flow.port > rule.portHigh)
                        continue;
                    if (rule.direction && *rule.direction != flow.direction && (!rule.transport || *rule.transport == flow.transport))
                        why = Why::OtherDirection;
                    else if (rule.transport && *rule.transport != flow.transport)
                        why = Why::OtherTransport;
                    by = int(r);
                }
            }
            auto same = std::find_if(misses.begin(), misses.end(),
                                     [&](const auto &m) { return std::get<0>(m) == why && std::get<1>(m) == by; });
            if (same == misses.end())
                misses.append({why, by, {flow}});
            else
                std::get<2>(*same).append(flow);
        }
        for (const auto &[why, i, flows] : std::as_const(misses)) {
            QStringList texts;
            QStringList ports;
            for (const Flow &f : flows) {
                texts.append(f.text());
                if (!ports.contains(QString::number(f.port)))
                    ports.append(QString::number(f.port));
            }
            const Flow &first = flows.constFirst();
            switch (why) {
            case Why::Blocked:
                g.explanations << tr("%1 comes first and blocks %2 (%3).").arg(ruleLabel(rules, i), need.name,
                                                                               texts.join(QStringLiteral(", ")));
                break;
            case Why::OtherDirection:
                g.explanations << tr("%1 opens %2 %3, but %4 needs it %5.")
                                      .arg(ruleLabel(rules, i), ports.join(QStringLiteral(", ")),
                                           directionName(*rules.at(i).direction), need.name, directionName(first.direction));
                break;
            case Why::OtherTransport:
                g.explanations << tr("%1 opens %2 over %3, but %4 needs %2 over %5.")
                                      .arg(ruleLabel(rules, i), ports.join(QStringLiteral(", ")),
                                           transportName(*rules.at(i).transport), need.name, transportName(first.transport));
                break;
            case Why::Nothing:
                g.explanations << tr("Nothing allows %1 (%2): the firewall denies it.").arg(need.name, texts.join(QStringLiteral(", ")));
                break;
            }
        }
    }
    // The services to keep closed.
    int closedCost = 0;
    for (const FirewallNeed &closed : scenario.forbidden) {
        QList<int> by;
        for (const Flow &flow : closed.flows) {
            const int i = firstMatch(rules, flow, n);
            if (i >= 0 && rules.at(i).action == RuleAction::Allow) {
                g.openedClosed.append(flow);
                if (!by.contains(i))
                    by.append(i);
                if (!opensClosed[i].contains(closed.name))
                    opensClosed[i].append(closed.name);
            }
        }
        if (!by.isEmpty()) {
            closedCost += kOpenClosedCost;
            g.explanations << tr("%1 opens %2, which must stay closed.").arg(ruleLabel(rules, by.constFirst()), closed.name);
        }
    }
    // Each rule: what it decides that no rule above it decided.
    int ruleCost = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const FirewallRule &rule = rules.at(i);
        // Per transport and direction, the rule's ports less those of the rules above it, as
        // intervals: a table of wide rules costs rules², never a pass over 262,144 flows.
        qint64 extra = 0;
        qint64 decides = 0;
        bool shields = false; // a deny that keeps out what an allow below it would open
        for (Transport t : {Transport::Tcp, Transport::Udp}) {
            for (Direction d : {Direction::Outbound, Direction::Inbound}) {
                if ((rule.transport && *rule.transport != t) || (rule.direction && *rule.direction != d))
                    continue;
                QList<std::pair<int, int>> left{{rule.portLow, rule.portHigh}};
                for (qsizetype j = 0; j < i && !left.isEmpty(); ++j)
                    left = subtract(left, rules.at(j), t, d);
                for (const auto &[low, high] : std::as_const(left)) {
                    const qint64 ports = qint64(high) - low + 1;
                    decides += ports;
                    if (rule.action == RuleAction::Allow) {
                        qint64 needed = 0;
                        for (const Flow &f : required)
                            needed += f.transport == t && f.direction == d && f.port >= low && f.port <= high;
                        extra += ports - needed;
                    } else {
                        for (qsizetype j = i + 1; j < n && !shields; ++j) {
                            const FirewallRule &below = rules.at(j);
                            shields = below.action == RuleAction::Allow && (!below.transport || *below.transport == t)
                                      && (!below.direction || *below.direction == d) && below.portLow <= high
                                      && below.portHigh >= low;
                        }
                    }
                }
            }
        }
        RuleUse use;
        QString note;
        if (rule.action == RuleAction::Deny) {
            use = !blocksNeeds.at(i).isEmpty() ? RuleUse::Blocks : decides == 0 ? RuleUse::NeverDecides : RuleUse::Harmless;
            note = use == RuleUse::Blocks         ? tr("blocks %1, which is needed").arg(blocksNeeds.at(i).join(QStringLiteral(", ")))
                   : use == RuleUse::NeverDecides ? tr("never decides: rules above it match first")
                   : shields                      ? tr("keeps out what a rule below it would allow")
                                                  : tr("denies what is denied anyway; harmless");
        } else if (decides == 0) {
            use = RuleUse::NeverDecides;
            note = tr("never decides: rules above it match first");
        } else if (!opensClosed.at(i).isEmpty()) {
            use = RuleUse::OpensClosed;
            note = tr("opens %1, which must stay closed").arg(opensClosed.at(i).join(QStringLiteral(", ")));
            if (!allowsNeeds.at(i).isEmpty()) {
                ruleCost += kTooBroadCost; // opening the needed service this widely is the mistake
                g.explanations << tr("%1 is too broad: it allows %2, and %n other port(s) or direction(s) with it.", "", int(extra))
                                      .arg(ruleLabel(rules, int(i)), allowsNeeds.at(i).join(QStringLiteral(", ")));
            }
        } else if (extra > 0 && !allowsNeeds.at(i).isEmpty()) {
            use = RuleUse::TooBroad;
            ruleCost += kTooBroadCost;
            note = tr("too broad: allows %1, and %n more", "", int(extra)).arg(allowsNeeds.at(i).join(QStringLiteral(", ")));
            g.explanations << tr("%1 is too broad: it allows %2, and %n other port(s) or direction(s) with it.", "", int(extra))
                                  .arg(ruleLabel(rules, int(i)), allowsNeeds.at(i).join(QStringLiteral(", ")));
        } else if (extra > 0) {
            use = RuleUse::NotAsked;
            ruleCost += kNotAskedCost;
            note = tr("opens what the scenario does not ask for");
            g.explanations << tr("%1 opens %n port(s) or direction(s) that the scenario does not ask for.", "", int(extra))
                                  .arg(ruleLabel(rules, int(i)));
        } else {
            use = RuleUse::Needed;
            note = tr("allows %1").arg(allowsNeeds.at(i).join(QStringLiteral(", ")));
        }
        g.uses.append(use);
        g.ruleNotes.append(note);
    }
    g.points = std::max(0, earned - closedCost - ruleCost);
    const bool exact = g.missing.isEmpty() && g.openedClosed.isEmpty() && closedCost == 0 && ruleCost == 0;
    g.verdict = exact && g.maxPoints > 0 ? Verdict::Correct : g.points > 0 ? Verdict::Partial : Verdict::Wrong;
    if (exact)
        g.points = g.maxPoints;
    return g;
}
