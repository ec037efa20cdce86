#pragma once

#include "firewallscenario.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/**
 * A rule table graded against a scenario, rule by rule. Every flow a need stands for earns two
 * points when the table allows it. A service to keep closed that the table opens costs two, a
 * rule that opens more than is needed ("allow tcp any out") two, and a rule that opens only
 * what nobody asked for one. Full marks only for a table that opens exactly the needs' flows.
 */
struct FirewallGrade
{
    Q_DECLARE_TR_FUNCTIONS(FirewallGrade)

public:
    /** What one of the learner's rules did. */
    enum class RuleUse { Needed, TooBroad, NotAsked, OpensClosed, Blocks, NeverDecides, Harmless };

    int points = 0;
    int maxPoints = 0;
    Verdict verdict = Verdict::Wrong;
    QList<Flow> missing;        ///< needed flows the table does not allow
    QList<Flow> openedClosed;   ///< flows of services to keep closed that it allows
    QList<RuleUse> uses;        ///< one a rule of the table, in its order
    QStringList ruleNotes;      ///< one a rule: what it did, in words
    QStringList explanations;   ///< one sentence a difference from the intended table

    static FirewallGrade grade(const FirewallScenario &scenario, const QList<FirewallRule> &rules);
};
