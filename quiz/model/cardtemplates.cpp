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

QList<FactCard> templateCardsOf(const Fact &f)
{
    QList<FactCard> out;
    if (f.kind == FactKind::Range)
        return out; // ranges are taught by the deck's concept cards
    auto own = [&f](CardTemplate t) { return f.key + QLatin1Char(':') + templateKey(t); };
    if (f.kind == FactKind::Concept) // "what is this called?"; concept cards teach the rest
        return {{own(CardTemplate::FunctionToProtocol), CardTemplate::FunctionToProtocol, {}, 5}};
    out.append({own(CardTemplate::ProtocolToPort), CardTemplate::ProtocolToPort, {}, 0});
    int slot = 1;
    for (int port : f.currentPortNumbers())
        out.append({QStringLiteral("port:%1").arg(port), CardTemplate::PortToProtocol, QString::number(port), qMin(slot++, 4)});
    out.append({own(CardTemplate::FunctionToProtocol), CardTemplate::FunctionToProtocol, {}, 5});
    if (f.kind == FactKind::Protocol)
        out.append({own(CardTemplate::ProtocolToTransport), CardTemplate::ProtocolToTransport, {}, 6});
    if (!f.secureCounterparts.isEmpty())
        out.append({own(CardTemplate::InsecureToSecure), CardTemplate::InsecureToSecure, {}, 7});
    return out;
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
        for (const FactCard &card : templateCardsOf(f)) {
            if (card.tmpl == CardTemplate::PortToProtocol) {
                // A shared port number gets one card, the first entry's in deck order.
                if (portsWithCard.contains(card.variant.toInt()))
                    continue;
                portsWithCard.insert(card.variant.toInt());
            }
            add(f, card.tmpl, card.slot, card.variant);
        }
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
