#include "cardtemplates.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct TemplateInfo
{
    CardTemplate tmpl;
    const char *key;
    const char *label;
};

constexpr TemplateInfo kTemplates[] = {
    {CardTemplate::ProtocolToPort, "protocol-port", QT_TRANSLATE_NOOP("CardTemplate", "Protocol → port")},
    {CardTemplate::PortToProtocol, "port-protocol", QT_TRANSLATE_NOOP("CardTemplate", "Port → protocol")},
    {CardTemplate::FunctionToProtocol, "function-protocol",
     QT_TRANSLATE_NOOP("CardTemplate", "Function → protocol")},
    {CardTemplate::ProtocolToTransport, "protocol-transport",
     QT_TRANSLATE_NOOP("CardTemplate", "Protocol → transport")},
    {CardTemplate::InsecureToSecure, "insecure-secure",
     QT_TRANSLATE_NOOP("CardTemplate", "Insecure → secure")},
    {CardTemplate::Basic, "basic", QT_TRANSLATE_NOOP("CardTemplate", "Question")},
};

// Gaps between positions leave room for a fact's cards and for cards added later.
constexpr int kPositionsPerFact = 10;

} // namespace

QString templateKey(CardTemplate t)
{
    for (const TemplateInfo &info : kTemplates) {
        if (info.tmpl == t)
            return QString::fromLatin1(info.key);
    }
    return {};
}

bool parseTemplateKey(const QString &key, CardTemplate *out)
{
    for (const TemplateInfo &info : kTemplates) {
        if (key == QLatin1String(info.key)) {
            *out = info.tmpl;
            return true;
        }
    }
    return false;
}

QString templateLabel(CardTemplate t)
{
    for (const TemplateInfo &info : kTemplates) {
        if (info.tmpl == t)
            return QCoreApplication::translate("CardTemplate", info.label);
    }
    return {};
}

QStringList factsOnPort(const Deck &deck, int port)
{
    QStringList keys;
    for (const DeckFact &df : deck.facts) {
        if (df.fact.hasPort(port))
            keys.append(df.fact.key);
    }
    return keys;
}

QList<CardSpec> generateCards(const Deck &deck)
{
    QList<CardSpec> cards;
    QSet<int> portsWithCard;
    auto add = [&cards](const Fact &f, CardTemplate t, int slot, const QString &variant = {}) {
        CardSpec c;
        c.factKey = f.key;
        c.tmpl = t;
        c.variant = variant;
        c.key = t == CardTemplate::PortToProtocol ? QStringLiteral("port:%1").arg(variant)
                                                  : f.key + QLatin1Char(':') + templateKey(t);
        c.position = f.position * kPositionsPerFact + slot;
        cards.append(c);
    };

    for (const DeckFact &df : deck.facts) {
        const Fact &f = df.fact;
        if (f.kind == FactKind::Range)
            continue; // ranges are taught by the deck's concept cards
        if (f.kind == FactKind::Concept) {
            add(f, CardTemplate::FunctionToProtocol, 5); // "what is this called?"; the rest are concept cards
            continue;
        }
        add(f, CardTemplate::ProtocolToPort, 0);
        int slot = 1;
        for (int port : f.currentPortNumbers()) {
            if (portsWithCard.contains(port))
                continue;
            portsWithCard.insert(port);
            add(f, CardTemplate::PortToProtocol, qMin(slot++, 4), QString::number(port));
        }
        add(f, CardTemplate::FunctionToProtocol, 5);
        if (f.kind == FactKind::Protocol)
            add(f, CardTemplate::ProtocolToTransport, 6);
        if (!f.secureCounterparts.isEmpty())
            add(f, CardTemplate::InsecureToSecure, 7);
    }

    // Concept cards come after the facts they explain, or at the end.
    const int end = static_cast<int>(deck.facts.size()) * kPositionsPerFact;
    for (int i = 0; i < deck.cards.size(); ++i) {
        const DeckCard &dc = deck.cards.at(i);
        CardSpec c;
        c.key = dc.key;
        c.factKey = dc.factKey;
        c.tmpl = CardTemplate::Basic;
        c.question = dc.question;
        c.answer = dc.answer;
        c.translations = dc.translations;
        const DeckFact *owner = dc.factKey.isEmpty() ? nullptr : deck.findFact(dc.factKey);
        c.position = owner ? owner->fact.position * kPositionsPerFact + 8 : end + i;
        cards.append(c);
    }
    return cards;
}
