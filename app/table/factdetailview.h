#pragma once

#include "deckstore.h"
#include "fact.h"

#include <QDateTime>
#include <QTextBrowser>

/**
 * The selected fact in full: its ports with their roles, its secure counterpart (a link),
 * what it replaces, what shares its ports, and the state of its cards.
 */
class FactDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FactDetailView(QWidget *parent = nullptr);

    /** Shows @p fact; @p all resolves counterparts and shared ports; @p cards are its cards. */
    void showFact(const Fact &fact, const QList<Fact> &all, const QList<CardInfo> &cards,
                  const QDateTime &now = QDateTime::currentDateTime());
    void showNothing(const QString &message);
    QString currentKey() const { return m_key; }

    /** How a card is named to the learner: "Port 22 → protocol", or a concept's question. */
    static QString cardLabel(const CardInfo &card);
    /** The card's state: "New", "Learning, due 14:30", "Review, due in 3 days". */
    static QString cardStateText(const CardInfo &card, const QDateTime &now);

signals:
    /** The learner followed a link to another fact. */
    void factLinkActivated(const QString &key);
    /** The learner asked for the fact's page in the Notes. */
    void noteLinkActivated(const QString &key);
    /** The learner asked for a card's history. */
    void cardInfoRequested(qint64 cardId);
    /** The learner asked to edit the entry. */
    void editRequested(qint64 factId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QString m_key;
    Fact m_fact;
    QList<Fact> m_all;
    QList<CardInfo> m_cards;
    QDateTime m_now;
    QString m_message;
};
