// A note file: front matter, then Markdown with the notes' own syntax, rendered as a page.
#include "fuzzinput.h"
#include "markdown.h"

static RenderContext context;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    context.resolveLink = [](const QString &href, const QString &) {
        if (href.startsWith(QLatin1String("http")))
            return LinkTarget{LinkTarget::Kind::External, href};
        return LinkTarget{LinkTarget::Kind::Page, QLatin1String("page:") + href};
    };
    context.imageSource = [](const QString &source) { return source; };
    context.imageWidth = 640;
    context.portsTable = [] { return QStringLiteral("<table><tr><td>22</td></tr></table>"); };
    context.servicesTable = [](const QString &transport) { return QStringLiteral("<p>%1</p>").arg(transport); };
    context.corrections = {{QStringLiteral("port"), QStringLiteral("**corrected**")}};
    context.calloutColours = [](const QString &) { return std::pair{QStringLiteral("#000"), QStringLiteral("#fff")}; };
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const NoteDocument note = parseNote(fuzzinput::bytes(data, size));
    QStringList warnings;
    const QString html = MarkdownRenderer::toHtml(note.body, context, &warnings);
    // Raw HTML in a note is shown as text: no script or frame ever reaches the page.
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive)
        || html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive))
        __builtin_trap();
    const int lines = int(note.body.count(QLatin1Char('\n'))) + 1;
    for (const MarkdownRenderer::Link &link : MarkdownRenderer::links(note.body)) {
        if (link.line < 1 || link.line > lines)
            __builtin_trap(); // the link checker would point at a line that is not there
    }
    return 0;
}
