#include "captureline.h"

#include <QRegularExpression>

namespace {

QString clockOf(qint64 us)
{
    const qint64 s = us / 1000000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600 % 24, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(us % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

QString CaptureLine::toText() const
{
    if (format == CaptureFormat::Tcpdump)
        return clockOf(timeUs) + QStringLiteral(" IP ") + sourceIp + QLatin1Char('.') + QString::number(sourcePort)
               + QStringLiteral(" > ") + destinationIp + QLatin1Char('.') + QString::number(destinationPort)
               + QStringLiteral(": ") + info;
    // Joined, not chained arg() calls: an address read from a line may hold "%1" itself.
    const QString time = QStringLiteral("%1.%2").arg(timeUs / 1000000, 4).arg(timeUs % 1000000, 6, 10, QLatin1Char('0'));
    return QStringLiteral("%1").arg(number, 4) + QLatin1Char(' ') + time + QLatin1Char(' ') + sourceIp
           + QStringLiteral(" → ") + destinationIp + QLatin1Char(' ') + transportName(transport) + QLatin1Char(' ')
           + QString::number(length) + QLatin1Char(' ') + QString::number(sourcePort) + QStringLiteral(" → ")
           + QString::number(destinationPort) + QLatin1Char(' ') + info;
}

std::optional<CaptureLine> CaptureLine::parse(const QString &text)
{
    static const QRegularExpression tcpdump(QStringLiteral(
        "^([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)\\.(\\d{6}) IP (\\d{1,3}(?:\\.\\d{1,3}){3})\\.(\\d{1,5}) > "
        "(\\d{1,3}(?:\\.\\d{1,3}){3})\\.(\\d{1,5}): (.*)$"));
    static const QRegularExpression wireshark(QStringLiteral(
        "^\\s*(\\d{1,9})\\s+(\\d{1,9})\\.(\\d{6})\\s+(\\d{1,3}(?:\\.\\d{1,3}){3}) → (\\d{1,3}(?:\\.\\d{1,3}){3})\\s+(TCP|UDP)\\s+(\\d{1,9})\\s+(\\d{1,5}) → (\\d{1,5})(?: (.*))?$"));
    CaptureLine line;
    auto port = [](const QString &digits, int *out) {
        bool ok = false;
        *out = digits.toInt(&ok);
        return ok && *out <= 65535;
    };
    QRegularExpressionMatch m = tcpdump.match(text);
    if (m.hasMatch()) {
        line.format = CaptureFormat::Tcpdump;
        line.timeUs = ((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60 + m.captured(3).toLongLong())
                          * 1000000 + m.captured(4).toLongLong();
        line.sourceIp = m.captured(5);
        line.destinationIp = m.captured(7);
        line.info = m.captured(9);
        line.transport = line.info.startsWith(QLatin1String("Flags [")) ? Transport::Tcp : Transport::Udp;
        if (!port(m.captured(6), &line.sourcePort) || !port(m.captured(8), &line.destinationPort))
            return std::nullopt;
        return line;
    }
    m = wireshark.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    line.format = CaptureFormat::Wireshark;
    line.number = m.captured(1).toInt();
    line.timeUs = m.captured(2).toLongLong() * 1000000 + m.captured(3).toLongLong();
    line.sourceIp = m.captured(4);
    line.destinationIp = m.captured(5);
    parseTransport(m.captured(6), &line.transport);
    line.length = m.captured(7).toInt();
    line.info = m.captured(10);
    if (!port(m.captured(8), &line.sourcePort) || !port(m.captured(9), &line.destinationPort))
        return std::nullopt;
    return line;
}
