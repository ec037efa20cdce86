#pragma once

#include "fact.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/** What a board pairs. */
enum class BoardKind {
    PortsToProtocols,  ///< "TCP 443" with HTTPS
    ProtocolsToSecure, ///< Telnet with SSH
};

/** A board as graded: which pairs were right, and why the others were not. */
struct BoardGrade
{
    int right = 0;
    int total = 0;
    Verdict verdict = Verdict::Wrong;
    QList<bool> correct;       ///< one a left item
    QStringList explanations;  ///< one a wrong or empty pair
};

/**
 * A matching board: up to eight items on the left, as many choices on the right, each choice
 * the match of exactly one item. Ports to protocols shows each protocol with one of its ports
 * that no other protocol on the board uses; protocols to secure twins picks insecure entries
 * whose secure counterpart is the counterpart of no other entry on the board. Graded pair by
 * pair, so half a board is half the points.
 */
struct MatchingBoard
{
    Q_DECLARE_TR_FUNCTIONS(MatchingBoard)

public:
    static constexpr int kPairs = 8;
    static constexpr int kMinPairs = 4;

    BoardKind kind = BoardKind::PortsToProtocols;
    quint32 seed = 0;
    QStringList left;      ///< "TCP 443" or "Telnet"
    QStringList right;     ///< the choices, shuffled
    QList<int> solution;   ///< for each left item, the index of its match in right
    QStringList leftKeys;  ///< the entries, for logging and the explanation
    QStringList rightKeys;

    bool isValid() const { return left.size() >= kMinPairs; }
    QString prompt() const;
    /** @p assignment: for each left item, an index into right, or -1 when left empty. */
    BoardGrade grade(const QList<int> &assignment) const;

    static MatchingBoard generate(const QList<Fact> &facts, quint32 seed, BoardKind kind);
};
