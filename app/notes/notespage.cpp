#include "notespage.h"

#include "cardtext.h"
#include "deckstore.h"
#include "notebrowser.h"
#include "searchdialog.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

// --- The page ------------------------------------------------------------------------------

NotesPage::NotesPage(DeckStore *store, const QString &language, const QString &notesFolder, FactsSource facts,
                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_factsSource(std::move(facts))
    , m_language(language)
    , m_notesFolder(notesFolder)
{
    auto toolButton = [this](const QString &text, const QString &tip, const QString &icon) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setIcon(QIcon::fromTheme(icon));
        b->setToolButtonStyle(QIcon::hasThemeIcon(icon) ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        return b;
    };
    m_backButton = toolButton(tr("◀"), tr("Back (Alt+Left)"), QStringLiteral("go-previous"));
    m_forwardButton = toolButton(tr("▶"), tr("Forward (Alt+Right)"), QStringLiteral("go-next"));
    QToolButton *homeButton = toolButton(tr("Ports"), tr("The Ports note (Alt+Home)"), QString());
    QToolButton *indexButton = toolButton(tr("Index"), tr("All pages"), QString());
    m_contents = toolButton(tr("Contents"), tr("Headings of this page"), QString());
    m_contents->setPopupMode(QToolButton::InstantPopup);
    m_contents->setMenu(new QMenu(m_contents));
    QToolButton *searchButton = toolButton(tr("Search…"), tr("Search notes and cards (Ctrl+K)"), QString());
    m_quiz = new QPushButton(tr("Quiz Me on This"), this);
    m_quiz->setObjectName(QStringLiteral("quizMe"));
    m_showInTable = new QPushButton(tr("Show in Table"), this);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    for (QToolButton *b : {m_backButton, m_forwardButton, homeButton, indexButton, m_contents, searchButton})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_showInTable);
    bar->addWidget(m_quiz);

    m_browser = new NoteBrowser(this);
    m_browser->setObjectName(QStringLiteral("noteBrowser"));

    m_findBar = new QWidget(this);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in page"));
    m_findEdit->setClearButtonEnabled(true);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *closeFind = new QToolButton(m_findBar);
    closeFind->setText(tr("Close"));
    closeFind->setAutoRaise(true);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(new QLabel(tr("Find:"), m_findBar));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(closeFind);
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &NotesPage::back);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &NotesPage::forward);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Home), &NotesPage::home);
    // Ctrl+F and Ctrl+K are the window's (Edit menu), which send them here on this page.

    connect(m_backButton, &QToolButton::clicked, this, &NotesPage::back);
    connect(m_forwardButton, &QToolButton::clicked, this, &NotesPage::forward);
    connect(homeButton, &QToolButton::clicked, this, &NotesPage::home);
    connect(indexButton, &QToolButton::clicked, this, [this] { open(QStringLiteral("index:")); });
    connect(searchButton, &QToolButton::clicked, this, &NotesPage::showSearch);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &NotesPage::followLink);
    connect(m_browser, &NoteBrowser::backRequested, this, &NotesPage::back);
    connect(m_browser, &NoteBrowser::forwardRequested, this, &NotesPage::forward);
    connect(m_quiz, &QPushButton::clicked, this, [this] { emit quizRequested(m_currentFact); });
    connect(m_showInTable, &QPushButton::clicked, this, [this] { emit factRequested(m_currentFact); });
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] {
        QTextCursor c = m_browser->textCursor();
        c.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(c);
        find(false);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(closeFind, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto *escape = new QAction(m_findBar);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        m_findBar->hide();
        m_browser->setFocus();
    });
    m_findBar->addAction(escape);

    // The learner's own notes: watched, reloaded when they change.
    m_watcher = new QFileSystemWatcher(this);
    if (!m_notesFolder.isEmpty() && QDir().mkpath(m_notesFolder))
        m_watcher->addPath(m_notesFolder);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, [this] {
        reload();
        emit notesChanged();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, debounce, qOverload<>(&QTimer::start));

    reload();
    open(QStringLiteral("page:ports"));
}

NotesPage::~NotesPage() = default;

void NotesPage::reload()
{
    m_facts = m_factsSource ? m_factsSource() : m_store->facts(m_language);
    m_library = std::make_unique<NoteLibrary>(NoteLibrary::load(m_facts, m_language, m_notesFolder, m_showDrafts));
    if (!m_notesFolder.isEmpty()) {
        const QStringList files = QDir(m_notesFolder).entryList({QStringLiteral("*.md")}, QDir::Files);
        for (const QString &f : files) {
            const QString path = QDir(m_notesFolder).filePath(f);
            if (!m_watcher->files().contains(path))
                m_watcher->addPath(path);
        }
    }
    if (!m_current.isEmpty())
        render();
}

void NotesPage::setShowDrafts(bool show)
{
    m_showDrafts = show;
    reload();
}

const Fact *NotesPage::factByKey(const QString &key) const
{
    for (const Fact &f : m_facts) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

void NotesPage::open(const QString &target)
{
    if (target == m_current)
        return;
    if (!m_current.isEmpty()) {
        m_back.append({m_current, m_browser->verticalScrollBar()->value()});
        m_forward.clear();
    }
    m_current = target;
    render();
}

void NotesPage::openFactPage(const QString &factKey)
{
    const Fact *f = factByKey(factKey);
    for (const NotePage *p : m_library->pages()) {
        if (p->document.factKey == factKey) {
            open(QStringLiteral("page:") + p->slug);
            return;
        }
    }
    if (f && f->kind == FactKind::Range && m_library->page(QStringLiteral("ports"))) {
        open(QStringLiteral("page:ports"));
        return;
    }
    open(QStringLiteral("fact:") + factKey);
}

void NotesPage::back()
{
    if (m_back.isEmpty())
        return;
    m_forward.prepend({m_current, m_browser->verticalScrollBar()->value()});
    const Place place = m_back.takeLast();
    m_current = place.target;
    render(place.scroll); // where the learner left it
}

void NotesPage::forward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append({m_current, m_browser->verticalScrollBar()->value()});
    const Place place = m_forward.takeFirst();
    m_current = place.target;
    render(place.scroll);
}

void NotesPage::home()
{
    open(QStringLiteral("page:ports"));
}

void NotesPage::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme.isEmpty() && url.hasFragment()) { // a heading of this page
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    if (scheme == QLatin1String("fact")) {
        openFactPage(url.path()); // the written page when there is one
        return;
    }
    if (scheme == QLatin1String("page") || scheme == QLatin1String("missing") || scheme == QLatin1String("index")) {
        open(url.toString());
        return;
    }
    if (scheme == QLatin1String("card")) { // a card found by search: its page, then its history
        const std::optional<CardInfo> card = m_store->card(url.path().toLongLong(), m_language);
        for (const Fact &f : std::as_const(m_facts)) {
            if (card && f.id == card->factId) {
                openFactPage(f.key);
                break;
            }
        }
        if (card)
            emit cardInfoRequested(card->id);
        return;
    }
    if (scheme == QLatin1String("cardinfo")) {
        emit cardInfoRequested(url.path().toLongLong());
        return;
    }
    if (scheme == QLatin1String("table")) {
        emit factRequested(url.path());
        return;
    }
    // Web and mail links leave Portdeck after saying where to; nothing else opens at all.
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")) {
        QMessageBox::information(this, tr("Open Link"), tr("Portdeck does not open links like this one:\n\n%1").arg(url.toString()));
        return;
    }
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Open Link"),
        tr("This link leads outside Portdeck:\n\n%1\n\nOpen it in your web browser?").arg(url.toString()),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

RenderContext NotesPage::renderContext() const
{
    const Accents a = accentsFor(palette());
    const bool dark = isDarkPalette(palette());
    RenderContext ctx;
    ctx.resolveLink = [this](const QString &href, const QString &text) { return m_library->resolve(href, text); };
    ctx.imageSource = [this](const QString &src) {
        // The diagram in the learner's language where there is one (":/images/de/…").
        const QString name = QFileInfo(src).completeBaseName();
        for (const QString &resource : {QStringLiteral(":/images/%1/%2.svg").arg(m_language, name),
                                        QStringLiteral(":/images/%1.svg").arg(name)}) {
            if (QFile::exists(resource))
                return QStringLiteral("qrc") + resource;
        }
        return QString();
    };
    ctx.imageWidth = std::min(720, m_browser->readingColumnWidth()); // the diagrams are drawn 720 wide
    ctx.highlight = dark ? QStringLiteral("#5c4b00") : QStringLiteral("#fff3a3");
    ctx.highlightText = palette().color(QPalette::Text).name();
    ctx.muted = a.muted.name();
    ctx.border = palette().color(QPalette::Mid).name();
    ctx.calloutColours = [dark](const QString &kind) -> std::pair<QString, QString> {
        auto pick = [dark](const char *bar, const char *light, const char *darkBg) {
            return std::pair<QString, QString>{QString::fromLatin1(bar), QString::fromLatin1(dark ? darkBg : light)};
        };
        if (kind == QLatin1String("tip") || kind == QLatin1String("hint") || kind == QLatin1String("success"))
            return pick("#1e9e52", "#eaf7ef", "#1d2f24");
        if (kind == QLatin1String("warning") || kind == QLatin1String("caution"))
            return pick("#d98b00", "#fdf3e1", "#33291a");
        if (kind == QLatin1String("bug") || kind == QLatin1String("danger") || kind == QLatin1String("error"))
            return pick("#e5484d", "#fdecec", "#351f21");
        if (kind == QLatin1String("example"))
            return pick("#7b4bc4", "#f2ecfb", "#2a2236");
        if (kind == QLatin1String("question") || kind == QLatin1String("faq"))
            return pick("#d6336c", "#fdebf2", "#361f29");
        if (kind == QLatin1String("info"))
            return pick("#0e8fa8", "#e6f6f9", "#1a2f34");
        if (kind == QLatin1String("quote"))
            return pick("#8a9099", "#f3f4f6", "#2a2c30");
        if (kind == QLatin1String("correction"))
            return dark ? std::pair<QString, QString>{QStringLiteral("#a5b4c8"), QStringLiteral("#252a31")}
                        : std::pair<QString, QString>{QStringLiteral("#4a5568"), QStringLiteral("#f1f4f8")};
        return pick("#2f6fc9", "#eaf1fb", "#1d2636");
    };
    return ctx;
}

QString NotesPage::portsTable(const Fact &f) const
{
    if (f.kind == FactKind::Concept)
        return {};
    if (f.kind == FactKind::IpProtocol && f.ports.isEmpty())
        return QStringLiteral("<p><b>%1</b></p>").arg(tr("No port: IP protocol %1.").arg(f.ipProtocol).toHtmlEscaped());
    if (f.kind == FactKind::Range)
        return QStringLiteral("<p><b>%1</b></p>").arg(tr("Ports %1 to %2").arg(f.rangeLow).arg(f.rangeHigh).toHtmlEscaped());
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-color:%1; border-style:solid\">"
                                  "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                       .arg(palette().color(QPalette::Mid).name(), tr("Port"), tr("Transport"), tr("Role"));
    if (f.kind == FactKind::IpProtocol)
        html += QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>").arg(tr("IP protocol %1").arg(f.ipProtocol));
    for (const PortSpec &p : f.ports)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(p.port)
                    .arg(transportName(p.transport), p.role.isEmpty() ? QStringLiteral("—") : p.role.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString NotesPage::servicesTable(Transport transport) const
{
    // Generated from the deck, so the list is complete and grows with the learner's own entries.
    QMap<int, QStringList> byPort;
    for (const Fact &f : std::as_const(m_facts)) {
        if (f.kind != FactKind::Protocol)
            continue;
        const LinkTarget target = m_library->resolve(QString(), f.name);
        const QString url = target.kind == LinkTarget::Kind::Page ? target.url : QStringLiteral("fact:") + f.key;
        for (const PortSpec &p : f.ports) {
            if (p.transport != transport || p.legacy)
                continue;
            const QString link = QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), f.name.toHtmlEscaped());
            if (!byPort[p.port].contains(link))
                byPort[p.port].append(link);
        }
    }
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" style=\"border-color:%1; border-style:solid\">"
                                  "<tr><th>%2</th><th>%3</th></tr>")
                       .arg(palette().color(QPalette::Mid).name(), tr("Port"), tr("Protocol"));
    for (auto it = byPort.cbegin(); it != byPort.cend(); ++it)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(it.key()).arg(it.value().join(QStringLiteral(", ")));
    return html + QStringLiteral("</table>");
}

QString NotesPage::progressHtml(const Fact &f) const
{
    const QList<CardInfo> cards = m_store->cardsOfFact(f.id, m_language);
    int studied = 0;
    qint64 nextDue = 0;
    for (const CardInfo &c : cards) {
        if (c.state == CardState::New)
            continue;
        ++studied;
        if (nextDue == 0 || c.dueMs < nextDue)
            nextDue = c.dueMs;
    }
    QString text = tr("Your cards on %1: %2 of %3 studied.").arg(f.name).arg(studied).arg(cards.size());
    if (nextDue > 0)
        text += QLatin1Char(' ') + tr("Next due %1.").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(nextDue).toLocalTime(), QLocale::ShortFormat));
    return text;
}

QString NotesPage::cardLinksHtml(const Fact &f) const
{
    // Every card of the protocol, each opening its history and recall curve.
    const QList<CardInfo> cards = m_store->cardsOfFact(f.id, m_language);
    if (cards.isEmpty())
        return {};
    QStringList links;
    for (const CardInfo &c : cards) {
        const QString label = c.tmpl == CardTemplate::PortToProtocol ? tr("Port %1 → protocol").arg(c.variant)
                              : c.tmpl == CardTemplate::Basic        ? c.question
                                                                     : templateLabel(c.tmpl);
        links << QStringLiteral("<a href=\"cardinfo:%1\">%2</a>").arg(c.id).arg(label.toHtmlEscaped());
    }
    return QStringLiteral("<p style=\"color:%1; margin-top:0\">%2 %3</p>")
        .arg(accentsFor(palette()).muted.name(), tr("Card history:").toHtmlEscaped(), links.join(QStringLiteral(" · ")));
}

QString NotesPage::pageHtml(const NotePage &page, QStringList *headings) const
{
    const Accents a = accentsFor(palette());
    RenderContext ctx = renderContext();
    const Fact *fact = m_library->factOfPage(page);
    ctx.portsTable = [this, fact] { return fact ? portsTable(*fact) : QString(); };
    ctx.servicesTable = [this](const QString &transport) {
        return servicesTable(transport == QLatin1String("udp") ? Transport::Udp : Transport::Tcp);
    };
    if (page.builtin)
        ctx.corrections = NoteLibrary::corrections(page.slug, m_language);
    QStringList warnings = page.document.warnings;
    QString body = MarkdownRenderer::toHtml(page.document.body, ctx, &warnings);
    // Anchors for the contents menu.
    static const QRegularExpression heading(QStringLiteral("<h([1-6])>(.*?)</h\\1>"));
    QString withAnchors;
    qsizetype last = 0;
    int n = 0;
    for (auto it = heading.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        withAnchors += body.mid(last, m.capturedStart() - last);
        const QString title = QTextDocumentFragment::fromHtml(m.captured(2)).toPlainText();
        QString slug = title.toLower();
        slug.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
        withAnchors += QStringLiteral("<a name=\"h%1\"></a><a name=\"%2\"></a>").arg(n).arg(slug.toHtmlEscaped()) + m.captured(0);
        headings->append(QStringLiteral("%1\t%2").arg(m.captured(1), QTextDocumentFragment::fromHtml(m.captured(2)).toPlainText()));
        last = m.capturedEnd();
        ++n;
    }
    withAnchors += body.mid(last);

    QString html = QStringLiteral("<h1 style=\"margin-bottom:2px\">%1</h1>").arg((page.document.title.isEmpty() ? page.slug : page.document.title).toHtmlEscaped());
    QStringList meta;
    if (!page.document.date.isEmpty()) {
        const QDateTime date = QDateTime::fromString(page.document.date, Qt::ISODate);
        meta << (date.isValid() ? QLocale().toString(date.date(), QLocale::LongFormat) : page.document.date);
    }
    if (!page.builtin)
        meta << tr("your note");
    if (page.document.draft)
        meta << tr("draft");
    if (const Fact *fact = m_library->factOfPage(page))
        meta << progressHtml(*fact); // the learner's progress on the page's cards
    if (!meta.isEmpty())
        html += QStringLiteral("<p style=\"color:%1; margin-top:0\">%2</p>").arg(a.muted.name(), meta.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (const Fact *fact = m_library->factOfPage(page))
        html += cardLinksHtml(*fact);
    for (const QString &w : std::as_const(warnings))
        html += QStringLiteral("<p style=\"color:%1\">⚠ %2</p>").arg(a.partial.name(), w.toHtmlEscaped());
    return html + withAnchors;
}

QString NotesPage::factHtml(const Fact &f) const
{
    const Accents a = accentsFor(palette());
    QString html = QStringLiteral("<h1 style=\"margin-bottom:2px\">%1</h1><p style=\"color:%2; margin-top:0\">%3</p>")
                       .arg(f.name.toHtmlEscaped(), a.muted.name(), f.fullName.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>").arg(a.muted.name(), tr("This page is not written yet. Here is what the deck knows.").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(f.function.toHtmlEscaped());
    html += portsTable(f);
    return html;
}

QString NotesPage::indexHtml() const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("All pages").toHtmlEscaped());
    QStringList protocols;
    QStringList concepts;
    QStringList own;
    for (const NotePage *p : m_library->pages()) {
        const QString link = QStringLiteral("<a href=\"page:%1\">%2</a>").arg(p->slug, (p->document.title.isEmpty() ? p->slug : p->document.title).toHtmlEscaped());
        if (!p->builtin)
            own << link;
        else if (p->slug == QLatin1String("ports"))
            continue;
        else if (!p->document.factKey.isEmpty())
            protocols << link;
        else
            concepts << link;
    }
    auto section = [&html](const QString &title, QStringList links) {
        if (links.isEmpty())
            return;
        std::sort(links.begin(), links.end(), [](const QString &a, const QString &b) {
            return QTextDocumentFragment::fromHtml(a).toPlainText().compare(QTextDocumentFragment::fromHtml(b).toPlainText(), Qt::CaseInsensitive) < 0;
        });
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), links.join(QStringLiteral(" · ")));
    };
    html += QStringLiteral("<p><a href=\"page:ports\">%1</a></p>").arg(tr("Ports: the learner's note").toHtmlEscaped());
    section(tr("Protocols"), protocols);
    section(tr("Concepts"), concepts);
    section(tr("Your notes"), own);
    return html;
}

void NotesPage::render(int scroll)
{
    QString html;
    QStringList headings;
    m_currentFact.clear();
    const QString target = m_current.section(QLatin1Char('#'), 0, 0);
    const QString fragment = m_current.contains(QLatin1Char('#')) ? m_current.section(QLatin1Char('#'), 1) : QString();
    if (target.startsWith(QLatin1String("page:"))) {
        const NotePage *page = m_library->page(target.mid(5));
        if (page) {
            html = pageHtml(*page, &headings);
            if (const Fact *f = m_library->factOfPage(*page))
                m_currentFact = f->key;
        } else {
            html = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(tr("Not found").toHtmlEscaped(), tr("There is no page called “%1”.").arg(target.mid(5)).toHtmlEscaped());
        }
    } else if (target.startsWith(QLatin1String("fact:"))) {
        if (const Fact *f = factByKey(target.mid(5))) {
            html = factHtml(*f);
            m_currentFact = f->key;
        } else {
            html = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(target.mid(5).toHtmlEscaped(),
                                                             tr("This page is not written yet, and the deck has no entry called “%1”.").arg(target.mid(5)).toHtmlEscaped());
        }
    } else if (target == QLatin1String("index:")) {
        html = indexHtml();
    } else {
        const QString name = target.section(QLatin1Char(':'), 1);
        html = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(name.toHtmlEscaped(),
                                                         tr("This page is not written yet, and the deck has no entry called “%1”.").arg(name).toHtmlEscaped());
    }
    m_browser->setPage(html);
    m_browser->verticalScrollBar()->setValue(scroll);
    if (!fragment.isEmpty() && scroll == 0) // once laid out; no such heading: the top, as if no fragment
        QTimer::singleShot(0, m_browser, [browser = m_browser, fragment] { browser->scrollToAnchor(fragment); });

    QMenu *menu = m_contents->menu();
    menu->clear();
    for (int i = 0; i < headings.size(); ++i) {
        const int level = headings.at(i).section(QLatin1Char('\t'), 0, 0).toInt();
        QAction *action = menu->addAction(QString(2 * std::max(0, level - 1), QLatin1Char(' ')) + headings.at(i).section(QLatin1Char('\t'), 1));
        connect(action, &QAction::triggered, this, [this, i] { m_browser->scrollToAnchor(QStringLiteral("h%1").arg(i)); });
    }
    m_contents->setEnabled(!headings.isEmpty());
    m_backButton->setEnabled(!m_back.isEmpty());
    m_forwardButton->setEnabled(!m_forward.isEmpty());
    const Fact *fact = factByKey(m_currentFact);
    m_quiz->setVisible(fact && fact->kind != FactKind::Range);
    m_showInTable->setVisible(fact != nullptr);
}

void NotesPage::showFind()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void NotesPage::find(bool backwards)
{
    const QString text = m_findEdit->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return;
    }
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // wrap around
        QTextCursor c = m_browser->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(c);
        found = m_browser->find(text, flags);
    }
    if (!found) {
        m_findStatus->setText(tr("Not found"));
        return;
    }
    // "3 of 7": every match of the page, and which of them is selected.
    const int here = m_browser->textCursor().selectionStart();
    int total = 0;
    int index = 0;
    for (QTextCursor c = m_browser->document()->find(text); !c.isNull(); c = m_browser->document()->find(text, c)) {
        ++total;
        if (c.selectionStart() == here)
            index = total;
    }
    m_findStatus->setText(tr("%1 of %2").arg(index).arg(total));
}

void NotesPage::showSearch()
{
    if (!m_search)
        return;
    SearchDialog dialog(m_search, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenTarget().isEmpty())
        followLink(QUrl(dialog.chosenTarget()));
}

void NotesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_factsOutdated)
        factsChanged();
    else if (m_outdated)
        collectionChanged();
}

void NotesPage::factsChanged()
{
    m_factsOutdated = !isVisible();
    if (m_factsOutdated)
        return;
    m_outdated = false;
    const int scroll = m_browser->verticalScrollBar()->value();
    reload();
    if (!m_current.isEmpty())
        m_browser->verticalScrollBar()->setValue(scroll);
}

void NotesPage::collectionChanged()
{
    m_outdated = !isVisible();
    if (m_outdated || m_current.isEmpty())
        return;
    render(m_browser->verticalScrollBar()->value()); // the page shows the progress of its cards
}

void NotesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_current.isEmpty())
        render();
}
