#include "ankitemplate.h"

#include <QRegularExpression>
#include <QSet>

namespace ankitemplate {

namespace {

// ---- cloze deletions: {{c1::text::hint}}, nested, several numbers ({{c1,2::…}}) ----

struct ClozeNode
{
    QString text;      // a text node when numbers is empty
    QList<int> numbers;
    QList<ClozeNode> children;
    QString hint;
};

// The numbers of an opening "{{c1::" or "{{c1,2::" at @p pos; the position after "::" in @p end.
QList<int> clozeOpening(const QString &text, qsizetype pos, qsizetype *end)
{
    if (!QStringView(text).mid(pos).startsWith(u"{{c", Qt::CaseInsensitive))
        return {};
    qsizetype i = pos + 3;
    QList<int> numbers;
    for (;;) {
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
            ++i;
        if (i == start || i - start > 5)
            return {};
        numbers.append(QStringView(text).mid(start, i - start).toInt());
        if (i < text.size() && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        break;
    }
    if (!QStringView(text).mid(i).startsWith(u"::"))
        return {};
    *end = i + 2;
    return numbers;
}

QList<ClozeNode> parseCloze(const QString &text, qsizetype &pos, bool inside)
{
    QList<ClozeNode> nodes;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            nodes.append({current, {}, {}, {}});
        current.clear();
    };
    while (pos < text.size()) {
        qsizetype after = 0;
        const QList<int> numbers = clozeOpening(text, pos, &after);
        if (!numbers.isEmpty()) {
            flush();
            pos = after;
            ClozeNode cloze;
            cloze.numbers = numbers;
            cloze.children = parseCloze(text, pos, true);
            // The hint follows the first "::" of the deletion's last text.
            if (!cloze.children.isEmpty() && cloze.children.last().numbers.isEmpty()) {
                QString &last = cloze.children.last().text;
                const qsizetype sep = last.indexOf(QLatin1String("::"));
                if (sep >= 0) {
                    cloze.hint = last.mid(sep + 2);
                    last.truncate(sep);
                }
            }
            nodes.append(cloze);
            continue;
        }
        if (inside && QStringView(text).mid(pos).startsWith(u"}}")) {
            pos += 2;
            flush();
            return nodes;
        }
        current.append(text.at(pos));
        ++pos;
    }
    flush();
    return nodes;
}

QString renderClozeNodes(const QList<ClozeNode> &nodes, int number, bool answerSide)
{
    QString out;
    for (const ClozeNode &node : nodes) {
        if (node.numbers.isEmpty())
            out += node.text;
        else if (node.numbers.contains(number) && !answerSide)
            out += QLatin1Char('[') + (node.hint.isEmpty() ? QStringLiteral("...") : node.hint)
                   + QLatin1Char(']');
        else
            out += renderClozeNodes(node.children, number, answerSide);
    }
    return out;
}

void collectActive(const QList<ClozeNode> &nodes, int number, QStringList &out)
{
    for (const ClozeNode &node : nodes) {
        if (node.numbers.contains(number))
            out.append(renderClozeNodes(node.children, number, true));
        else if (!node.numbers.isEmpty())
            collectActive(node.children, number, out);
    }
}

// ---- furigana: "漢字[かんじ]" ----

QString furigana(const QString &text, const QString &replacement)
{
    static const QRegularExpression reading(QStringLiteral(" ?([^ >]+?)\\[(.+?)\\]"));
    QString copy = text;
    return copy.replace(reading, replacement);
}

QString escapeText(const QString &text)
{
    QString html = text.toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// ---- templates ----

struct Token
{
    bool tag = false;
    QString text;
};

QList<Token> tokenize(const QString &format)
{
    QList<Token> tokens;
    qsizetype pos = 0;
    while (pos < format.size()) {
        const qsizetype open = format.indexOf(QLatin1String("{{"), pos);
        const qsizetype close = open < 0 ? -1 : format.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            tokens.append({false, format.mid(pos)});
            break;
        }
        if (open > pos)
            tokens.append({false, format.mid(pos, open - pos)});
        tokens.append({true, format.mid(open + 2, close - open - 2).trimmed()});
        pos = close + 2;
    }
    return tokens;
}

struct Context
{
    const QHash<QString, QString> &fields;
    int ord = 0;
    bool answerSide = false;
    const QString &frontSide;
};

QString applyFilters(QString value, const QStringList &filters, const Context &context)
{
    // {{type:cloze:Text}}: the typing box of a cloze card; on the answer, the cloze's text.
    if (filters.contains(QLatin1String("type")) && filters.contains(QLatin1String("cloze"))) {
        if (!context.answerSide)
            return {};
        qsizetype pos = 0;
        QStringList active;
        collectActive(parseCloze(value, pos, false), context.ord + 1, active);
        return active.join(QLatin1String(", "));
    }
    // Filters apply right to left: the one next to the field name first.
    for (qsizetype i = filters.size() - 1; i >= 0; --i) {
        const QString filter = filters.at(i).trimmed();
        if (filter == QLatin1String("text")) {
            value = escapeText(htmlToText(value));
        } else if (filter == QLatin1String("type")) {
            // Anki's typing box; on the answer its comparison shows the right answer.
            if (!context.answerSide)
                return {};
        } else if (filter == QLatin1String("cloze")) {
            value = renderCloze(value, context.ord + 1, context.answerSide);
        } else if (filter == QLatin1String("kanji")) {
            value = furigana(value, QStringLiteral("\\1"));
        } else if (filter == QLatin1String("kana")) {
            value = furigana(value, QStringLiteral("\\2"));
        } else if (filter == QLatin1String("furigana")) {
            value = furigana(value, QStringLiteral("\\1(\\2)"));
        }
        // "hint" and filters Portdeck does not know leave the text as it is.
    }
    return value;
}

bool nonEmpty(const QString &key, const Context &context)
{
    const auto it = context.fields.constFind(key);
    return it != context.fields.constEnd() && !isFieldEmpty(*it);
}

// Renders tokens from @p i up to the closing tag of @p section (or the end) into @p out
// (nullptr: skipped); returns the index after the closing tag.
qsizetype renderTokens(const QList<Token> &tokens, qsizetype i, const Context &context,
                       const QString &section, QString *out)
{
    while (i < tokens.size()) {
        const Token &token = tokens.at(i++);
        if (!token.tag) {
            if (out)
                *out += token.text;
            continue;
        }
        const QString &tag = token.text;
        if (tag.startsWith(QLatin1Char('/'))) {
            if (tag.mid(1).trimmed() == section)
                return i;
            continue;  // a stray closing tag
        }
        if (tag.startsWith(QLatin1Char('#')) || tag.startsWith(QLatin1Char('^'))) {
            const QString key = tag.mid(1).trimmed();
            const bool show = nonEmpty(key, context) == tag.startsWith(QLatin1Char('#'));
            i = renderTokens(tokens, i, context, key, show ? out : nullptr);
            continue;
        }
        if (!out)
            continue;
        QStringList parts = tag.split(QLatin1Char(':'));
        const QString key = parts.takeLast().trimmed();
        if (key == QLatin1String("FrontSide") && parts.isEmpty()) {
            *out += context.frontSide;
            continue;
        }
        *out += applyFilters(context.fields.value(key), parts, context);
    }
    return i;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0xa0) || c == QLatin1Char('\t');
}

// ---- entities ----

const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> entities = {
        {QStringLiteral("nbsp"), QChar(0xa0)},   {QStringLiteral("amp"), QLatin1Char('&')},
        {QStringLiteral("lt"), QLatin1Char('<')}, {QStringLiteral("gt"), QLatin1Char('>')},
        {QStringLiteral("quot"), QLatin1Char('"')}, {QStringLiteral("apos"), QLatin1Char('\'')},
        {QStringLiteral("ndash"), QChar(0x2013)}, {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("hellip"), QChar(0x2026)}, {QStringLiteral("laquo"), QChar(0xab)},
        {QStringLiteral("raquo"), QChar(0xbb)},   {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)}, {QStringLiteral("ldquo"), QChar(0x201c)},
        {QStringLiteral("rdquo"), QChar(0x201d)}, {QStringLiteral("bdquo"), QChar(0x201e)},
        {QStringLiteral("copy"), QChar(0xa9)},    {QStringLiteral("reg"), QChar(0xae)},
        {QStringLiteral("trade"), QChar(0x2122)}, {QStringLiteral("times"), QChar(0xd7)},
        {QStringLiteral("divide"), QChar(0xf7)},  {QStringLiteral("deg"), QChar(0xb0)},
        {QStringLiteral("plusmn"), QChar(0xb1)},  {QStringLiteral("middot"), QChar(0xb7)},
        {QStringLiteral("bull"), QChar(0x2022)},  {QStringLiteral("euro"), QChar(0x20ac)},
        {QStringLiteral("pound"), QChar(0xa3)},   {QStringLiteral("sect"), QChar(0xa7)},
        {QStringLiteral("shy"), QChar(0xad)},     {QStringLiteral("rarr"), QChar(0x2192)},
        {QStringLiteral("larr"), QChar(0x2190)},  {QStringLiteral("auml"), QChar(0xe4)},
        {QStringLiteral("ouml"), QChar(0xf6)},    {QStringLiteral("uuml"), QChar(0xfc)},
        {QStringLiteral("Auml"), QChar(0xc4)},    {QStringLiteral("Ouml"), QChar(0xd6)},
        {QStringLiteral("Uuml"), QChar(0xdc)},    {QStringLiteral("szlig"), QChar(0xdf)},
        {QStringLiteral("eacute"), QChar(0xe9)},  {QStringLiteral("egrave"), QChar(0xe8)},
    };
    return entities;
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out += c;
            ++i;
            continue;
        }
        const QString name = text.mid(i + 1, semicolon - i - 1);
        bool decoded = false;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'))
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                decoded = true;
            }
        } else if (const auto it = namedEntities().constFind(name); it != namedEntities().constEnd()) {
            if (*it != QChar(0xad))  // a soft hyphen shows nothing
                out += *it;
            decoded = true;
        }
        if (decoded) {
            i = semicolon + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

bool isBlockElement(const QString &name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("div"), QStringLiteral("p"), QStringLiteral("li"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("tr"), QStringLiteral("table"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("hr"), QStringLiteral("blockquote"),
        QStringLiteral("pre"), QStringLiteral("dd"), QStringLiteral("dt"), QStringLiteral("dl"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"), QStringLiteral("center")};
    return blocks.contains(name);
}

constexpr QChar kSoftBreak(0x01);  // a block element's edge: collapses with its neighbours

} // namespace

QString renderCloze(const QString &text, int clozeNumber, bool answerSide)
{
    qsizetype pos = 0;
    return renderClozeNodes(parseCloze(text, pos, false), clozeNumber, answerSide);
}

QString renderHtml(const QString &format, const QHash<QString, QString> &fields, int ord,
                   bool answerSide, const QString &frontSide)
{
    const Context context{fields, ord, answerSide, frontSide};
    QString out;
    renderTokens(tokenize(format), 0, context, QString(), &out);
    return out;
}

AnkiRenderedCard render(const AnkiNotetype &notetype, const AnkiNote &note, int ord)
{
    QHash<QString, QString> fields;
    fields.insert(QStringLiteral("Tags"), note.tags.join(QLatin1Char(' ')));
    fields.insert(QStringLiteral("Type"), notetype.name);
    for (qsizetype i = 0; i < notetype.fields.size(); ++i)
        fields.insert(notetype.fields.at(i), note.fields.value(i));

    const AnkiTemplate *tmpl = nullptr;
    for (const AnkiTemplate &t : notetype.templates) {
        // A cloze note type has one template for every cloze number.
        if (notetype.cloze || t.ord == ord) {
            tmpl = &t;
            break;
        }
    }
    if (!tmpl)
        return {};
    if (!fields.contains(QStringLiteral("Card")))
        fields.insert(QStringLiteral("Card"), tmpl->name);
    if (notetype.cloze)
        fields.insert(QStringLiteral("c%1").arg(ord + 1), QStringLiteral("1"));

    const QString question = renderHtml(tmpl->questionFormat, fields, ord, false);
    const QString answer = renderHtml(tmpl->answerFormat, fields, ord, true, question);
    return {htmlToText(question), htmlToText(answer)};
}

QString htmlToText(const QString &html)
{
    // Most fields are plain text already: nothing to remove, decode or tidy.
    bool plain = html.isEmpty() || (!html.front().isSpace() && !html.back().isSpace());
    for (qsizetype k = 0; plain && k < html.size(); ++k) {
        const char16_t u = html.at(k).unicode();
        plain = u != '<' && u != '&' && u != '[' && u >= 0x20 && u != 0xa0
                && !(u == ' ' && k + 1 < html.size() && html.at(k + 1).isSpace());
    }
    if (plain)
        return html;

    // 1. Tags to breaks or nothing; HTML's own whitespace (line ends too) is a space.
    QString flat;
    flat.reserve(html.size());
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<') && i + 1 < n
            && (html.at(i + 1).isLetter() || html.at(i + 1) == QLatin1Char('/')
                || html.at(i + 1) == QLatin1Char('!'))) {
            if (QStringView(html).mid(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
            if (close < 0) {
                i = n;  // an unfinished tag: nothing after it is text
                continue;
            }
            qsizetype s = i + 1;
            const bool closing = html.at(s) == QLatin1Char('/');
            if (closing)
                ++s;
            qsizetype e = s;
            while (e < close && (html.at(e).isLetterOrNumber()))
                ++e;
            const QString name = html.mid(s, e - s).toLower();
            i = close + 1;
            if (!closing && (name == QLatin1String("style") || name == QLatin1String("script"))) {
                const qsizetype end = html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
                const qsizetype endClose = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
                i = endClose < 0 ? n : endClose + 1;
                continue;
            }
            if (name == QLatin1String("br"))
                flat += QLatin1Char('\n');
            else if (isBlockElement(name))
                flat += kSoftBreak;
            continue;
        }
        if (c == QLatin1Char('[') && QStringView(html).mid(i).startsWith(u"[sound:")) {
            const qsizetype end = html.indexOf(QLatin1Char(']'), i);
            if (end >= 0) {
                i = end + 1;
                continue;
            }
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')
            || c == QLatin1Char('\f'))
            flat += QLatin1Char(' ');
        else
            flat += c;
        ++i;
    }

    // 2. Entities, after the tags: "&lt;b&gt;" is text.
    const QString decoded = decodeEntities(flat);

    // 3. Spaces collapse; a run of breaks is one line end, two for an empty line
    //    (<br><br>, or Anki's <div><br></div>).
    QString out;
    out.reserve(decoded.size());
    int hard = 0;
    bool softFirst = false;
    bool inRun = false;
    bool space = false;
    for (const QChar c : decoded) {
        if (c == QLatin1Char('\n') || c == kSoftBreak) {
            if (!inRun) {
                inRun = true;
                hard = 0;
                softFirst = false;
            }
            if (c == kSoftBreak && hard == 0)
                softFirst = true;
            if (c == QLatin1Char('\n'))
                ++hard;
            space = false;
            continue;
        }
        if (isSpace(c) || c.category() == QChar::Other_Control) {
            space = true;
            continue;
        }
        if (inRun) {
            if (!out.isEmpty()) {
                const int lines = std::min(2, std::max(1, hard + (softFirst && hard > 0 ? 1 : 0)));
                out += QString(lines, QLatin1Char('\n'));
            }
            inRun = false;
            space = false;
        } else if (space && !out.isEmpty()) {
            out += QLatin1Char(' ');
        }
        space = false;
        out += c;
    }
    return out;
}

bool isFieldEmpty(const QString &html)
{
    static const QRegularExpression empty(QStringLiteral("^(?:\\s|</?(?:br|div) ?/?>)*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return empty.match(html).hasMatch();
}

} // namespace ankitemplate
