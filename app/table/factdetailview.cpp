#include "factdetailview.h"

#include "factstablemodel.h"
#include "theme.h"

#include <QEvent>
#include <QLocale>
#include <QUrl>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString factLink(const Fact &f)
{
    return QStringLiteral("<a href=\"fact:%1\">%2</a>").arg(esc(f.key), esc(f.name));
}

const Fact *findFact(const QList<Fact> &all, const QString &key)
{
    for (const Fact &f : all) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

FactDetailView::FactDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(280);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("fact"))
            emit factLinkActivated(url.path());
        else if (url.scheme() == QLatin1String("note"))
            emit noteLinkActivated(url.path());
        else if (url.scheme() == QLatin1String("cardinfo"))
            emit cardInfoRequested(url.path().toLongLong());
        else if (url.scheme() == QLatin1String("edit"))
            emit editRequested(url.path().toLongLong());
    });
}

void FactDetailView::showFact(const Fact &fact, const QList<Fact> &all,
                              const QList<CardInfo> &cards, const QDateTime &now)
{
    m_key = fact.key;
    m_fact = fact;
    m_all = all;
    m_cards = cards;
    m_now = now;
    m_message.clear();
    render();
}

void FactDetailView::showNothing(const QString &message)
{
    m_key.clear();
    m_message = message;
    render();
}

void FactDetailView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

QString FactDetailView::cardLabel(const CardInfo &card)
{
    switch (card.tmpl) {
    case CardTemplate::PortToProtocol: return tr("Port %1 → protocol").arg(card.variant);
    case CardTemplate::Basic: return card.question;
    default: break;
    }
    return templateLabel(card.tmpl);
}

QString FactDetailView::cardStateText(const CardInfo &card, const QDateTime &now)
{
    if (card.suspended)
        return tr("Suspended");
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(card.dueMs).toLocalTime();
    const qint64 days = now.date().daysTo(due.date());
    QString when;
    if (due <= now)
        when = tr("due now");
    else if (days == 0)
        when = tr("due at %1").arg(QLocale().toString(due.time(), QLocale::ShortFormat));
    else if (days == 1)
        when = tr("due tomorrow");
    else
        when = tr("due in %n day(s)", nullptr, static_cast<int>(days));
    switch (card.state) {
    case CardState::New: return tr("New");
    case CardState::Learning: return tr("Learning, %1").arg(when);
    case CardState::Review: return tr("Review, %1").arg(when);
    case CardState::Relearning: return tr("Relearning, %1").arg(when);
    }
    return {};
}

void FactDetailView::render()
{
    const Accents a = accentsFor(palette());
    const QString muted = a.muted.name();
    QString html = QStringLiteral(
                       "<style>"
                       "h1 { font-size: x-large; margin: 0; }"
                       "h3 { font-size: medium; margin-top: 16px; margin-bottom: 4px; }"
                       "td { padding: 3px 10px 3px 0; }"
                       "th { padding: 3px 10px 3px 0; text-align: left; font-weight: 600; color: %1; }"
                       ".muted { color: %1; }"
                       ".badge { background-color: %2; }"
                       "a { color: %3; text-decoration: none; }"
                       "</style>")
                       .arg(muted, a.badge.name(), a.link.name());

    if (m_key.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(m_message));
        setHtml(html);
        return;
    }
    const Fact &f = m_fact;

    html += QStringLiteral("<h1>%1</h1>").arg(esc(f.name));
    if (!f.fullName.isEmpty() && f.fullName != f.name)
        html += QStringLiteral("<p class=\"muted\" style=\"margin-top:2px\">%1</p>").arg(esc(f.fullName));
    html += QStringLiteral("<p>%1</p>").arg(esc(f.function));
    // Own entries have no page in the Notes; every entry can be edited.
    QStringList links;
    if (!f.own)
        links.append(QStringLiteral("<a href=\"note:%1\">%2</a>").arg(esc(f.key), esc(tr("Read its page in the Notes →"))));
    links.append(QStringLiteral("<a href=\"edit:%1\">%2</a>").arg(f.id).arg(esc(tr("Edit entry…"))));
    if (f.own)
        links.append(QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("your own entry"))));
    else if (f.edited)
        links.append(QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("edited by you"))));
    html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    // Badges: transport, security, exam objective.
    QColor securityColour = a.muted;
    if (f.security == Security::Yes)
        securityColour = a.secure;
    else if (f.security == Security::No)
        securityColour = a.insecure;
    else if (f.security != Security::NotApplicable)
        securityColour = a.partial;
    QStringList badges;
    if (!f.transportText().isEmpty()) // a concept has no transport
        badges << QStringLiteral("<span class=\"badge\">&nbsp;%1&nbsp;</span>").arg(esc(f.transportText()));
    if (f.security != Security::NotApplicable)
        badges << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                      .arg(securityColour.name(),
                           esc(tr("Secure: %1").arg(FactsTableModel::securityText(f.security))));
    if (f.objective)
        badges << esc(tr("N10-009 objective 1.4"));
    html += QStringLiteral("<p>%1</p>").arg(badges.join(QStringLiteral(" &nbsp; ")));

    if (f.kind == FactKind::IpProtocol) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("IP protocol")),
                         esc(tr("Carried directly in IP as protocol number %1. It has no port: "
                                "firewall rules match the protocol number instead.")
                                 .arg(f.ipProtocol)));
    }
    if (f.kind == FactKind::Range) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("Range")), esc(tr("Ports %1 to %2 (%n port(s))", nullptr, f.rangeHigh - f.rangeLow + 1)
                                                   .arg(f.rangeLow)
                                                   .arg(f.rangeHigh)));
        QStringList inside;
        for (const Fact &other : m_all) {
            if (other.kind != FactKind::Protocol)
                continue;
            for (int port : other.portNumbers()) {
                if (f.rangeContains(port)) {
                    inside << QStringLiteral("%1 (%2)").arg(factLink(other)).arg(port);
                    break;
                }
            }
        }
        if (!inside.isEmpty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(esc(tr("Deck protocols in this range")), inside.join(QStringLiteral(", ")));
    }

    if (!f.ports.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(tr("Ports")), esc(tr("Port")), esc(tr("Transport")), esc(tr("Role")));
        for (const PortSpec &p : f.ports)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                        .arg(p.port)
                        .arg(transportName(p.transport), esc(p.role.isEmpty() ? tr("—") : p.role));
        html += QStringLiteral("</table>");
    }

    // Secure counterparts, what this one replaces, and who shares its ports.
    QStringList counterparts;
    for (const QString &key : f.secureCounterparts) {
        if (const Fact *c = findFact(m_all, key))
            counterparts << QStringLiteral("%1 <span class=\"muted\">(%2 %3)</span>")
                                .arg(factLink(*c), esc(c->transportText()), esc(c->portsText()));
    }
    if (!counterparts.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("Secure alternative")), counterparts.join(QStringLiteral("<br>")));
    QStringList replaces;
    QStringList sharing;
    for (const Fact &other : m_all) {
        if (other.key == f.key)
            continue;
        if (other.secureCounterparts.contains(f.key))
            replaces << factLink(other);
        for (int port : f.portNumbers()) {
            if (other.hasPort(port)) {
                sharing << QStringLiteral("%1 <span class=\"muted\">(%2)</span>")
                               .arg(factLink(other))
                               .arg(port);
                break;
            }
        }
    }
    if (!replaces.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("Secure replacement for")), replaces.join(QStringLiteral(", ")));
    if (!sharing.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("Shares a port with")), sharing.join(QStringLiteral(", ")));
    QStringList aliases;
    for (const QString &alias : f.aliases) {
        if (alias.compare(f.fullName, Qt::CaseInsensitive) != 0
            && alias.compare(f.name, Qt::CaseInsensitive) != 0)
            aliases << alias;
    }
    if (!aliases.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("Also called")), esc(aliases.join(QStringLiteral(", "))));

    if (!m_cards.isEmpty()) {
        int studied = 0;
        for (const CardInfo &c : m_cards)
            studied += c.state != CardState::New ? 1 : 0;
        html += QStringLiteral("<h3>%1</h3><p class=\"muted\" style=\"margin-top:0\">%2</p>"
                               "<table cellspacing=\"0\">")
                    .arg(esc(tr("Cards")),
                         esc(tr("Studied: %1 of %2").arg(studied).arg(m_cards.size())));
        for (const CardInfo &c : m_cards)
            html += QStringLiteral("<tr><td><a href=\"cardinfo:%1\" title=\"%2\">%3</a></td>"
                                   "<td class=\"muted\">%4</td></tr>")
                        .arg(QString::number(c.id), esc(tr("Review history and recall curve")), esc(cardLabel(c)),
                             esc(cardStateText(c, m_now)));
        html += QStringLiteral("</table>");
    }
    setHtml(html);
}
