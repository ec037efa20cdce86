#pragma once

#include "fact.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** Texts of one item in other languages: language code ("de") → field → text. */
using Translations = QHash<QString, QHash<QString, QString>>;

/** A fact as the deck file carries it: the English fact and its translations. */
struct DeckFact
{
    Fact fact;
    /** Fields: "function", and "role:<port>/<tcp|udp>" for port roles. */
    Translations translations;
};

/** A plain question/answer card from the deck file (concepts such as port ranges). */
struct DeckCard
{
    QString key;
    QString factKey;   ///< empty for a card that belongs to no fact
    QString question;
    QString answer;
    Translations translations; ///< fields "question" and "answer"
};

/**
 * A deck as data: the built-in deck from resources/deck/deck.json, or a test fixture.
 * Parsing never throws; errors name the item that is wrong.
 */
struct Deck
{
    int format = 0;
    int version = 0; ///< increases with every release that changes the deck
    QList<DeckFact> facts;
    QList<DeckCard> cards;

    /** Parses deck JSON. On failure returns an empty deck and sets @p error. */
    static Deck fromJson(const QByteArray &json, QString *error);
    /** Reads and parses a deck file (a resource path works too). */
    static Deck fromFile(const QString &path, QString *error);
    /** The deck compiled into the engine. Aborts with a message if it is broken. */
    static const Deck &builtin();

    /** Semantic checks: unique keys, ports 0–65535, counterparts that exist, kind fields. */
    QStringList validate() const;
    /**
     * One fact in the deck file's format (a FACT of FORMAT.md), as `portdeck-cli fact add`
     * reads it; the learner's own entries use the same shape. Sets @p error when malformed.
     */
    static DeckFact factFromJson(const QJsonObject &object, QString *error);
    static QJsonObject factToJson(const DeckFact &fact);
    /**
     * The checks of validate() that concern one fact alone: key, name, function, ports and
     * the fields its kind needs. Tags may be any words here; the built-in deck's are a list.
     */
    static QStringList factProblems(const Fact &fact);
    bool isEmpty() const { return facts.isEmpty(); }
    const DeckFact *findFact(const QString &key) const;
};

/** The key of the text field of a port's role in Translations. */
QString roleField(const PortSpec &port);
