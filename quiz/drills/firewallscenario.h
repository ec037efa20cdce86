#pragma once

#include "firewallrule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>

/** One service of a scenario: what the learner reads, and the flows it stands for. */
struct FirewallNeed
{
    QString factKey;
    QString name;        ///< "HTTPS"
    QString description; ///< how the scenario words it at its level
    Direction direction = Direction::Outbound;
    QList<Flow> flows;   ///< every current port of the entry, in this direction
};

/**
 * A firewall scenario made from the collection's entries: services to allow (out from the LAN,
 * in to the DMZ's server) and services that must stay closed, worded at one of three levels,
 * with the intended rule table. The same entries, seed and level give the same scenario.
 *
 * Level 1 names two or three services going out and one to keep closed; level 2 asks for three
 * or four, one of them inbound, described by what they do with their names beside; level 3 for
 * four or five, two inbound, by what they do alone. A plain-text protocol with a secure
 * replacement (name lookups aside: plain DNS is still needed everywhere) is never a service to
 * allow: it is what a scenario keeps closed, the twins of the needs first, then those sharing a
 * need's topic (tags). Services never share a flow, and no service to keep closed shares one
 * with a service to allow (SNMP and SNMPv3 on 161 cannot be told apart by a port rule), so the
 * flows allowed by a full-marks table are exactly the needs' flows: one minimal answer.
 */
struct FirewallScenario
{
    Q_DECLARE_TR_FUNCTIONS(FirewallScenario)

public:
    static constexpr int kLevels = 3;

    quint32 seed = 0;
    int level = 1;
    QList<FirewallNeed> needs;     ///< to allow
    QList<FirewallNeed> forbidden; ///< to keep closed
    QList<FirewallRule> key;       ///< the intended table: one allow rule a transport and run of ports

    bool isValid() const { return !needs.isEmpty(); }
    QSet<Flow> requiredFlows() const;
    QSet<Flow> forbiddenFlows() const;

    /** The scenario as the learner reads it, one paragraph or bullet a line. */
    QString text() const;
    /** "Scenario 1234 · level 2 of 3". */
    QString title() const;
    /** The scenario and its key, as portdeck-cli drill firewall prints them. */
    QJsonObject toJson() const;

    /**
     * Makes the scenario of @p seed at @p level (1–3) from @p facts' protocols with ports. An
     * empty scenario (isValid() false) when the entries cannot make one.
     */
    static FirewallScenario generate(const QList<Fact> &facts, quint32 seed, int level);
};
