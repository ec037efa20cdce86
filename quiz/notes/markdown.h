#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

/** A note file: its front matter and body. */
struct NoteDocument
{
    QString title;
    QString date;
    bool draft = false;
    QString factKey;     ///< the deck fact the page is about, if any
    QStringList aliases; ///< other names links may use
    QString body;        ///< Markdown after the front matter
    int bodyLine = 0;    ///< lines of the file before the body (front matter and its dashes)
    QStringList warnings; ///< what was wrong with the file, for a visible notice
};

/** Splits YAML-style front matter (`title`, `date`, `draft`, `fact`, `aliases`) from the body. */
NoteDocument parseNote(const QByteArray &raw);

/** How a link in a note leads somewhere. */
struct LinkTarget
{
    enum class Kind { Page, External, Unknown } kind = Kind::Unknown;
    QString url; ///< "page:<slug>", the external address, or "missing:<text>"
};

/** What the renderer needs from the outside: links, images, the deck's port table, colours. */
struct RenderContext
{
    std::function<LinkTarget(const QString &href, const QString &text)> resolveLink;
    std::function<QString(const QString &source)> imageSource; ///< empty: show the alt text
    int imageWidth = 0; ///< pixels every image is scaled to (the reading column); 0: its own size
    std::function<QString()> portsTable;                        ///< HTML for {{ports}}
    /** HTML for {{services tcp}} / {{services udp}}: every deck service on that transport. */
    std::function<QString(const QString &transport)> servicesTable;
    QString highlight = QStringLiteral("#fff3a3");
    QString highlightText = QStringLiteral("#000000");
    QString muted = QStringLiteral("#6b7280");
    QString border = QStringLiteral("#c8ccd2");
    /** Corrections shown beside the text: after the top-level block whose text contains the
        first string, a quiet "correction" callout with the second (Markdown). */
    QList<std::pair<QString, QString>> corrections;
    /** Callout colours by kind ("note", "tip", "warning", "bug", …): border and background. */
    std::function<std::pair<QString, QString>(const QString &kind)> calloutColours;
};

/**
 * Renders note Markdown (CommonMark + GFM tables, with md4c) into the HTML subset that
 * QTextBrowser shows well, plus the Obsidian/Quartz syntax the learner's notes use:
 * ==highlight==, callouts (> [!bug] Title), bare slide numbers as quiet markers, and the
 * {{ports}} and {{services tcp|udp}} directives. Raw HTML in a note is shown as text, never interpreted, so a note
 * cannot break the page or load anything.
 */
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    static QString toHtml(const QString &markdown, const RenderContext &context,
                          QStringList *warnings = nullptr);
    /** A link of a note, for the link checker: where it is, where it points, what it says. */
    struct Link
    {
        int line = 0; ///< 1-based, in the Markdown given
        QString href;
        QString text;
    };
    static QList<Link> links(const QString &markdown);
    /** The name of a callout kind for its header ("Bug", "Tip", …), translated. */
    static QString calloutTitle(const QString &kind);
};
