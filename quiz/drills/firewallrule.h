#pragma once

#include "fact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class AnswerChecker;

/** What a rule does with the traffic it matches. */
enum class RuleAction { Allow, Deny };

/**
 * Which way a connection crosses the firewall: outbound, from the LAN to a server beyond it;
 * inbound, from outside to a server inside (the DMZ).
 */
enum class Direction { Outbound, Inbound };

/** One kind of connection the firewall sees: a client reaching a server's port. */
struct Flow
{
    int port = 0;
    Transport transport = Transport::Tcp;
    Direction direction = Direction::Outbound;

    friend bool operator==(const Flow &, const Flow &) = default;
    /** "TCP 443 outbound", in the learner's language. */
    QString text() const;
    /** {"port", "transport", "direction"} each, as portdeck-cli prints flows. */
    static QJsonArray toJson(const QList<Flow> &flows);
};
size_t qHash(const Flow &flow, size_t seed = 0);

/**
 * One row of a firewall's rule table: action, the service it is for (a label), transport (or
 * any), destination port or range (or any) and direction (or both). Rules are read top to
 * bottom; the first that matches a connection decides, and what no rule allows is denied.
 */
struct FirewallRule
{
    Q_DECLARE_TR_FUNCTIONS(FirewallRule)

public:
    RuleAction action = RuleAction::Allow;
    QString protocol;                   ///< e.g. "HTTPS"; empty when the rule names no service
    std::optional<Transport> transport; ///< none: TCP and UDP
    int portLow = 0;                    ///< destination ports, inclusive
    int portHigh = 65535;
    std::optional<Direction> direction; ///< none: both ways

    friend bool operator==(const FirewallRule &, const FirewallRule &) = default;

    bool matches(const Flow &flow) const;
    bool anyPort() const { return portLow == 0 && portHigh == 65535; }

    /** "allow tcp 443 out": the form parse() reads back; the protocol is left out. */
    QString toText() const;
    /** toText() with the protocol after it: "allow tcp 443 out (HTTPS)". */
    QString displayText() const;
    QJsonObject toJson() const;
    /** Reads toJson()'s form; an unknown or missing value is an error naming it. */
    static std::optional<FirewallRule> fromJson(const QJsonObject &json, QString *error);

    /**
     * Reads a rule as a learner types it, words in any order: "allow tcp 443 out", "permit
     * udp 67-68 outbound", "deny telnet in", "allow https out" (a protocol without a port
     * becomes one rule a transport, with its current ports), "block any any in". English and
     * German keywords. Empty on error, with @p error saying what is missing or not understood.
     */
    static QList<FirewallRule> parse(const QString &text, const AnswerChecker &checker, QString *error);
    /** The rules that open exactly @p fact's current ports in @p direction, one a transport. */
    static QList<FirewallRule> forFact(const Fact &fact, Direction direction, RuleAction action = RuleAction::Allow);
};

QString directionWord(Direction d);   ///< "out" / "in", as rules are written
QString directionName(Direction d);   ///< "outbound" / "inbound", in the learner's language
