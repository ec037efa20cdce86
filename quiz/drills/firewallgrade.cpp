#include "firewallgrade.h"

#include <algorithm>

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

QString ruleLabel(const QList<FirewallRule> &rules, int i)
{
    return FirewallGrade::tr("Rule %1 (%2)").arg(i + 1).arg(rules.at(i).toText());
}

} // namespace

QString FirewallGrade::scoreText() const
{
    return tr("%1 of %2 points").arg(points).arg(maxPoints);
}

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

    // The needs, flow by flow, in the scenario's order.
    for (const FirewallNeed &need : scenario.needs) {
        for (const Flow &flow : need.flows) {
            const int i = firstMatch(rules, flow, n);
            if (i >= 0 && rules.at(i).action == RuleAction::Allow) {
                earned += kPointsPerFlow;
                if (!allowsNeeds[i].contains(need.name))
                    allowsNeeds[i].append(need.name);
                continue;
            }
            g.missing.append(flow);
            if (i >= 0) {
                if (!blocksNeeds[i].contains(need.name))
                    blocksNeeds[i].append(need.name);
                g.explanations << tr("%1 comes first and blocks %2 (%3).").arg(ruleLabel(rules, i), need.name, flow.text());
                continue;
            }
            // Nothing matched: say what came close, so the learner sees the slip.
            QString near;
            for (qsizetype r = 0; r < n && near.isEmpty(); ++r) {
                const FirewallRule &rule = rules.at(r);
                if (rule.action != RuleAction::Allow || flow.port < rule.portLow || flow.port > rule.portHigh)
                    continue;
                if (rule.direction && *rule.direction != flow.direction && (!rule.transport || *rule.transport == flow.transport))
                    near = tr("%1 opens it %2, but %3 is needed %4.")
                               .arg(ruleLabel(rules, int(r)), directionName(*rule.direction), need.name,
                                    directionName(flow.direction));
                else if (rule.transport && *rule.transport != flow.transport)
                    near = tr("%1 opens port %2 over %3, but %4 needs %5 too.")
                               .arg(ruleLabel(rules, int(r))).arg(flow.port)
                               .arg(transportName(*rule.transport), need.name, transportName(flow.transport));
            }
            g.explanations << (near.isEmpty() ? tr("Nothing allows %1 (%2): the firewall denies it.").arg(need.name, flow.text())
                                              : near);
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
        qint64 extra = 0;
        qint64 decides = 0;
        for (const Flow &flow : rule.flows()) {
            if (firstMatch(rules, flow, i) >= 0)
                continue;
            ++decides;
            if (rule.action == RuleAction::Allow && !required.contains(flow))
                ++extra;
        }
        RuleUse use;
        QString note;
        if (rule.action == RuleAction::Deny) {
            use = !blocksNeeds.at(i).isEmpty() ? RuleUse::Blocks : decides == 0 ? RuleUse::NeverDecides : RuleUse::Harmless;
            note = use == RuleUse::Blocks         ? tr("blocks %1, which is needed").arg(blocksNeeds.at(i).join(QStringLiteral(", ")))
                   : use == RuleUse::NeverDecides ? tr("never decides: rules above it match first")
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
