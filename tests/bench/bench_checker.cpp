// The answer checker as a learner meets it: the verdict on a typed answer must come at once,
// and a collection's entries are read once when a session starts. Prints p50/p99 of
// AnswerChecker::setFacts for the built-in deck and for the deck with 2,000 own entries, of the
// first function question (which reads every entry's function line), and of
// checking every card of the deck with its right answer and with a wrong one, and of judging
// function descriptions by meaning. Goals: an answer under 1 ms at p99; setFacts with 2,000 own
// entries under 100 ms. Run: scripts/bench (or build/tests/bench/bench_checker).
#include "answerchecker.h"
#include "cardtemplates.h"
#include "deck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<double> times, double p)
{
    std::sort(times.begin(), times.end());
    return times.isEmpty() ? 0 : times.at(std::min<qsizetype>(times.size() - 1, qsizetype(p * times.size())));
}

void report(const char *what, const QList<double> &times, double goalMs)
{
    const double p99 = percentile(times, 0.99);
    std::printf("%-48s n=%5lld  p50 %8.3f ms  p99 %8.3f ms  goal %6.1f ms  %s\n", what, static_cast<long long>(times.size()),
                percentile(times, 0.5), p99, goalMs, p99 <= goalMs ? "ok" : "MISSED");
}

QList<Fact> builtinFacts()
{
    QList<Fact> facts;
    qint64 id = 1;
    for (const DeckFact &df : Deck::builtin().facts) {
        facts.append(df.fact);
        facts.last().id = id++;
    }
    return facts;
}

QList<Fact> withOwnEntries(QList<Fact> facts, int count)
{
    static const char *const jobs[] = {"Moves backup images between storage nodes", "Streams sensor readings to a collector",
                                       "Hands out licence tokens to desktop clients", "Synchronizes inventory records nightly"};
    for (int i = 0; i < count; ++i) {
        Fact f;
        f.id = facts.size() + 1;
        f.key = QStringLiteral("own-service-%1").arg(i);
        f.kind = FactKind::Protocol;
        f.name = QStringLiteral("Service %1").arg(i);
        f.fullName = QStringLiteral("Company Service Number %1").arg(i);
        f.ports = {{20000 + i, i % 2 ? Transport::Udp : Transport::Tcp, QString()}};
        f.security = i % 3 ? Security::No : Security::Yes;
        f.function = QString::fromLatin1(jobs[i % 4]);
        f.own = true;
        facts.append(f);
    }
    return facts;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QList<Fact> facts = builtinFacts();
    const QList<Fact> large = withOwnEntries(facts, 2000);

    QList<double> builtinSetup;
    QList<double> largeSetup;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer t;
        t.start();
        AnswerChecker checker(facts);
        builtinSetup.append(t.nsecsElapsed() / 1e6);
        t.restart();
        AnswerChecker big(large);
        largeSetup.append(t.nsecsElapsed() / 1e6);
    }
    report("setFacts, built-in deck", builtinSetup, 20);
    report("setFacts, built-in deck + 2,000 own entries", largeSetup, 100);

    // The first function question reads what every entry's function line means (no card of the
    // deck asks one; portdeck-cli grade function does).
    QList<double> firstFunction;
    for (int run = 0; run < 11; ++run) {
        const AnswerChecker big(large);
        QElapsedTimer t;
        t.start();
        big.checkFunction(large.constFirst(), QStringLiteral("moves files between client and server"));
        firstFunction.append(t.nsecsElapsed() / 1e6);
    }
    report("first function question, + 2,000 own entries", firstFunction, 500);

    // Every card of the deck, answered right (its own expected answer) and wrong.
    const AnswerChecker checker(facts);
    QList<double> right;
    QList<double> wrong;
    for (int round = 0; round < 5; ++round) {
        for (const CardSpec &spec : generateCards(Deck::builtin())) {
            if (spec.tmpl == CardTemplate::Basic)
                continue;
            CardInfo card;
            card.tmpl = spec.tmpl;
            card.variant = spec.variant;
            for (const Fact &f : facts) {
                if (f.key == spec.factKey)
                    card.factId = f.id;
            }
            const QString answer = checker.checkCard(card, QString())->expected.join(QStringLiteral(" or "));
            QElapsedTimer t;
            t.start();
            checker.checkCard(card, answer);
            right.append(t.nsecsElapsed() / 1e6);
            t.restart();
            checker.checkCard(card, QStringLiteral("I think it is the one that resolves names over UDP 53, not TCP"));
            wrong.append(t.nsecsElapsed() / 1e6);
        }
    }
    report("a card, its right answer", right, 1);
    report("a card, a long wrong answer", wrong, 1);

    // Descriptions judged by meaning, against every entry.
    const QStringList descriptions{QStringLiteral("hands out IP addresses automatically"),
                                   QStringLiteral("downloads mail and deletes it from the server"),
                                   QStringLiteral("connectionless best-effort delivery"),
                                   QStringLiteral("secure file transfer over SSH")};
    QList<double> function;
    for (int round = 0; round < 5; ++round) {
        for (const Fact &f : facts) {
            for (const QString &d : descriptions) {
                QElapsedTimer t;
                t.start();
                checker.checkFunction(f, d);
                function.append(t.nsecsElapsed() / 1e6);
            }
        }
    }
    report("a function description, by meaning", function, 1);
    return 0;
}
