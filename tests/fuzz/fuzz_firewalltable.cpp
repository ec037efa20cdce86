// A firewall rule table as portdeck-cli drill firewall --grade reads it: a JSON array of rule
// objects or typed lines, or lines as the Quiz page reads them; then graded against a scenario.
// Also capture lines, which must read back to themselves once read.
#include "answerchecker.h"
#include "captureline.h"
#include "deck.h"
#include "firewallgrade.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static QList<Fact> facts;
static AnswerChecker *checker = nullptr;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzinput::startQt(argc, argv);
    for (const DeckFact &f : Deck::builtin().facts)
        facts.append(f.fact);
    checker = new AnswerChecker(facts);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(std::min<size_t>(size, 1 << 16)));
    const QString text = fuzzinput::text(data, size);
    QList<FirewallRule> rules;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array()) {
            QString error;
            if (v.isObject()) {
                const std::optional<FirewallRule> rule = FirewallRule::fromJson(v.toObject(), &error);
                if (!rule && error.isEmpty())
                    __builtin_trap(); // refused without saying why
                if (rule)
                    rules.append(*rule);
            }
        }
    }
    for (const QString &line : text.split(QLatin1Char('\n')).mid(0, 40)) {
        QString error;
        const QList<FirewallRule> parsed = FirewallRule::parse(line, *checker, &error);
        if (parsed.isEmpty() == error.isEmpty())
            __builtin_trap(); // a rule and an error, or neither
        for (const FirewallRule &rule : parsed) {
            // What a rule prints reads back as the same rule.
            QString again;
            const QList<FirewallRule> back = FirewallRule::parse(rule.toText(), *checker, &again);
            if (back.size() != 1 || back.constFirst().toText() != rule.toText())
                __builtin_trap();
        }
        rules += parsed;
        if (const std::optional<CaptureLine> capture = CaptureLine::parse(line)) {
            const std::optional<CaptureLine> back = CaptureLine::parse(capture->toText());
            if (!back || !(*back == *capture))
                __builtin_trap();
        }
    }
    // Wide rules cost the grader a pass over their flows: keep a table to what a learner writes.
    const FirewallScenario scenario = FirewallScenario::generate(facts, quint32(size), 1 + int(size % 3));
    const FirewallGrade grade = FirewallGrade::grade(scenario, rules.mid(0, 8));
    if (grade.points < 0 || grade.points > grade.maxPoints || grade.uses.size() != qMin(rules.size(), qsizetype(8)))
        __builtin_trap();
    return 0;
}
