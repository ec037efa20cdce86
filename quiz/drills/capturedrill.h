#pragma once

#include "captureline.h"
#include "questionfactory.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

/** What a capture question asks. */
enum class CaptureQuestion {
    Protocol,     ///< typed: which protocol is this? (checked as a protocol on the server's port)
    Insecure,     ///< four lines: which one is insecure?
    ServerSide,   ///< one line, request or reply: which side is the server?
    BlockingRule, ///< one line: which of four rules would block it?
};

/** A capture question with the packets its exhibit prints. */
struct CaptureExercise
{
    QuizQuestion question;
    QList<CaptureLine> lines;
};

/**
 * Packet-capture questions made from the collection's entries: lines as tcpdump or Wireshark
 * print them, with the entry's port and transport, a client port from the ephemeral range
 * 49152–60999 (dynamic for IANA and Windows, inside Linux's default), documentation and
 * private addresses, and the payload hints the tools print for common protocols. Only server
 * ports below 49152 are used (never a port the deck calls a client's or active-mode data), so the
 * server is always the side with the service port, and a line
 * is insecure or secure only when every entry on its port agrees.
 */
class CaptureDrill
{
    Q_DECLARE_TR_FUNCTIONS(CaptureDrill)

public:
    explicit CaptureDrill(const QList<Fact> &facts);

    /** The question of @p kind for @p seed, or std::nullopt when the entries cannot make one. */
    std::optional<CaptureExercise> make(CaptureQuestion kind, quint32 seed) const;

private:
    struct Service
    {
        const Fact *fact = nullptr;
        PortSpec port;
    };
    /** One packet of @p service between a client and a server, request or @p reply. */
    static CaptureLine packet(const Service &service, const QString &client, const QString &server, int clientPort,
                              bool reply, bool hints, CaptureFormat format, int number, QRandomGenerator &random);
    /** Every entry's security on a port and transport agrees: Yes or No, else NotApplicable. */
    Security securityOn(const PortSpec &port) const;

    QList<Fact> m_facts;
    QList<Service> m_services;
};
