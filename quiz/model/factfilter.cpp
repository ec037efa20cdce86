#include "factfilter.h"

#include <QRegularExpression>

void FactFilter::setQuery(const QString &query)
{
    m_query = query;
    m_terms.clear();
    QString text = query.toLower();
    // "tcp 22" and "22 udp" pair a transport with the number beside it.
    static const QRegularExpression spaced(QStringLiteral("\\b(tcp|udp)\\s+(\\d+)\\b"));
    static const QRegularExpression spacedAfter(QStringLiteral("\\b(\\d+)\\s+(tcp|udp)\\b"));
    text.replace(spaced, QStringLiteral("\\1/\\2"));
    text.replace(spacedAfter, QStringLiteral("\\2/\\1"));

    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression transportFirst(QStringLiteral("^(tcp|udp)[/:](\\d+)$"));
    static const QRegularExpression numberFirst(QStringLiteral("^(\\d+)[/:](tcp|udp)$"));
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        Term term;
        QRegularExpressionMatch m;
        if ((m = transportFirst.match(word)).hasMatch()) {
            term.kind = Term::Kind::PortOnTransport;
            parseTransport(m.captured(1), &term.transport);
            term.port = m.captured(2).toInt();
        } else if ((m = numberFirst.match(word)).hasMatch()) {
            term.kind = Term::Kind::PortOnTransport;
            parseTransport(m.captured(2), &term.transport);
            term.port = m.captured(1).toInt();
        } else if (number.match(word).hasMatch()) {
            term.kind = Term::Kind::Port;
            bool ok = false;
            term.port = word.toInt(&ok);
            if (!ok)
                term.port = -1; // too long to be a port: matches nothing
        } else if (parseTransport(word, &term.transport)) {
            term.kind = Term::Kind::Transport;
            term.text = word;
        } else if (word == QLatin1String("port") || word == QLatin1String("ports")) {
            continue;
        } else {
            term.kind = Term::Kind::Text;
            term.text = word;
        }
        m_terms.append(term);
    }
}

bool FactFilter::isEmpty() const
{
    return m_terms.isEmpty() && !tcpOnly && !udpOnly && !secureOnly && !objectiveOnly;
}

bool FactFilter::matches(const Fact &fact) const
{
    if (tcpOnly && !fact.usesTransport(Transport::Tcp))
        return false;
    if (udpOnly && !fact.usesTransport(Transport::Udp))
        return false;
    if (secureOnly && fact.security != Security::Yes)
        return false;
    if (objectiveOnly && !fact.objective)
        return false;
    for (const Term &term : m_terms) {
        if (!matchesTerm(fact, term))
            return false;
    }
    return true;
}

bool FactFilter::matchesTerm(const Fact &fact, const Term &term)
{
    auto containsText = [&fact](const QString &text) {
        auto has = [&text](const QString &s) { return s.contains(text, Qt::CaseInsensitive); };
        if (has(fact.name) || has(fact.fullName) || has(fact.function))
            return true;
        for (const QString &alias : fact.aliases) {
            if (has(alias))
                return true;
        }
        for (const QString &tag : fact.tags) {
            if (has(tag))
                return true;
        }
        for (const PortSpec &p : fact.ports) {
            if (has(p.role))
                return true;
        }
        return false;
    };

    switch (term.kind) {
    case Term::Kind::Port:
        return term.port >= 0 && (fact.hasPort(term.port) || fact.rangeContains(term.port));
    case Term::Kind::PortOnTransport:
        return fact.hasPort(term.port, term.transport) || fact.rangeContains(term.port);
    case Term::Kind::Transport:
        return (fact.kind != FactKind::Range && fact.usesTransport(term.transport))
               || fact.name.compare(term.text, Qt::CaseInsensitive) == 0;
    case Term::Kind::Text:
        break;
    }
    return containsText(term.text);
}
