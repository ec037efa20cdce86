#pragma once

#include "fact.h"

#include <QString>

#include <optional>

/** How a capture tool prints a packet. */
enum class CaptureFormat {
    Tcpdump,   ///< "12:04:31.123456 IP 10.0.0.5.51514 > 10.0.0.1.53: 3412+ A? example.com. (29)"
    Wireshark, ///< a summary row: "7 0.512304 10.0.0.5 → 198.51.100.7 TCP 74 51514 → 443 [SYN] Seq=0 …"
};

/**
 * One captured packet as a line of text, with the fields it was printed from. toText() and
 * parse() are each other's inverse: a drill's line reads back to what it was built from.
 * tcpdump tells TCP by its "Flags [" and prints anything else after the ports as UDP's; a
 * Wireshark row names the transport in its Protocol column and starts Info with the ports.
 */
struct CaptureLine
{
    CaptureFormat format = CaptureFormat::Tcpdump;
    int number = 0;          ///< Wireshark's No. column; tcpdump prints none (0)
    qint64 timeUs = 0;       ///< tcpdump: since midnight; Wireshark: since the capture began
    QString sourceIp;
    int sourcePort = 0;
    QString destinationIp;
    int destinationPort = 0;
    Transport transport = Transport::Tcp;
    int length = 0;          ///< Wireshark's frame length (tcpdump says it inside info)
    QString info;            ///< what follows the addresses (tcpdump) or the ports (Wireshark)

    friend bool operator==(const CaptureLine &, const CaptureLine &) = default;

    QString toText() const;
    static std::optional<CaptureLine> parse(const QString &text);
};
