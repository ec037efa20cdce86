#pragma once

#include "deck.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class DeckStore;

/**
 * The entries of the collection (facts) and the cards they study, as the storage layer
 * writes them: the learner's own entries, edits of built-in ones, reverts, deletes, and the
 * card types each entry studies. The built-in deck's merge writes its facts through here too.
 *
 * No method opens a transaction: the Collection service runs them inside one, with undo.
 * Failures return false (or std::nullopt) and leave errorString() for the learner.
 */
class EntryStore
{
    Q_DECLARE_TR_FUNCTIONS(EntryStore)

public:
    explicit EntryStore(DeckStore &store);

    /** One entry with its English texts and every translation, for editing; nullopt if none. */
    std::optional<DeckFact> entry(qint64 factId) const;
    /** entry() for many entries at once (not retired ones), by id. */
    QHash<qint64, DeckFact> entries(const QList<qint64> &factIds) const;
    /** The id of the entry with @p key, retired ones included; 0 if there is none. */
    qint64 idOfKey(const QString &key) const;

    /**
     * Adds the learner's own entry with its cards. Its key must be new; an empty key is made
     * from the name ("own-<name>"), and a key without "own-" gets it, so that no built-in
     * deck can ever take the key over. Returns the new id.
     */
    std::optional<qint64> addEntry(const DeckFact &entry);
    /**
     * Replaces an entry's texts and ports. A built-in entry is marked edited, and merges of
     * newer built-in decks leave it as the learner wrote it. The key stays. The entry's card
     * types change when @p entry names them, and stay as they were when it does not.
     */
    bool editEntry(qint64 factId, const DeckFact &entry);
    /** Takes the built-in deck's text back for an edited built-in entry. */
    bool revertEntry(qint64 factId, const Deck &deck);
    /**
     * Deletes an own entry with its cards and their reviews. A port card another entry has
     * too passes to it; a built-in card the entry had taken over leaves study instead.
     * Built-in entries refuse.
     */
    bool deleteEntry(qint64 factId);
    /** The card types an entry studies (template keys); std::nullopt: the deck's choice. */
    bool setCardTypes(qint64 factId, const std::optional<QStringList> &templateKeys);

    /**
     * Inserts or updates @p entry's rows by key: the fact, its ports, aliases, tags and
     * translations. Returns its id. Counterparts are written by writeCounterparts().
     */
    std::optional<qint64> writeFact(const DeckFact &entry, bool builtin, int position);
    bool writeCounterparts(qint64 factId, const QStringList &counterpartKeys);
    /**
     * Brings the cards of an own or edited entry in line with it: cards it now asks about
     * are added (or come back with their history), cards it no longer asks about leave study.
     * A port another entry's card already asks about is not asked twice: that card accepts
     * both entries.
     */
    bool syncCards(const Fact &fact);
    /**
     * Moves cards out of study (retired = 2) or back (0) after the deck's and each entry's
     * choice of card types. The learner's own plain cards are always studied. With
     * @p factId, only that entry's cards (an edit: one index search instead of every card).
     */
    bool applyCardTypes(qint64 factId = 0);

    /** Template keys the whole deck does not study (settings "card_types_off"). */
    QStringList deckCardTypesOff() const;
    bool setDeckCardTypesOff(const QStringList &templateKeys);

    QString errorString() const { return m_error; }

    /**
     * Gives a port → protocol card to the first entry other than @p fromFactId (0: any) still
     * on its port, back in study; true when one took it, false when none has the port.
     */
    std::optional<bool> handOverPortCard(qint64 cardId, qint64 fromFactId);

private:
    bool run(const QString &sql, const QVariantList &values = {});
    bool validate(const DeckFact &entry, qint64 selfId);
    bool fail(const QString &message);

    DeckStore &m_store;
    QString m_error;
};
