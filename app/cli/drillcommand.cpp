#include "drillcommand.h"

#include "answerchecker.h"
#include "deck.h"
#include "deckstore.h"
#include "firewallgrade.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

int fail(int code, const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("portdeck-cli: ") + text + QLatin1Char('\n')), stderr);
    return code;
}

QString useKey(FirewallGrade::RuleUse use)
{
    switch (use) {
    case FirewallGrade::RuleUse::Needed: return QStringLiteral("needed");
    case FirewallGrade::RuleUse::TooBroad: return QStringLiteral("too_broad");
    case FirewallGrade::RuleUse::NotAsked: return QStringLiteral("not_asked");
    case FirewallGrade::RuleUse::OpensClosed: return QStringLiteral("opens_closed");
    case FirewallGrade::RuleUse::Blocks: return QStringLiteral("blocks_needed");
    case FirewallGrade::RuleUse::NeverDecides: return QStringLiteral("never_decides");
    case FirewallGrade::RuleUse::Harmless: break;
    }
    return QStringLiteral("harmless");
}

/** The rule table of @p path: a JSON array of rule objects or typed lines. */
std::optional<QList<FirewallRule>> readRules(const QString &path, const AnswerChecker &checker, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(1 << 20); // a table is a few hundred bytes
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonArray array = doc.isObject() ? doc.object().value(QStringLiteral("rules")).toArray() : doc.array();
    if (doc.isNull() || (!doc.isArray() && !doc.object().value(QStringLiteral("rules")).isArray())) {
        *error = doc.isNull() ? QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                                    .arg(QDir::toNativeSeparators(path), parseError.errorString())
                                    .arg(parseError.offset)
                              : QStringLiteral("%1 holds no array of rules").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (array.size() > 100) {
        *error = QStringLiteral("%1 holds %2 rules; a table has at most 100").arg(QDir::toNativeSeparators(path)).arg(array.size());
        return std::nullopt;
    }
    QList<FirewallRule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        QString why;
        if (v.isString()) {
            const QList<FirewallRule> parsed = FirewallRule::parse(v.toString(), checker, &why);
            if (parsed.isEmpty()) {
                *error = QStringLiteral("rule %1: %2").arg(i + 1).arg(why);
                return std::nullopt;
            }
            rules += parsed;
        } else if (v.isObject()) {
            const std::optional<FirewallRule> rule = FirewallRule::fromJson(v.toObject(), &why);
            if (!rule) {
                *error = QStringLiteral("rule %1: %2").arg(i + 1).arg(why);
                return std::nullopt;
            }
            rules.append(*rule);
        } else {
            *error = QStringLiteral("rule %1 is neither an object nor a line of text").arg(i + 1);
            return std::nullopt;
        }
    }
    return rules;
}

} // namespace

int runDrillCommand(const QString &dataDir, const QString &kind, const QString &seedText, const QString &levelText,
                    const QString &rulesPath)
{
    if (kind != QLatin1String("firewall"))
        return fail(Usage, QStringLiteral("usage: drill firewall --seed N [--level 1-3] [--grade RULES.json]"));
    bool ok = false;
    const qulonglong seed = seedText.toULongLong(&ok);
    if (!ok || seed > 0xffffffffULL)
        return fail(Usage, QStringLiteral("--seed takes a whole number from 0 to 4294967295"));
    int level = 2;
    if (!levelText.isEmpty()) {
        level = levelText.toInt(&ok);
        if (!ok || level < 1 || level > FirewallScenario::kLevels)
            return fail(Usage, QStringLiteral("--level takes 1, 2 or 3"));
    }
    // The learner's entries when there is a collection; else the built-in deck's.
    QList<Fact> facts;
    DeckStore store;
    if (QFile::exists(QDir(dataDir).filePath(QStringLiteral("portdeck.sqlite")))) {
        if (store.open(dataDir, DeckStore::Mode::ReadOnly) != DeckStore::Status::Ok)
            return fail(Failure, store.errorString());
        facts = store.facts();
    } else {
        for (const DeckFact &f : Deck::builtin().facts)
            facts.append(f.fact);
    }
    const FirewallScenario scenario = FirewallScenario::generate(facts, quint32(seed), level);
    if (!scenario.isValid())
        return fail(Failure, QStringLiteral("the collection has no protocol with a port to make a scenario from"));
    QJsonObject out = scenario.toJson();
    if (!rulesPath.isEmpty()) {
        const AnswerChecker checker(facts);
        QString error;
        const std::optional<QList<FirewallRule>> rules = readRules(rulesPath, checker, &error);
        if (!rules)
            return fail(Failure, error);
        const FirewallGrade grade = FirewallGrade::grade(scenario, *rules);
        QJsonArray ruleRows;
        for (qsizetype i = 0; i < rules->size(); ++i)
            ruleRows.append(QJsonObject{{QStringLiteral("rule"), rules->at(i).toText()},
                                        {QStringLiteral("use"), useKey(grade.uses.at(i))},
                                        {QStringLiteral("note"), grade.ruleNotes.at(i)}});
        out = QJsonObject{{QStringLiteral("seed"), double(scenario.seed)},
                          {QStringLiteral("level"), scenario.level},
                          {QStringLiteral("points"), grade.points},
                          {QStringLiteral("max_points"), grade.maxPoints},
                          {QStringLiteral("verdict"), verdictKey(grade.verdict)},
                          {QStringLiteral("missing"), Flow::toJson(grade.missing)},
                          {QStringLiteral("opened_closed"), Flow::toJson(grade.openedClosed)},
                          {QStringLiteral("rules"), ruleRows},
                          {QStringLiteral("explanations"), QJsonArray::fromStringList(grade.explanations)}};
    }
    const QByteArray bytes = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return Ok;
}
