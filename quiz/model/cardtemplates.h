#pragma once

#include "deck.h"

#include <QList>
#include <QString>

/** How a card asks about its fact. Cards of one fact are siblings. */
enum class CardTemplate {
    ProtocolToPort,      ///< "Which port does SSH use?"
    PortToProtocol,      ///< "What runs on port 22?" — one card a port number, shared ports merged
    FunctionToProtocol,  ///< "Which protocol … (function)?"
    ProtocolToTransport, ///< "Does DNS use TCP, UDP or both?"
    InsecureToSecure,    ///< "What replaces Telnet securely?"
    Basic,               ///< a plain question/answer card (concepts, the learner's own)
};

/** Stable text key of a template, as stored in the database ("protocol-port", …). */
QString templateKey(CardTemplate t);
bool parseTemplateKey(const QString &key, CardTemplate *out);
/** Label for the learner, e.g. "Protocol → port"; translated in the "CardTemplate" context. */
QString templateLabel(CardTemplate t);

/** A card the deck defines, before it is stored. */
struct CardSpec
{
    QString key;        ///< stable identity, e.g. "ssh:protocol-port", "port:22"
    QString factKey;    ///< the fact the card belongs to (its siblings); may be empty for Basic
    CardTemplate tmpl = CardTemplate::Basic;
    QString variant;    ///< PortToProtocol: the port number
    QString question;   ///< Basic only; other templates render their text from the fact
    QString answer;     ///< Basic only
    Translations translations; ///< Basic only
    int position = 0;   ///< order in which new cards are introduced
};

/**
 * Generates the cards of a deck, in study order: each fact's cards follow its position,
 * so N10-009 items come first.
 *
 * - ProtocolToPort for facts with ports, and for IP protocols (the answer: no port);
 * - PortToProtocol once per port number: a port shared by several facts (22: SSH, SFTP)
 *   becomes one card on the first of them, and every sharing fact is a right answer;
 * - FunctionToProtocol for protocols and IP protocols;
 * - ProtocolToTransport for protocols;
 * - InsecureToSecure for facts with secure counterparts;
 * - Basic for the deck's concept cards.
 */
QList<CardSpec> generateCards(const Deck &deck);

/** One card an entry asks about: its key, template, variant (the port) and slot in study order. */
struct FactCard
{
    QString key;
    CardTemplate tmpl = CardTemplate::Basic;
    QString variant;
    int slot = 0;
};
/**
 * The template cards of one entry, whoever wrote it (generateCards for the deck,
 * EntryStore for a learner's own or edited entry): none for a range, the function → name card
 * for a concept, and no port → protocol card for a legacy port.
 */
QList<FactCard> templateCardsOf(const Fact &fact);

/** Facts that share a port number, in deck order: the right answers of a PortToProtocol card. */
QStringList factsOnPort(const Deck &deck, int port);
