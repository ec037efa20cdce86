#include "delimitedtext.h"

#include <QStringDecoder>

#include <algorithm>

int DelimitedText::columnCount() const
{
    qsizetype widest = columnNames.size();
    for (const TextRow &row : rows)
        widest = std::max(widest, row.fields.size());
    return int(widest);
}

std::optional<QChar> DelimitedTextReader::parseSeparator(const QString &text)
{
    const QString name = text.trimmed().toLower();
    static const QList<std::pair<QLatin1String, QChar>> names{
        {QLatin1String("tab"), QLatin1Char('\t')},       {QLatin1String("comma"), QLatin1Char(',')},
        {QLatin1String("semicolon"), QLatin1Char(';')},  {QLatin1String("space"), QLatin1Char(' ')},
        {QLatin1String("pipe"), QLatin1Char('|')},       {QLatin1String("colon"), QLatin1Char(':')},
    };
    for (const auto &[key, ch] : names) {
        if (name == key)
            return ch;
    }
    if (text == QLatin1String("\t") || text == QLatin1String(" "))
        return text.at(0);
    if (name.size() == 1 && !name.at(0).isLetterOrNumber() && name.at(0) != QLatin1Char('"'))
        return name.at(0);
    return std::nullopt;
}

namespace {

// Decodes the file's bytes; std::nullopt with @p error for NUL bytes and other encodings.
std::optional<QString> decode(const QByteArray &bytes, QString *error)
{
    const bool utf16le = bytes.startsWith("\xff\xfe");
    const bool utf16be = bytes.startsWith("\xfe\xff");
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString text = decoder(bytes.mid(2));
        if (decoder.hasError() || bytes.size() % 2 != 0 || text.contains(QChar(0))) {
            *error = DelimitedTextReader::tr("The file says it is UTF-16 text but is not readable as such.");
            return std::nullopt;
        }
        return text;
    }
    if (bytes.contains('\0')) {
        *error = DelimitedTextReader::tr("This is not a text file: it contains NUL bytes. Import a CSV or "
                                         "TSV file, or an Anki package (.apkg, .colpkg).");
        return std::nullopt;
    }
    const QByteArray body = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
    QStringDecoder decoder(QStringConverter::Utf8);
    QString text = decoder(body);
    if (!decoder.hasError())
        return text;
    // Name the line of the first byte that is not UTF-8, so the learner can find it.
    qint64 line = 1;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView bytesOfLine = QByteArrayView(body).sliced(start, end - start);
        if (QString::fromUtf8(bytesOfLine).contains(QChar::ReplacementCharacter)
            && !bytesOfLine.contains(QByteArrayView("\xef\xbf\xbd")))
            break;
        ++line;
        start = end + 1;
    }
    *error = DelimitedTextReader::tr("The file is not UTF-8 text (line %1 is in another encoding). Save "
                                     "it as UTF-8 and import it again.")
                 .arg(line);
    return std::nullopt;
}

// Which of the usual separators the first data lines use: tab, then semicolon, comma, pipe.
// A few lines, as the first record's field may span lines.
QChar guessSeparator(QStringView firstLines)
{
    for (QChar c : {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(','), QLatin1Char('|')}) {
        if (firstLines.contains(c))
            return c;
    }
    return QLatin1Char('\t');
}

std::optional<int> parseColumn(const QString &value)
{
    bool ok = false;
    const int column = value.trimmed().toInt(&ok);
    if (!ok || column < 1 || column > 1000)
        return std::nullopt;
    return column - 1;
}

} // namespace

std::optional<DelimitedText> DelimitedTextReader::read(const QByteArray &bytes, QString *error,
                                                      QChar separator)
{
    if (bytes.size() > kMaxFileBytes) {
        *error = tr("The file is %1 MiB; Portdeck imports text files of up to %2 MiB.")
                     .arg(bytes.size() >> 20)
                     .arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    const std::optional<QString> decoded = decode(bytes, error);
    if (!decoded)
        return std::nullopt;
    const QString &text = *decoded;
    DelimitedText out;

    // Header lines: "#key:value" at the top of the file, before the first row.
    qsizetype pos = 0;
    qint64 line = 1;
    QString columnsHeader;
    while (pos < text.size() && text.at(pos) == QLatin1Char('#')) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QString header = text.mid(pos + 1, end - pos - 1).remove(QLatin1Char('\r'));
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? QString() : header.left(colon).trimmed().toLower();
        const QString value = colon < 0 ? QString() : header.mid(colon + 1);
        auto problem = [&](const QString &message) { out.problems.append({line, message}); };
        if (key == QLatin1String("separator")) {
            if (const std::optional<QChar> sep = parseSeparator(value)) {
                out.separator = *sep;
                out.separatorFromHeader = true;
            } else {
                problem(tr("Unknown separator “%1”; the separator is guessed instead.").arg(value.trimmed()));
            }
        } else if (key == QLatin1String("html")) {
            out.html = value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        } else if (key == QLatin1String("columns")) {
            columnsHeader = value;
        } else if (key == QLatin1String("tags")) {
            out.tags = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (key.endsWith(QLatin1String(" column"))) {
            const std::optional<int> column = parseColumn(value);
            int *target = key == QLatin1String("tags column")       ? &out.tagsColumn
                          : key == QLatin1String("notetype column") ? &out.notetypeColumn
                          : key == QLatin1String("deck column")     ? &out.deckColumn
                          : key == QLatin1String("guid column")     ? &out.guidColumn
                                                                    : nullptr;
            if (!column)
                problem(tr("“%1” is not a column number.").arg(value.trimmed()));
            else if (target)
                *target = *column;
        }
        // Other header lines ("#deck:", "#notetype:", "#if matches:", comments) say nothing a
        // Portdeck import uses.
        pos = end + 1;
        ++line;
    }

    if (!separator.isNull()) {
        out.separator = separator;
    } else if (!out.separatorFromHeader) {
        qsizetype end = pos;
        for (int n = 0; n < 4 && end >= 0; ++n)
            end = text.indexOf(QLatin1Char('\n'), end + 1);
        out.separator = guessSeparator(QStringView(text).mid(pos, end < 0 ? -1 : end - pos));
    }
    if (!columnsHeader.isNull()) {
        for (const QString &name : columnsHeader.split(out.separator))
            out.columnNames.append(name.trimmed());
    }

    // The rows: one pass over the characters, quotes as RFC 4180 has them.
    const QChar sep = out.separator;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    QStringList fields;
    QString field;
    qint64 rowLine = line;
    bool rowHasText = false;
    bool tooLong = false;
    auto endField = [&] {
        if (field.size() > kMaxFieldChars)
            tooLong = true;
        fields.append(field);
        field.clear();
    };
    auto endRow = [&] {
        endField();
        if (tooLong) {
            out.problems.append({rowLine, tr("A field is longer than %1 characters; the row is left out.")
                                              .arg(kMaxFieldChars)});
        } else if (rowHasText) {
            out.rows.append({rowLine, fields});
        }
        fields.clear();
        rowHasText = false;
        tooLong = false;
    };
    while (pos < size) {
        const QChar c = data[pos];
        if (c == QLatin1Char('"') && field.isEmpty()) {
            // A quoted field: up to the closing quote, "" standing for one quote.
            const qint64 quoteLine = line;
            ++pos;
            bool closed = false;
            while (pos < size) {
                const QChar q = data[pos];
                if (q == QLatin1Char('"')) {
                    if (pos + 1 < size && data[pos + 1] == QLatin1Char('"')) {
                        field.append(q);
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\n'))
                    ++line;
                if (q != QLatin1Char('\r'))
                    field.append(q);
                ++pos;
            }
            rowHasText = true;
            if (!closed) {
                out.problems.append({quoteLine, tr("A quote opened here is never closed; the rest of "
                                                   "the file is left out.")});
                fields.clear();
                field.clear();
                rowHasText = false;
                break;
            }
            continue;
        }
        if (c == sep) {
            endField();
            rowHasText = true;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            rowLine = line;
        } else if (c != QLatin1Char('\r')) {
            // A run of plain characters, appended at once: most of a large file.
            qsizetype end = pos;
            for (; end < size; ++end) {
                const QChar d = data[end];
                if (d == sep || d == QLatin1Char('\n') || d == QLatin1Char('\r'))
                    break;
                rowHasText = rowHasText || !d.isSpace();
            }
            field.append(data + pos, end - pos);
            pos = end;
            continue;
        }
        ++pos;
    }
    if (rowHasText || !field.isEmpty())
        endRow();
    return out;
}
