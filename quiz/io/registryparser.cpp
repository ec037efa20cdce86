#include "registryparser.h"

#include "delimitedtext.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

const QByteArray kIanaHeader = QByteArrayLiteral("Service Name,Port Number,Transport Protocol,Description");

// IANA's columns, as its header names them.
enum IanaColumn { Name, Port, TransportColumn, Description, Assignee, Contact, Registered, Modified, Reference };

const QStringList &knownTransports()
{
    static const QStringList transports{QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp"),
                                        QStringLiteral("dccp")};
    return transports;
}

// "22" or "6000-6063" into a low and a high port; false for anything else.
bool parsePorts(const QString &text, int *low, int *high)
{
    static const QRegularExpression ports(QStringLiteral("^(\\d{1,5})(?:-(\\d{1,5}))?$"));
    const QRegularExpressionMatch m = ports.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *low = m.captured(1).toInt();
    *high = m.capturedLength(2) > 0 ? m.captured(2).toInt() : *low;
    return *low <= *high && *high <= 65535;
}

// A services line: "name port/proto [aliases…]", the comment already cut off.
const QRegularExpression &servicesLine()
{
    static const QRegularExpression line(QStringLiteral("^\\s*(\\S+)\\s+(\\S+)/(\\S+)((?:\\s+\\S+)*)\\s*$"));
    return line;
}

} // namespace

bool RegistryParser::isIanaHeader(const QByteArray &head)
{
    const QByteArray body = head.startsWith("\xef\xbb\xbf") ? head.mid(3) : head;
    return body.startsWith(kIanaHeader);
}

bool RegistryParser::isRegistryFile(const QByteArray &head, const QString &fileName)
{
    if (isIanaHeader(head))
        return true;
    const QFileInfo info(fileName);
    if (info.completeBaseName().compare(QLatin1String("services"), Qt::CaseInsensitive) != 0)
        return false;
    // The first line that is neither blank nor a comment must be a services entry.
    for (const QByteArray &raw : head.split('\n')) {
        const QString line = QString::fromUtf8(raw.left(raw.indexOf('#') < 0 ? raw.size() : raw.indexOf('#')));
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = servicesLine().match(line);
        return m.hasMatch() && knownTransports().contains(m.captured(3).toLower());
    }
    return false;
}

std::optional<RegistryFile> RegistryParser::parse(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxFileBytes) {
        *error = tr("The file is %1 MiB; a port registry is far smaller (IANA's is about 1 MiB).")
                     .arg(bytes.size() >> 20);
        return std::nullopt;
    }
    if (bytes.contains('\0')) {
        *error = tr("This is not a text file: it contains NUL bytes. Import IANA's service-names CSV or a "
                    "services file such as /etc/services.");
        return std::nullopt;
    }
    return isIanaHeader(bytes) ? parseIana(bytes, error) : parseServices(bytes, error);
}

std::optional<RegistryFile> RegistryParser::parseIana(const QByteArray &bytes, QString *error)
{
    // IANA's CSV is RFC 4180, as Anki's plain text is: the same reader, with its encoding checks.
    QString readError;
    const std::optional<DelimitedText> text = DelimitedTextReader::read(bytes, &readError, QLatin1Char(','));
    if (!text) {
        *error = readError;
        return std::nullopt;
    }
    RegistryFile out;
    out.source = RegistrySource::Iana;
    out.problems = text->problems;
    out.services.reserve(text->rows.size());
    bool header = true;
    for (const TextRow &row : text->rows) {
        if (header) { // the header line names the columns
            header = false;
            continue;
        }
        const QStringList &f = row.fields;
        if (f.size() < Description + 1) {
            out.problems.append({row.line, tr("The row has too few fields (%1); IANA's rows have 12.")
                                              .arg(f.size())});
            continue;
        }
        const QString name = f.at(Name).trimmed();
        const QString portText = f.at(Port).trimmed();
        if (name.isEmpty() || portText.isEmpty()) {
            ++out.unassigned; // a reserved or unassigned number, or a name without a port
            continue;
        }
        RegistryService service;
        if (!parsePorts(portText, &service.portLow, &service.portHigh)) {
            out.problems.append({row.line, tr("“%1” is not a port (0–65535) or a range of ports.").arg(portText)});
            continue;
        }
        service.transport = f.at(TransportColumn).trimmed().toLower();
        if (!service.transport.isEmpty() && !knownTransports().contains(service.transport)) {
            out.problems.append({row.line, tr("“%1” is not a transport (tcp, udp, sctp or dccp).")
                                               .arg(f.at(TransportColumn).trimmed())});
            continue;
        }
        service.name = name;
        service.description = f.at(Description).simplified();
        service.assignee = f.value(Assignee).simplified();
        service.reference = f.value(Reference).simplified();
        service.line = row.line;
        out.services.append(std::move(service));
    }
    return out;
}

std::optional<RegistryFile> RegistryParser::parseServices(const QByteArray &bytes, QString *error)
{
    const QByteArray body = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder(body);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (decoder.hasError()) {
        // Name the first line that is not UTF-8, so the learner can find it.
        const QList<QByteArray> rawLines = body.split('\n');
        qsizetype bad = 0;
        while (bad < rawLines.size()
               && !(QString::fromUtf8(rawLines.at(bad)).contains(QChar::ReplacementCharacter)
                    && !rawLines.at(bad).contains("\xef\xbf\xbd")))
            ++bad;
        *error = tr("The file is not UTF-8 text (line %1 is in another encoding). Save it as UTF-8 and import "
                    "it again.")
                     .arg(bad + 1);
        return std::nullopt;
    }
    RegistryFile out;
    out.source = RegistrySource::ServicesFile;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &raw = lines.at(i);
        const qsizetype hash = raw.indexOf(QLatin1Char('#'));
        const QString line = hash < 0 ? raw : raw.left(hash);
        if (line.trimmed().isEmpty())
            continue;
        const qint64 lineNumber = i + 1;
        const QRegularExpressionMatch m = servicesLine().match(line);
        if (!m.hasMatch()) {
            out.problems.append({lineNumber, tr("This is not a services line (“name port/protocol [aliases]”).")});
            continue;
        }
        RegistryService service;
        bool isNumber = false;
        service.portLow = service.portHigh = m.captured(2).toInt(&isNumber);
        if (!isNumber || service.portLow < 0 || service.portLow > 65535) {
            out.problems.append({lineNumber, tr("“%1” is not a port (0–65535).").arg(m.captured(2))});
            continue;
        }
        service.transport = m.captured(3).toLower();
        if (service.transport == QLatin1String("ddp")) {
            ++out.notIp;
            continue;
        }
        if (!knownTransports().contains(service.transport)) {
            out.problems.append({lineNumber, tr("“%1” is not a transport (tcp, udp, sctp or dccp).")
                                                 .arg(m.captured(3))});
            continue;
        }
        service.name = m.captured(1);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        service.aliases = m.captured(4).split(space, Qt::SkipEmptyParts);
        service.description = hash < 0 ? QString() : raw.mid(hash + 1).simplified();
        service.line = lineNumber;
        out.services.append(std::move(service));
    }
    // Mostly lines that are not services: this is some other file, not a registry.
    if (out.services.isEmpty() || out.problems.size() > out.services.size()) {
        *error = tr("This file is neither IANA's service-names CSV (its first line names the columns “Service "
                    "Name,Port Number,Transport Protocol,…”) nor a services file (lines such as “ssh 22/tcp”).");
        return std::nullopt;
    }
    return out;
}
