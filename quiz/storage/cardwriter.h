#pragma once

#include "deck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class DeckStore;

/**
 * Changes to cards the learner makes by hand, as the storage layer writes them: flags, tags,
 * "forget", a due date, plain cards of their own, edits of a card's text, and deleting their
 * own cards. No method opens a transaction: the Collection service runs them inside one.
 */
class CardWriter
{
    Q_DECLARE_TR_FUNCTIONS(CardWriter)

public:
    explicit CardWriter(DeckStore &store);

    /** Flags cards in a colour, 1–4; 0 clears the flag. */
    bool setFlag(const QList<qint64> &cardIds, int flag);
    /** Adds each of @p tags to the cards; tags are single words, kept as typed. */
    bool addTags(const QList<qint64> &cardIds, const QStringList &tags);
    bool removeTags(const QList<qint64> &cardIds, const QStringList &tags);
    /**
     * Resets cards to new: memory state, counts and due date go, the review log stays, and
     * they come back among the new cards in their places. The card keeps when (@p nowMs, after
     * its last answer): a replay of its history starts there.
     */
    bool forget(const QList<qint64> &cardIds, qint64 nowMs);
    /**
     * Makes studied cards due at @p dueMs (UTC ms). New cards have no memory yet and stay as
     * they are; returns how many cards moved. The card keeps when (@p nowMs) and the date, so
     * that a replay of its history keeps them too.
     */
    std::optional<int> setDue(const QList<qint64> &cardIds, qint64 dueMs, qint64 nowMs);
    /** Deletes the learner's own cards with their reviews; built-in cards stay. Returns how many went. */
    std::optional<int> deleteOwnCards(const QList<qint64> &cardIds);

    /** A plain question/answer card of the learner's own, new and last in study order. */
    std::optional<qint64> addCard(const QString &question, const QString &answer, const QStringList &tags = {});
    /** Changes a plain card's texts; a built-in card is marked edited, and merges keep the edit. */
    bool editCard(qint64 cardId, const QString &question, const QString &answer);
    /** Takes the built-in deck's texts back for an edited built-in card. */
    bool revertCard(qint64 cardId, const Deck &deck);

    /** Whether @p tag can be a tag: one word, letters, digits, '-' and '_'. */
    static bool isTag(const QString &tag);

    QString errorString() const { return m_error; }

private:
    bool run(const QString &sql, const QVariantList &values, int *rowsAffected = nullptr);
    bool fail(const QString &message);

    DeckStore &m_store;
    QString m_error;
};
