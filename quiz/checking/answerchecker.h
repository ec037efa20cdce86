#pragma once

#include "card.h"
#include "fact.h"
#include "functionmeaning.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

/** The verdict on one typed answer, with what was expected and a sentence for the learner. */
struct CheckResult
{
    Verdict verdict = Verdict::Wrong;
    QStringList expected;  ///< the right answer(s), as the learner would write them
    QString feedback;      ///< why, in the learner's language ("Also 20: data (active mode).")
    QStringList missing;   ///< parts of the answer that were left out (ports, protocols)
};

/** What the learner asked to be checked against, as portdeck-cli grade names it. */
enum class QuestionKind {
    Port,      ///< subject: a protocol; which port(s)?
    Protocol,  ///< subject: a port ("22", "tcp/22"); which protocol?
    Name,      ///< subject: a protocol, described by its function; which protocol is it?
    Transport, ///< subject: a protocol; TCP, UDP or both?
    Function,  ///< subject: a protocol; what does it do? (judged by meaning: FunctionMeaning)
    Secure,    ///< subject: an insecure protocol; what replaces it?
    Range,     ///< subject: a port number; well-known, registered or dynamic?
};

/**
 * Judges typed answers the way a teacher would: "22", "tcp/22", "22/TCP", "port 22" and
 * "TCP 22" all mean 22; several ports in any order with any separator; one of FTP's two
 * ports is partly right and the verdict says which is missing; protocol names in any case,
 * by full name or alias, with a small typo forgiven (never in a number); every protocol on a
 * shared port is right. Any input — empty, huge, "-1", "99999", other scripts' digits, SQL —
 * gets a verdict, never an exception. One checker is for one thread: it reads what the
 * entries' function lines mean on first use.
 */
class AnswerChecker
{
    Q_DECLARE_TR_FUNCTIONS(AnswerChecker)

public:
    explicit AnswerChecker(const QList<Fact> &facts = {});
    void setFacts(const QList<Fact> &facts);
    const QList<Fact> &facts() const { return m_facts; }

    CheckResult checkPort(const Fact &fact, const QString &answer) const;
    CheckResult checkProtocolOnPort(int port, const QString &answer) const;
    CheckResult checkName(const Fact &fact, const QString &answer) const;
    CheckResult checkTransport(const Fact &fact, const QString &answer) const;
    CheckResult checkFunction(const Fact &fact, const QString &answer) const;
    CheckResult checkSecure(const Fact &fact, const QString &answer) const;
    CheckResult checkRange(int port, const QString &answer) const;
    /**
     * Judges a list of ports with transports, as a troubleshooting question asks for what a
     * firewall must pass: every one of @p required named with its transport (one transport
     * word for the whole answer counts for every port), and nothing else. Missing ports or a
     * port without its transport are partly right; a port that is not needed is said.
     */
    CheckResult checkPorts(const QList<PortSpec> &required, const QString &answer) const;

    /** Judges @p answer to @p card (Basic cards cannot be checked: std::nullopt). */
    std::optional<CheckResult> checkCard(const CardInfo &card, const QString &answer) const;
    /** The same for a named question kind and subject, as portdeck-cli grade takes them. */
    std::optional<CheckResult> check(QuestionKind kind, const QString &subject,
                                     const QString &answer, QString *error) const;

    /**
     * The fact a typed name means: exact name, full name or alias first, then the same words
     * in any order, then one typo.
     */
    const Fact *factNamed(const QString &text) const;
    /** Port class of @p port per IANA: 0 well-known, 1 registered, 2 dynamic. */
    static int portClass(int port);
    /** "registered (1024–49151)": the class with its bounds. */
    static QString portClassName(int cls);
    /** "registered": the class alone, as an option that does not give the bounds away. */
    static QString portClassWord(int cls);

private:
    /** Why SMTPS for 465 is partly right: one sentence for every card that meets it. */
    static QString smtpsOn465();
    QList<const Fact *> factsNamed(const QString &text, bool allowTypos) const;
    /**
     * The facts whose name, full name or an alias has the answer's words in any order,
     * filler and numbers aside: "secure http" and "http secure" are HTTPS, "SQL Server 1433"
     * is SQL Server, "trivial ftp" is TFTP.
     */
    QList<const Fact *> factsByWords(const QString &text) const;
    /** The facts an answer names: as a whole, by its words, without noise, or piece by piece. */
    QList<const Fact *> factsInAnswer(const QString &answer) const;
    QList<Fact> m_facts;
    /** Per fact, the word sets of its names; made on the first answer that needs them, not in
     *  setFacts: a page that holds a checker for 20,000 entries may never check an answer. */
    const QList<QList<QSet<QString>>> &nameWordsOfFacts() const;
    mutable std::shared_ptr<const QList<QList<QSet<QString>>>> m_nameWords;
    /** What each fact does, from its function line and tags. */
    struct Meanings
    {
        QList<FunctionMeaning> ofFact;   ///< in m_facts' order
    };
    /** Read on the first function question, not in setFacts: no card of the deck asks one. */
    const Meanings &meanings() const;
    mutable std::shared_ptr<const Meanings> m_meanings;

    /** The function judged by words alone: for an entry whose line says nothing the lexicon knows. */
    CheckResult checkFunctionWords(const Fact &fact, const QString &answer) const;
};

bool parseQuestionKind(const QString &text, QuestionKind *out);
