#pragma once

#include "answerchecker.h"
#include "cardtext.h"
#include "deckstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>

/** What a quiz question asks for. */
enum class QuestionStyle {
    MultipleChoice,
    Typed,
    PortRange,
    Firewall, ///< a rule table for a scenario (services/quizsession.h holds it)
    Board,    ///< a matching board (services/quizsession.h holds it)
};

/** How a typed answer is judged. */
enum class TypedCheck {
    Card,           ///< against the card asked (AnswerChecker::checkCard)
    ProtocolOnPort, ///< a protocol on QuizQuestion::port (a capture line's server port)
    Ports,          ///< exactly QuizQuestion::ports, with their transports (troubleshooting)
};

/** One quiz question, ready to show and to check. */
struct QuizQuestion
{
    QuestionStyle style = QuestionStyle::MultipleChoice;
    qint64 cardId = 0;       ///< the card the answer is logged against
    qint64 factId = 0;       ///< the fact it is about (0 for a port-range question)
    CardInfo card;           ///< MultipleChoice and Typed: the card asked
    int port = -1;           ///< PortRange: the port to classify
    QString prompt;
    QStringList options;     ///< MultipleChoice: four; PortRange: the three classes
    int correctOption = -1;  ///< index into options
    QString answer;          ///< the right answer, as shown after answering
    QString explanation;     ///< a line of context shown with the answer
    // Performance-based drills.
    TypedCheck check = TypedCheck::Card;
    QString exhibit;         ///< capture lines, shown in a fixed-width font above the prompt
    QList<PortSpec> ports;   ///< TypedCheck::Ports: what the answer must name
    QStringList factKeys;    ///< the entries a drill is about: its practice is logged on their cards
};

/**
 * Makes quiz questions from the deck's cards. Multiple choice offers four options: the right
 * one and three plausible distractors (same transport, neighbouring port numbers, the same
 * topic, the secure or insecure twin), never a second right answer and never a duplicate.
 * Port ranges ask to classify a number as IANA well-known, registered or dynamic, with the edge
 * cases and the common ports that the "1024–65535 are ephemeral" shortcut gets wrong.
 */
class QuestionFactory
{
    Q_DECLARE_TR_FUNCTIONS(QuestionFactory)

public:
    QuestionFactory(const QList<Fact> &facts, quint32 seed);

    /** Whether @p card can be asked as multiple choice (concept cards cannot). */
    bool supportsMultipleChoice(const CardInfo &card) const;
    QuizQuestion multipleChoice(const CardInfo &card);
    QuizQuestion typed(const CardInfo &card) const;
    /** Classify @p port; @p cardId is the card logged for it (the range's concept card). */
    QuizQuestion portRange(int port, qint64 cardId) const;
    /** @p count ports to classify: edges (0, 1023, 1024, 49151, 49152, 65535) and traps first. */
    QList<int> rangePorts(int count);

    const CardTexts &texts() const { return m_texts; }
    const AnswerChecker &checker() const { return m_checker; }

private:
    QStringList distractorFacts(const Fact &subject, const QSet<qint64> &exclude, int count,
                                const std::function<QString(const Fact &)> &label);

    QList<Fact> m_facts;
    CardTexts m_texts;
    AnswerChecker m_checker;
    QRandomGenerator m_random;
};
