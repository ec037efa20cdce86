#include "matchingboard.h"

#include "seededshuffle.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

QString MatchingBoard::prompt() const
{
    return kind == BoardKind::PortsToProtocols ? tr("Match each port to the protocol that uses it.")
                                               : tr("Match each insecure protocol to the secure protocol that replaces it.");
}

BoardGrade MatchingBoard::grade(const QList<int> &assignment) const
{
    BoardGrade g;
    g.total = int(left.size());
    for (int i = 0; i < left.size(); ++i) {
        const int given = i < assignment.size() ? assignment.at(i) : -1;
        const bool right = given == solution.at(i);
        g.correct.append(right);
        if (right) {
            ++g.right;
            continue;
        }
        const QString match = this->right.at(solution.at(i));
        if (given < 0 || given >= this->right.size())
            g.explanations << tr("%1 was left without a match: it is %2.").arg(left.at(i), match);
        else if (kind == BoardKind::PortsToProtocols)
            g.explanations << tr("%1 is %2, not %3.").arg(left.at(i), match, this->right.at(given));
        else
            g.explanations << tr("%1 is replaced by %2, not %3.").arg(left.at(i), match, this->right.at(given));
    }
    g.verdict = g.right == g.total && g.total > 0 ? Verdict::Correct : g.right > 0 ? Verdict::Partial : Verdict::Wrong;
    return g;
}

MatchingBoard MatchingBoard::generate(const QList<Fact> &facts, quint32 seed, BoardKind kind)
{
    MatchingBoard b;
    b.kind = kind;
    b.seed = seed;
    QRandomGenerator random(seed * 4u + quint32(kind) + 1u);
    QList<const Fact *> pool;
    for (const Fact &f : facts) {
        if (f.kind == FactKind::Protocol && !f.currentPortNumbers().isEmpty())
            pool.append(&f);
    }
    seededShuffle(pool, random);
    QList<std::pair<const Fact *, QString>> pairs; // the left item's entry, and what its label says

    if (kind == BoardKind::PortsToProtocols) {
        QList<const Fact *> chosen;
        QList<PortSpec> shown;
        for (const Fact *f : std::as_const(pool)) {
            if (chosen.size() == kPairs)
                break;
            QList<PortSpec> ports;
            for (const PortSpec &p : f->ports)
                if (!p.legacy)
                    ports.append(p);
            const PortSpec port = ports.at(random.bounded(int(ports.size())));
            // Its port is no other chosen entry's, and no chosen port is one of its own.
            const bool clash = std::any_of(chosen.cbegin(), chosen.cend(), [&](const Fact *c) { return c->hasPort(port.port); })
                               || std::any_of(shown.cbegin(), shown.cend(), [&](const PortSpec &p) { return f->hasPort(p.port); })
                               || std::any_of(chosen.cbegin(), chosen.cend(), [&](const Fact *c) { return c->name == f->name; });
            if (clash)
                continue;
            chosen.append(f);
            shown.append(port);
            pairs.append({f, QStringLiteral("%1 %2").arg(transportName(port.transport)).arg(port.port)});
        }
        for (const Fact *f : std::as_const(chosen)) {
            b.rightKeys.append(f->key);
            b.right.append(f->name);
        }
    } else {
        QHash<QString, const Fact *> byKey;
        for (const Fact &f : facts)
            byKey.insert(f.key, &f);
        QList<const Fact *> lefts;
        QList<const Fact *> rights;
        for (const Fact *f : std::as_const(pool)) {
            if (lefts.size() == kPairs)
                break;
            if (f->security != Security::No || f->secureCounterparts.isEmpty())
                continue;
            // A counterpart no chosen entry shares, and this entry's counterparts none chosen yet.
            const bool sharesChosen = std::any_of(rights.cbegin(), rights.cend(),
                                                  [&](const Fact *r) { return f->secureCounterparts.contains(r->key); });
            if (sharesChosen)
                continue;
            QStringList counterparts = f->secureCounterparts;
            seededShuffle(counterparts, random);
            for (const QString &key : std::as_const(counterparts)) {
                const Fact *twin = byKey.value(key);
                if (!twin || std::any_of(lefts.cbegin(), lefts.cend(),
                                         [&](const Fact *l) { return l->secureCounterparts.contains(key); }))
                    continue;
                lefts.append(f);
                rights.append(twin);
                pairs.append({f, f->name});
                break;
            }
        }
        for (const Fact *r : std::as_const(rights)) {
            b.rightKeys.append(r->key);
            b.right.append(r->name);
        }
    }
    if (pairs.size() < kMinPairs)
        return MatchingBoard{kind, seed, {}, {}, {}, {}, {}};
    QList<int> order(pairs.size());
    std::iota(order.begin(), order.end(), 0);
    seededShuffle(order, random);
    QStringList right;
    QStringList rightKeys;
    for (int i : std::as_const(order)) {
        right.append(b.right.at(i));
        rightKeys.append(b.rightKeys.at(i));
    }
    for (int i = 0; i < pairs.size(); ++i) {
        b.left.append(pairs.at(i).second);
        b.leftKeys.append(pairs.at(i).first->key);
        b.solution.append(int(order.indexOf(i)));
    }
    b.right = right;
    b.rightKeys = rightKeys;
    return b;
}
