#include "cardtext.h"

#include <QCoreApplication>

namespace {

QString nameWithFull(const Fact &f)
{
    if (f.fullName.isEmpty() || f.fullName.compare(f.name, Qt::CaseInsensitive) == 0)
        return f.name;
    return CardTexts::tr("%1 (%2)").arg(f.name, f.fullName);
}

QString portLine(const PortSpec &p)
{
    const QString port = QStringLiteral("%1 %2").arg(transportName(p.transport)).arg(p.port);
    return p.role.isEmpty() ? port : CardTexts::tr("%1: %2").arg(port, p.role);
}

} // namespace

CardTexts::CardTexts(const QList<Fact> &facts)
{
    setFacts(facts);
}

void CardTexts::setFacts(const QList<Fact> &facts)
{
    m_facts = facts;
    m_byId.clear();
    m_byKey.clear();
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        m_byId.insert(m_facts.at(i).id, i);
        m_byKey.insert(m_facts.at(i).key, i);
    }
}

const Fact *CardTexts::fact(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_facts.at(*it);
}

const Fact *CardTexts::factByKey(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.cend() ? nullptr : &m_facts.at(*it);
}

QList<const Fact *> CardTexts::factsOnPort(int port) const
{
    QList<const Fact *> out;
    for (const Fact &f : m_facts) {
        if (f.kind != FactKind::Range && f.hasPort(port))
            out.append(&f);
    }
    return out;
}

QString CardTexts::portsLine(const Fact &fact)
{
    QStringList parts;
    for (Transport t : {Transport::Tcp, Transport::Udp}) {
        QStringList numbers;
        QStringList legacy;
        for (const PortSpec &p : fact.ports) {
            if (p.transport == t)
                (p.legacy ? legacy : numbers).append(QString::number(p.port));
        }
        if (numbers.isEmpty())
            continue;
        QString part = QStringLiteral("%1 %2").arg(transportName(t), numbers.join(QStringLiteral(", ")));
        if (!legacy.isEmpty())
            part = tr("%1 (legacy: %2)").arg(part, legacy.join(QStringLiteral(", ")));
        parts.append(part);
    }
    if (fact.kind == FactKind::IpProtocol)
        parts.prepend(tr("IP protocol %1").arg(fact.ipProtocol));
    return parts.join(QStringLiteral("; "));
}

CardText CardTexts::render(const CardInfo &card) const
{
    CardText text;
    if (card.tmpl == CardTemplate::Basic) {
        text.question = card.question;
        text.answer = card.answer;
        return text;
    }
    if (card.tmpl == CardTemplate::PortToProtocol) {
        const int port = card.variant.toInt();
        const QList<const Fact *> facts = factsOnPort(port);
        QStringList names;
        for (const Fact *f : facts) {
            QString role;
            for (const PortSpec &p : f->ports) {
                if (p.port == port && !p.role.isEmpty() && role.isEmpty())
                    role = p.role;
            }
            names.append(role.isEmpty() ? nameWithFull(*f) : tr("%1, %2").arg(nameWithFull(*f), role));
        }
        // The transport stays out of the question: "TCP/UDP port 53" would answer half of it.
        text.question = tr("Which protocol uses port %1?").arg(port);
        text.answer = names.join(tr(" or "));
        if (names.size() > 1)
            text.detail = tr("Every protocol listed here shares this port.");
        return text;
    }

    const Fact *f = fact(card.factId);
    if (!f)
        return text;
    switch (card.tmpl) {
    case CardTemplate::ProtocolToPort: {
        // One wording for one port or several: "which ports" would give the count away.
        text.question = tr("Which port or ports does %1 use?").arg(f->name);
        QStringList lines;
        if (f->kind == FactKind::IpProtocol)
            lines.append(tr("No port: %1 is IP protocol %2.").arg(f->name).arg(f->ipProtocol));
        for (const PortSpec &p : f->ports)
            lines.append(portLine(p));
        text.answer = lines.join(QLatin1Char('\n'));
        text.detail = f->function;
        break;
    }
    case CardTemplate::FunctionToProtocol:
        text.question = f->kind == FactKind::Concept ? tr("What is this called?\n%1").arg(f->function)
                                                     : tr("Which protocol is this?\n%1").arg(f->function);
        text.answer = nameWithFull(*f);
        text.detail = portsLine(*f);
        break;
    case CardTemplate::ProtocolToTransport: {
        const bool tcp = f->usesTransport(Transport::Tcp);
        const bool udp = f->usesTransport(Transport::Udp);
        text.question = tr("Does %1 use TCP, UDP or both?").arg(f->name);
        text.answer = tcp && udp ? tr("Both TCP and UDP") : tcp ? tr("TCP") : tr("UDP");
        QStringList lines;
        for (const PortSpec &p : f->ports)
            lines.append(portLine(p));
        text.detail = lines.join(QLatin1Char('\n'));
        break;
    }
    case CardTemplate::InsecureToSecure: {
        text.question = tr("What is the secure alternative to %1?").arg(f->name);
        QStringList lines;
        for (const QString &key : f->secureCounterparts) {
            if (const Fact *c = factByKey(key))
                lines.append(tr("%1 (%2)").arg(c->name, portsLine(*c)));
        }
        text.answer = lines.join(QLatin1Char('\n'));
        text.detail = tr("%1 itself: %2").arg(f->name, portsLine(*f));
        break;
    }
    case CardTemplate::PortToProtocol:
    case CardTemplate::Basic: break;
    }
    return text;
}
