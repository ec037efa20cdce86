#pragma once

#include "card.h"
#include "fact.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/** What a card shows: the question, the answer, and a line of context under the answer. */
struct CardText
{
    QString question;
    QString answer;
    QString detail;
};

/**
 * Renders cards into text in the learner's language (context "CardText"), from the facts
 * they belong to. Port→protocol cards name every protocol on the port, so TCP 22 answers
 * "SSH or SFTP".
 */
class CardTexts
{
    Q_DECLARE_TR_FUNCTIONS(CardTexts)

public:
    explicit CardTexts(const QList<Fact> &facts = {});

    void setFacts(const QList<Fact> &facts);
    const QList<Fact> &facts() const { return m_facts; }
    CardText render(const CardInfo &card) const;
    const Fact *fact(qint64 id) const;
    const Fact *factByKey(const QString &key) const;
    /** Facts on @p port in deck order (ranges excluded). */
    QList<const Fact *> factsOnPort(int port) const;

    /** "TCP 20, 21" / "UDP 53, TCP 53" style summary of a fact's ports. */
    static QString portsLine(const Fact &fact);

private:
    QList<Fact> m_facts;
    QHash<qint64, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byKey;
};
