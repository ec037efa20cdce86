#include "markdown.h"

#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <functional>
#include <tuple>

#include <md4c.h>

namespace {

QString attribute(const MD_ATTRIBUTE &a)
{
    return a.text ? QString::fromUtf8(a.text, static_cast<qsizetype>(a.size)) : QString();
}

QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = QString(html).remove(tags);
    text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString calloutIcon(const QString &kind)
{
    if (kind == QLatin1String("tip") || kind == QLatin1String("hint") || kind == QLatin1String("success"))
        return QStringLiteral("✔");
    if (kind == QLatin1String("warning") || kind == QLatin1String("caution") || kind == QLatin1String("attention"))
        return QStringLiteral("⚠");
    if (kind == QLatin1String("bug") || kind == QLatin1String("danger") || kind == QLatin1String("error")
        || kind == QLatin1String("failure"))
        return QStringLiteral("✖");
    if (kind == QLatin1String("example"))
        return QStringLiteral("▸");
    if (kind == QLatin1String("question") || kind == QLatin1String("faq") || kind == QLatin1String("help"))
        return QStringLiteral("?");
    if (kind == QLatin1String("quote") || kind == QLatin1String("cite"))
        return QStringLiteral("❝");
    if (kind == QLatin1String("info"))
        return QStringLiteral("ℹ");
    return QStringLiteral("✎"); // note
}

struct Renderer
{
    Renderer(const RenderContext &context, QStringList *w) : ctx(context), warnings(w) {}

    const RenderContext &ctx;
    QStringList *warnings = nullptr;
    QString out;
    QList<QString> buffers; // paragraphs, quotes, links and images render into a buffer first
    QList<QString> hrefs;
    QList<QString> images;
    bool highlight = false;
    bool inTableHead = false;
    QList<int> headings;
    int depth = 0;               // block nesting below the document
    int quoteDepth = 0;
    int tableRows = 0;
    bool rowsCapped = false;
    static constexpr int kMaxTableRows = 1000;  // more stalls the text view for seconds
    static constexpr int kMaxCalloutDepth = 2;  // deeper callouts render as plain quotes
    qsizetype blockStart = 0;    // where the current top-level block began in `out`
    QList<bool> correctionShown;
    qsizetype rowStart = 0;      // where the current table row began in cur()
    int rowCells = 0;

    /** The corrections whose text the learner's words @p html contain, not shown yet. */
    QList<int> correctionsFor(const QString &html)
    {
        QList<int> out;
        if (ctx.corrections.isEmpty())
            return out;
        if (correctionShown.size() != ctx.corrections.size())
            correctionShown = QList<bool>(ctx.corrections.size(), false);
        // Cells end with a space, so "SSH Connecting to …" matches across two cells.
        const QString text = plainText(QString(html).replace(QLatin1String("</td>"), QLatin1String(" </td>"))).simplified();
        for (int i = 0; i < ctx.corrections.size(); ++i) {
            if (!correctionShown.at(i) && text.contains(ctx.corrections.at(i).first)) {
                correctionShown[i] = true;
                out.append(i);
            }
        }
        return out;
    }

    /** A correction's title and text, and its colours (bar, background). */
    std::tuple<QString, QString, QString> correction(int i) const
    {
        RenderContext inner = ctx;
        inner.corrections.clear();
        const QString body = MarkdownRenderer::toHtml(ctx.corrections.at(i).second, inner);
        const auto colours = ctx.calloutColours ? ctx.calloutColours(QStringLiteral("correction"))
                                                : std::pair<QString, QString>{QStringLiteral("#8a9099"), QStringLiteral("#f3f4f6")};
        const QString title = QStringLiteral("<p style=\"margin-top:0; margin-bottom:2px\"><span style=\"color:%1; font-weight:600\">%2</span></p>")
                                  .arg(colours.first, MarkdownRenderer::tr("About your note").toHtmlEscaped());
        return {title + body, colours.first, colours.second};
    }

    // A correction sits right below the line it corrects: after the table row, or after the
    // paragraph or list the line is in.
    void afterTopLevelBlock()
    {
        for (int i : correctionsFor(out.mid(blockStart))) {
            const auto [html, bar, background] = correction(i);
            out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top:4px; margin-bottom:8px\">"
                                  "<tr><td width=\"3\" bgcolor=\"%1\"></td><td bgcolor=\"%2\">%3</td></tr></table>")
                       .arg(bar, background, html);
        }
    }

    void afterTableRow(qsizetype rowStart, int cells)
    {
        for (int i : correctionsFor(cur().mid(rowStart))) {
            const auto [html, bar, background] = correction(i);
            cur() += QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"%2\" style=\"border-left: 3px solid %3\">%4</td></tr>")
                         .arg(cells).arg(background, bar, html);
        }
    }

    QString &cur() { return buffers.isEmpty() ? out : buffers.last(); }
    void push() { buffers.append(QString()); }
    QString pop() { return buffers.isEmpty() ? QString() : buffers.takeLast(); }

    void closeHighlight()
    {
        if (highlight) {
            cur() += QStringLiteral("</span>");
            highlight = false;
        }
    }

    void text(MD_TEXTTYPE type, const QString &t)
    {
        switch (type) {
        case MD_TEXT_NULLCHAR: cur() += QChar(0xFFFD); return;
        case MD_TEXT_BR: cur() += QStringLiteral("<br>"); return;
        case MD_TEXT_SOFTBR: cur() += QLatin1Char('\n'); return; // whitespace in HTML; marks the line for callouts
        case MD_TEXT_ENTITY: {
            static const QRegularExpression entity(QStringLiteral("^&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});$"));
            cur() += entity.match(t).hasMatch() ? t : t.toHtmlEscaped();
            return;
        }
        case MD_TEXT_CODE:
        case MD_TEXT_HTML:
        case MD_TEXT_LATEXMATH: cur() += t.toHtmlEscaped(); return;
        case MD_TEXT_NORMAL: break;
        }
        // ==highlight== toggles at every "==".
        const QStringList parts = t.split(QStringLiteral("=="));
        for (int i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                if (highlight)
                    cur() += QStringLiteral("</span>");
                else
                    cur() += QStringLiteral("<span style=\"background-color:%1; color:%2\">").arg(ctx.highlight, ctx.highlightText);
                highlight = !highlight;
            }
            cur() += parts.at(i).toHtmlEscaped();
        }
    }

    void leaveParagraph(bool inQuote, bool topLevel)
    {
        closeHighlight();
        const QString content = pop();
        const QString plain = plainText(content).trimmed();
        static const QRegularExpression slide(QStringLiteral("^\\d{1,3}$"));
        if (topLevel && slide.match(plain).hasMatch()) {
            // A bare slide number from the learner's notes: a quiet marker, not a paragraph.
            cur() += QStringLiteral("<p align=\"right\" style=\"color:%1; font-size:small; margin-top:0; margin-bottom:0\">%2</p>")
                         .arg(ctx.muted, MarkdownRenderer::tr("Slide %1").arg(plain));
            return;
        }
        if (plain == QLatin1String("{{ports}}") && !inQuote) {
            cur() += ctx.portsTable ? ctx.portsTable() : QString();
            return;
        }
        if ((plain == QLatin1String("{{services tcp}}") || plain == QLatin1String("{{services udp}}")) && !inQuote) {
            cur() += ctx.servicesTable ? ctx.servicesTable(plain.mid(11, 3)) : QString();
            return;
        }
        cur() += QStringLiteral("<p>") + content + QStringLiteral("</p>");
    }

    void leaveQuote()
    {
        const QString content = pop();
        const bool callouts = quoteDepth < kMaxCalloutDepth;
        static const QRegularExpression callout(
            QStringLiteral("^<p>\\[!([A-Za-z-]+)\\][+-]?[ \\t]*([^\\n]*?)(<br>|\\n|</p>)"), QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = callouts ? callout.match(content) : QRegularExpressionMatch();
        if (!m.hasMatch()) {
            cur() += QStringLiteral("<blockquote style=\"color:%1\">%2</blockquote>").arg(ctx.muted, content);
            return;
        }
        const QString kind = m.captured(1).toLower();
        QString title = m.captured(2).trimmed();
        if (title.isEmpty())
            title = MarkdownRenderer::calloutTitle(kind).toHtmlEscaped();
        QString rest = content.mid(m.capturedEnd(0));
        if (m.captured(3) == QLatin1String("</p>") || rest.startsWith(QLatin1String("</p>")))
            rest = rest.trimmed();
        else
            rest = QStringLiteral("<p>") + rest;
        const auto colours = ctx.calloutColours ? ctx.calloutColours(kind)
                                                : std::pair<QString, QString>{QStringLiteral("#448aff"), QStringLiteral("#eef4ff")};
        cur() += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"margin-top:8px; margin-bottom:8px\">"
                                "<tr><td width=\"4\" bgcolor=\"%1\"></td><td bgcolor=\"%2\">"
                                "<p style=\"margin-top:0\"><span style=\"color:%1; font-weight:600\">%3&nbsp;%4</span></p>%5</td></tr></table>")
                     .arg(colours.first, colours.second, calloutIcon(kind), title, rest);
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    if (type != MD_BLOCK_DOC && r->depth++ == 0)
        r->blockStart = r->out.size();
    switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE:
        ++r->quoteDepth;
        r->push();
        break;
    case MD_BLOCK_UL: r->cur() += QStringLiteral("<ul>"); break;
    case MD_BLOCK_OL:
        r->cur() += QStringLiteral("<ol start=\"%1\">").arg(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start);
        break;
    case MD_BLOCK_LI: r->cur() += QStringLiteral("<li>"); break;
    case MD_BLOCK_HR: r->cur() += QStringLiteral("<hr>"); break;
    case MD_BLOCK_H:
        r->headings.append(static_cast<int>(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
        r->cur() += QStringLiteral("<h%1>").arg(r->headings.constLast());
        break;
    case MD_BLOCK_CODE: r->cur() += QStringLiteral("<pre>"); break;
    case MD_BLOCK_HTML: r->cur() += QStringLiteral("<pre>"); break;
    case MD_BLOCK_P: r->push(); break;
    case MD_BLOCK_TABLE:
        r->cur() += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-color:%1; border-style:solid; margin-top:6px; margin-bottom:6px\">").arg(r->ctx.border);
        break;
    case MD_BLOCK_THEAD: r->inTableHead = true; break;
    case MD_BLOCK_TBODY: r->inTableHead = false; break;
    case MD_BLOCK_TR:
        if (++r->tableRows > Renderer::kMaxTableRows) {
            r->push(); // rows beyond the cap are read and dropped
            r->rowsCapped = true;
        } else {
            r->rowStart = r->cur().size();
            r->rowCells = 0;
            r->cur() += QStringLiteral("<tr>");
        }
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        ++r->rowCells;
        const MD_ALIGN align = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
        const QString alignment = align == MD_ALIGN_CENTER ? QStringLiteral(" align=\"center\"")
                                  : align == MD_ALIGN_RIGHT ? QStringLiteral(" align=\"right\"")
                                                            : QString();
        r->cur() += (type == MD_BLOCK_TH ? QStringLiteral("<th%1>") : QStringLiteral("<td%1>")).arg(alignment);
        break;
    }
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    const auto finished = qScopeGuard([r, type] {
        if (type != MD_BLOCK_DOC && --r->depth == 0)
            r->afterTopLevelBlock();
    });
    switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE:
        --r->quoteDepth;
        r->leaveQuote();
        break;
    case MD_BLOCK_UL: r->cur() += QStringLiteral("</ul>"); break;
    case MD_BLOCK_OL: r->cur() += QStringLiteral("</ol>"); break;
    case MD_BLOCK_LI: r->closeHighlight(); r->cur() += QStringLiteral("</li>"); break;
    case MD_BLOCK_HR: break;
    case MD_BLOCK_H:
        r->closeHighlight();
        r->cur() += QStringLiteral("</h%1>").arg(r->headings.isEmpty() ? 1 : r->headings.takeLast());
        break;
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML: r->cur() += QStringLiteral("</pre>"); break;
    case MD_BLOCK_P: r->leaveParagraph(r->quoteDepth > 0, r->depth == 1); break;
    case MD_BLOCK_TABLE:
        r->cur() += QStringLiteral("</table>");
        if (r->tableRows > Renderer::kMaxTableRows && r->warnings)
            r->warnings->append(MarkdownRenderer::tr("A table has %1 rows; only the first %2 are shown.")
                                    .arg(r->tableRows).arg(Renderer::kMaxTableRows));
        r->tableRows = 0;
        break;
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY: break;
    case MD_BLOCK_TR:
        if (r->tableRows > Renderer::kMaxTableRows) {
            r->pop();
        } else {
            r->cur() += QStringLiteral("</tr>");
            if (!r->inTableHead)
                r->afterTableRow(r->rowStart, r->rowCells);
        }
        break;
    case MD_BLOCK_TH: r->closeHighlight(); r->cur() += QStringLiteral("</th>"); break;
    case MD_BLOCK_TD: r->closeHighlight(); r->cur() += QStringLiteral("</td>"); break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    switch (type) {
    case MD_SPAN_EM: r->cur() += QStringLiteral("<i>"); break;
    case MD_SPAN_STRONG: r->cur() += QStringLiteral("<b>"); break;
    case MD_SPAN_CODE: r->cur() += QStringLiteral("<code>"); break;
    case MD_SPAN_DEL: r->cur() += QStringLiteral("<s>"); break;
    case MD_SPAN_U: r->cur() += QStringLiteral("<u>"); break;
    case MD_SPAN_A:
        r->hrefs.append(attribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href));
        r->push();
        break;
    case MD_SPAN_IMG:
        r->images.append(attribute(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src));
        r->push();
        break;
    default: break;
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *r = static_cast<Renderer *>(userdata);
    switch (type) {
    case MD_SPAN_EM: r->cur() += QStringLiteral("</i>"); break;
    case MD_SPAN_STRONG: r->cur() += QStringLiteral("</b>"); break;
    case MD_SPAN_CODE: r->cur() += QStringLiteral("</code>"); break;
    case MD_SPAN_DEL: r->cur() += QStringLiteral("</s>"); break;
    case MD_SPAN_U: r->cur() += QStringLiteral("</u>"); break;
    case MD_SPAN_A: {
        const QString content = r->pop();
        const QString href = r->hrefs.isEmpty() ? QString() : r->hrefs.takeLast();
        const LinkTarget target = r->ctx.resolveLink ? r->ctx.resolveLink(href, plainText(content).trimmed()) : LinkTarget{};
        if (target.kind == LinkTarget::Kind::Unknown && !target.url.isEmpty())
            r->cur() += QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a>").arg(target.url.toHtmlEscaped(), r->ctx.muted, content);
        else if (target.kind == LinkTarget::Kind::Unknown)
            r->cur() += content;
        else
            r->cur() += QStringLiteral("<a href=\"%1\">%2</a>").arg(target.url.toHtmlEscaped(), content);
        break;
    }
    case MD_SPAN_IMG: {
        const QString alt = plainText(r->pop()).trimmed();
        const QString src = r->images.isEmpty() ? QString() : r->images.takeLast();
        const QString resolved = r->ctx.imageSource ? r->ctx.imageSource(src) : QString();
        if (resolved.isEmpty())
            r->cur() += QStringLiteral("<span style=\"color:%1\">[%2]</span>").arg(r->ctx.muted, alt.toHtmlEscaped());
        else if (r->ctx.imageWidth > 0) // the reading column's width; the height follows
            r->cur() += QStringLiteral("<img src=\"%1\" alt=\"%2\" width=\"%3\">").arg(resolved.toHtmlEscaped(), alt.toHtmlEscaped()).arg(r->ctx.imageWidth);
        else
            r->cur() += QStringLiteral("<img src=\"%1\" alt=\"%2\">").arg(resolved.toHtmlEscaped(), alt.toHtmlEscaped());
        break;
    }
    default: break;
    }
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<Renderer *>(userdata)->text(type, QString::fromUtf8(text, static_cast<qsizetype>(size)));
    return 0;
}

constexpr unsigned kFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML
                            | MD_FLAG_PERMISSIVEURLAUTOLINKS;

} // namespace

QString MarkdownRenderer::calloutTitle(const QString &kind)
{
    if (kind == QLatin1String("tip") || kind == QLatin1String("hint"))
        return tr("Tip");
    if (kind == QLatin1String("warning") || kind == QLatin1String("caution"))
        return tr("Warning");
    if (kind == QLatin1String("bug"))
        return tr("Bug");
    if (kind == QLatin1String("example"))
        return tr("Example");
    if (kind == QLatin1String("question") || kind == QLatin1String("faq"))
        return tr("Question");
    if (kind == QLatin1String("quote"))
        return tr("Quote");
    if (kind == QLatin1String("info"))
        return tr("Info");
    return tr("Note");
}

QString MarkdownRenderer::toHtml(const QString &markdown, const RenderContext &context, QStringList *warnings)
{
    Renderer r(context, warnings);
    constexpr qsizetype kMaxLength = 512 * 1024;
    if (markdown.size() > kMaxLength && warnings)
        warnings->append(tr("This note is very long; only its first %1 KB are shown.").arg(kMaxLength / 1024));
    const QByteArray utf8 = markdown.left(kMaxLength).toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kFlags;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    if (md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &r) != 0 && warnings)
        warnings->append(tr("Part of this note could not be read."));
    // Whatever was left open (a malformed note) is closed so the page still shows it.
    r.closeHighlight();
    while (!r.buffers.isEmpty()) {
        const QString rest = r.pop();
        r.cur() += rest;
    }
    return r.out;
}

QList<MarkdownRenderer::Link> MarkdownRenderer::links(const QString &markdown)
{
    // md4c gives no positions, but a link's href points into the text it parses (a reference
    // link's, into its definition), unless md4c copied it (it holds "&" or "\\"): the line is
    // that of the href, else of the link's text, else of the link before.
    // (Searching the rest of the note for each "](href" and counting newlines from the start
    // took minutes for a note of 7 MB.)
    const QByteArray utf8 = markdown.toUtf8();
    struct Collector
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        QList<Link> links;
        QList<qsizetype> offsets; // of each link's href in utf8, or -1
        int depth = 0;
    } c;
    c.begin = utf8.constData();
    c.end = utf8.constData() + utf8.size();
    MD_PARSER parser{};
    parser.flags = kFlags;
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *userdata) {
        auto *col = static_cast<Collector *>(userdata);
        if (type == MD_SPAN_A) {
            const MD_ATTRIBUTE &href = static_cast<MD_SPAN_A_DETAIL *>(detail)->href;
            col->links.append({0, attribute(href), QString()});
            const bool inText = std::less_equal<>()(col->begin, href.text) && std::less<>()(href.text, col->end);
            col->offsets.append(inText ? href.text - col->begin : -1);
            ++col->depth;
        }
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *userdata) {
        auto *col = static_cast<Collector *>(userdata);
        if (type == MD_SPAN_A)
            --col->depth;
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata) {
        auto *col = static_cast<Collector *>(userdata);
        if (col->depth > 0 && !col->links.isEmpty()) {
            // An href md4c copied (it holds "&" or "\\"): the line of the link's own text.
            if (col->offsets.last() < 0 && std::less_equal<>()(col->begin, text) && std::less<>()(text, col->end))
                col->offsets.last() = text - col->begin;
            col->links.last().text += type == MD_TEXT_SOFTBR ? QStringLiteral(" ") : QString::fromUtf8(text, static_cast<qsizetype>(size));
        }
        return 0;
    };
    md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &c);
    QList<qsizetype> newlines;
    for (qsizetype i = utf8.indexOf('\n'); i >= 0; i = utf8.indexOf('\n', i + 1))
        newlines.append(i);
    int line = 1; // a rewritten href: the line of the link before it
    for (qsizetype i = 0; i < c.links.size(); ++i) {
        if (c.offsets[i] >= 0)
            line = int(std::upper_bound(newlines.cbegin(), newlines.cend(), c.offsets[i]) - newlines.cbegin()) + 1;
        c.links[i].line = line;
        c.links[i].text = c.links[i].text.trimmed();
    }
    return c.links;
}

NoteDocument parseNote(const QByteArray &raw)
{
    NoteDocument note;
    QString text = QString::fromUtf8(raw);
    if (text.contains(QChar(0xFFFD)) || raw.contains('\0'))
        note.warnings.append(MarkdownRenderer::tr("This note contains bytes that are not text; they are shown as \u201c\uFFFD\u201d."));
    text.replace(QChar(0), QChar(0xFFFD));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.startsWith(QLatin1String("\xEF\xBB\xBF")) || text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (!text.startsWith(QLatin1String("---\n"))) {
        note.body = text;
        return note;
    }
    const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
    if (end < 0) {
        note.warnings.append(MarkdownRenderer::tr("The front matter is not closed with a line of three dashes."));
        note.body = text;
        return note;
    }
    const QStringList lines = text.mid(4, end - 4).split(QLatin1Char('\n'));
    const qsizetype bodyStart = text.indexOf(QLatin1Char('\n'), end + 1) + 1;
    note.body = text.mid(bodyStart);
    note.bodyLine = static_cast<int>(text.left(bodyStart).count(QLatin1Char('\n')));
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$"));
    auto unquote = [](QString v) {
        v = v.trimmed();
        if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                              || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
            v = v.mid(1, v.size() - 2);
        return v;
    };
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = keyValue.match(line);
        if (!m.hasMatch()) {
            note.warnings.append(MarkdownRenderer::tr("A front matter line was not understood: %1").arg(line.left(60)));
            continue;
        }
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2);
        if (key == QLatin1String("title"))
            note.title = unquote(value);
        else if (key == QLatin1String("date"))
            note.date = unquote(value);
        else if (key == QLatin1String("draft"))
            note.draft = unquote(value).toLower() == QLatin1String("true");
        else if (key == QLatin1String("fact"))
            note.factKey = unquote(value);
        else if (key == QLatin1String("aliases")) {
            QString list = value.trimmed();
            if (list.startsWith(QLatin1Char('[')) && list.endsWith(QLatin1Char(']')))
                list = list.mid(1, list.size() - 2);
            for (const QString &alias : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
                note.aliases.append(unquote(alias));
        }
    }
    return note;
}
