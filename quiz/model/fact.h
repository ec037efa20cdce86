#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** Transport protocol of a port. TCP and UDP have separate port spaces. */
enum class Transport { Tcp, Udp };

/** What a fact describes. */
enum class FactKind {
    Protocol,   ///< an application protocol reached on one or more ports
    IpProtocol, ///< carried directly in IP, identified by an IP protocol number (ICMP, GRE…)
    Range,      ///< a range of port numbers (IANA ranges, OS ephemeral defaults)
    Concept,    ///< a networking idea without ports, taught by its concept cards (traffic types)
};

/** How well a protocol protects its traffic, as the reference table grades it. */
enum class Security { No, Yes, Partial, Optional, NotApplicable };

/** One port of a fact: number, transport and what the port is for. */
struct PortSpec
{
    int port = 0;                 ///< 0–65535
    Transport transport = Transport::Tcp;
    QString role;                 ///< e.g. "control", "data (active mode)"; empty when obvious
    /** A port older servers used (RADIUS 1645): a right answer, never a required one. */
    bool legacy = false;

    friend bool operator==(const PortSpec &, const PortSpec &) = default;
};

/**
 * One protocol or concept of the deck, with everything the pages and card templates need.
 * Facts are value types; DeckStore loads them with the texts of one language.
 */
struct Fact
{
    qint64 id = 0;                ///< database id; 0 before the fact is stored
    QString key;                  ///< stable identity across deck versions, e.g. "ftp"
    FactKind kind = FactKind::Protocol;
    QString name;                 ///< short name, e.g. "FTP"
    QString fullName;             ///< e.g. "File Transfer Protocol"
    QStringList aliases;          ///< other accepted names
    QList<PortSpec> ports;        ///< in deck order
    int ipProtocol = -1;          ///< IP protocol number for FactKind::IpProtocol, else -1
    int rangeLow = -1;            ///< inclusive bounds for FactKind::Range, else -1
    int rangeHigh = -1;
    Security security = Security::NotApplicable;
    QStringList secureCounterparts; ///< keys of the facts that replace this one securely
    QString function;             ///< one line: what it does
    QStringList tags;             ///< topic words ("mail", "file", …)
    bool objective = false;       ///< listed in CompTIA Network+ N10-009 objective 1.4
    QString note;                 ///< slug of the note page that explains it
    int position = 0;             ///< deck order
    bool own = false;             ///< the learner's own entry, not from the built-in deck
    bool edited = false;          ///< a built-in entry the learner changed (see DeckStore)
    /** Template keys of the cards the entry studies; std::nullopt follows the deck's choice. */
    std::optional<QStringList> cardTypes;

    bool usesTransport(Transport t) const;
    bool hasPort(int port) const;
    bool hasPort(int port, Transport t) const;
    /** True when @p port lies in this fact's range (FactKind::Range only). */
    bool rangeContains(int port) const;

    /** Distinct port numbers in deck order, legacy ports included. */
    QList<int> portNumbers() const;
    /** Distinct port numbers in deck order without the legacy ones: what an answer must name. */
    QList<int> currentPortNumbers() const;
    /** "20, 21", "0–1023", or "" for IP protocols without ports; legacy ports left out. */
    QString portsText() const;
    /** "TCP", "UDP", "TCP/UDP", or "IP" for IP protocols without ports. */
    QString transportText() const;
    /** Key for sorting by port: the lowest port, range start, or after all ports for IP types. */
    int portSortKey() const;
};

QString transportName(Transport t);               ///< "TCP" / "UDP"
bool parseTransport(const QString &text, Transport *out); ///< "tcp"/"udp", any case
QString securityKey(Security s);                  ///< "yes", "no", "partial", "optional", "n/a"
bool parseSecurity(const QString &text, Security *out);
QString factKindKey(FactKind k);                  ///< "protocol", "ip", "range"
bool parseFactKind(const QString &text, FactKind *out);
