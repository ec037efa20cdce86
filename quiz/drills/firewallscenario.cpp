#include "firewallscenario.h"

#include "seededshuffle.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace {

QJsonArray needsJson(const QList<FirewallNeed> &needs)
{
    QJsonArray out;
    for (const FirewallNeed &n : needs)
        out.append(QJsonObject{{QStringLiteral("entry"), n.factKey},
                               {QStringLiteral("name"), n.name},
                               {QStringLiteral("description"), n.description},
                               {QStringLiteral("flows"), Flow::toJson(n.flows)}});
    return out;
}

/** The port and transport pairs of a fact's current ports, direction aside. */
QSet<std::pair<int, int>> portsOf(const Fact &f)
{
    QSet<std::pair<int, int>> out;
    for (const PortSpec &p : f.ports) {
        if (!p.legacy)
            out.insert({p.port, int(p.transport)});
    }
    return out;
}

QList<Flow> flowsOf(const Fact &f, Direction d)
{
    QList<Flow> out;
    for (const PortSpec &p : f.ports) {
        const Flow flow{p.port, p.transport, d};
        if (!p.legacy && !out.contains(flow))
            out.append(flow);
    }
    return out;
}

/**
 * A plain-text protocol with a secure replacement (Telnet, HTTP): never a service to allow, and
 * the kind a scenario keeps closed. Name lookups (tag "naming") are the exception: DoT exists,
 * but plain DNS is what every network still has to let through.
 */
bool isReplaced(const Fact &f)
{
    return f.security == Security::No && !f.secureCounterparts.isEmpty() && !f.tags.contains(QLatin1String("naming"));
}

} // namespace

QSet<Flow> FirewallScenario::requiredFlows() const
{
    QSet<Flow> out;
    for (const FirewallNeed &n : needs)
        for (const Flow &f : n.flows)
            out.insert(f);
    return out;
}

QSet<Flow> FirewallScenario::forbiddenFlows() const
{
    QSet<Flow> out;
    for (const FirewallNeed &n : forbidden)
        for (const Flow &f : n.flows)
            out.insert(f);
    return out;
}

QString FirewallScenario::title() const
{
    return tr("Scenario %1 · level %2 of %3").arg(seed).arg(level).arg(kLevels);
}

QString FirewallScenario::text() const
{
    QStringList lines;
    lines << tr("The firewall stands between the office LAN, the internet and a DMZ with one public server. "
                "It reads its rules from the top: the first rule that matches decides, and whatever no rule "
                "allows is denied.");
    auto bullets = [&](const QString &heading, Direction d) {
        QStringList items;
        for (const FirewallNeed &n : needs) {
            if (n.direction == d)
                items << QStringLiteral("• ") + n.description;
        }
        if (!items.isEmpty())
            lines << QString() << heading << items;
    };
    bullets(tr("Clients in the LAN must reach servers on the internet for:"), Direction::Outbound);
    bullets(tr("The internet must reach the server in the DMZ for:"), Direction::Inbound);
    if (!forbidden.isEmpty()) {
        QStringList names;
        for (const FirewallNeed &n : forbidden)
            names << n.description;
        lines << QString() << tr("Keep these closed, both ways: %1.").arg(names.join(QStringLiteral(", ")));
    }
    lines << QString() << tr("Open nothing else. Write one rule a line: action, transport, port or range, and direction.");
    return lines.join(QLatin1Char('\n'));
}

QJsonObject FirewallScenario::toJson() const
{
    QJsonArray keyRules;
    for (const FirewallRule &r : key)
        keyRules.append(r.toJson());
    return QJsonObject{{QStringLiteral("seed"), double(seed)},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("text"), text()},
                       {QStringLiteral("allow"), needsJson(needs)},
                       {QStringLiteral("keep_closed"), needsJson(forbidden)},
                       {QStringLiteral("key"), keyRules}};
}

FirewallScenario FirewallScenario::generate(const QList<Fact> &facts, quint32 seed, int level)
{
    FirewallScenario s;
    s.seed = seed;
    s.level = std::clamp(level, 1, kLevels);
    // The level is part of the stream, so two levels of one seed are two scenarios.
    QRandomGenerator random(seed * 4u + quint32(s.level));
    QList<const Fact *> candidates;
    for (const Fact &f : facts) {
        if (f.kind == FactKind::Protocol && !f.currentPortNumbers().isEmpty())
            candidates.append(&f);
    }
    seededShuffle(candidates, random);

    const int wanted = (s.level == 1 ? 2 : s.level == 2 ? 3 : 4) + int(random.bounded(2));
    const int inbound = s.level - 1;
    QSet<std::pair<int, int>> taken;
    QList<const Fact *> chosen;
    for (const Fact *f : std::as_const(candidates)) {
        if (chosen.size() == wanted)
            break;
        if (isReplaced(*f))
            continue;
        const QSet<std::pair<int, int>> ports = portsOf(*f);
        if (ports.intersects(taken))
            continue; // SSH beside SFTP: one port, two names
        taken += ports;
        chosen.append(f);
    }
    if (chosen.isEmpty())
        return s;
    for (int i = 0; i < chosen.size(); ++i) {
        const Fact &f = *chosen.at(i);
        FirewallNeed n;
        n.factKey = f.key;
        n.name = f.name;
        n.direction = i < inbound && chosen.size() > inbound ? Direction::Inbound : Direction::Outbound;
        n.description = s.level == 1 || f.function.isEmpty() ? f.name
                        : s.level == 2                       ? tr("%1: %2").arg(f.name, f.function)
                                                             : f.function;
        n.flows = flowsOf(f, n.direction);
        s.needs.append(n);
    }
    // Outbound first, as the text lists them.
    std::stable_sort(s.needs.begin(), s.needs.end(),
                     [](const FirewallNeed &a, const FirewallNeed &b) { return a.direction < b.direction; });

    // To keep closed: insecure entries on other ports, the twins of the secure needs first.
    const int closed = s.level;
    QList<const Fact *> insecure;
    for (const Fact *f : std::as_const(candidates)) {
        if (isReplaced(*f) && !chosen.contains(f) && !portsOf(*f).intersects(taken))
            insecure.append(f);
    }
    // The twins of the needs first (Telnet beside SSH), then insecure entries of a need's topic
    // (POP3 beside IMAPS, by their tags), then the rest.
    auto closeness = [&](const Fact *f) {
        if (std::any_of(chosen.cbegin(), chosen.cend(),
                        [f](const Fact *need) { return f->secureCounterparts.contains(need->key); }))
            return 2;
        return std::any_of(chosen.cbegin(), chosen.cend(), [f](const Fact *need) {
                   return std::any_of(f->tags.cbegin(), f->tags.cend(), [need](const QString &t) { return need->tags.contains(t); });
               }) ? 1 : 0;
    };
    std::stable_sort(insecure.begin(), insecure.end(),
                     [&](const Fact *a, const Fact *b) { return closeness(a) > closeness(b); });
    QSet<std::pair<int, int>> closedPorts;
    for (const Fact *f : std::as_const(insecure)) {
        if (s.forbidden.size() == closed)
            break;
        if (portsOf(*f).intersects(closedPorts))
            continue;
        closedPorts += portsOf(*f);
        FirewallNeed n;
        n.factKey = f->key;
        n.name = n.description = f->name;
        n.flows = flowsOf(*f, Direction::Outbound) + flowsOf(*f, Direction::Inbound);
        s.forbidden.append(n);
    }
    for (const FirewallNeed &n : std::as_const(s.needs)) {
        for (const Fact *f : std::as_const(chosen)) {
            if (f->key == n.factKey)
                s.key += FirewallRule::forFact(*f, n.direction);
        }
    }
    return s;
}
