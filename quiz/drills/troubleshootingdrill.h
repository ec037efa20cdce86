#pragma once

#include "questionfactory.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

/**
 * Troubleshooting questions: a new firewall broke two or three services, told by what the
 * users see; which ports, with their transports, must it pass? Made from the collection's
 * protocols (a symptom sentence for the common ones, the entry's function line for the rest),
 * never two that share a port, and judged by AnswerChecker::checkPorts.
 */
class TroubleshootingDrill
{
    Q_DECLARE_TR_FUNCTIONS(TroubleshootingDrill)

public:
    explicit TroubleshootingDrill(const QList<Fact> &facts);

    std::optional<QuizQuestion> make(quint32 seed) const;
    /** What users notice when @p fact's traffic is blocked. */
    static QString symptom(const Fact &fact);

private:
    QList<const Fact *> m_candidates;
    QList<Fact> m_facts;
};
