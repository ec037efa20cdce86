#include "deck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr int kSupportedFormat = 1;

const QStringList &knownTags()
{
    static const QStringList tags = {
        QStringLiteral("file"),      QStringLiteral("mail"),      QStringLiteral("web"),
        QStringLiteral("remote"),    QStringLiteral("naming"),    QStringLiteral("directory"),
        QStringLiteral("time"),      QStringLiteral("management"), QStringLiteral("logging"),
        QStringLiteral("voice"),     QStringLiteral("auth"),      QStringLiteral("database"),
        QStringLiteral("windows"),   QStringLiteral("tunnel"),    QStringLiteral("vpn"),
        QStringLiteral("config"),    QStringLiteral("transport"), QStringLiteral("multicast"),
        QStringLiteral("range"),     QStringLiteral("traffic")};
    return tags;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

// Fields named "<field>_<lang>" hold translations, e.g. "function_de".
void readTranslations(const QJsonObject &obj, const QString &field, const QString &targetField,
                      Translations *out)
{
    const QString prefix = field + QLatin1Char('_');
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.key().startsWith(prefix) && it.key().size() == prefix.size() + 2) {
            const QString text = it.value().toString();
            if (!text.isEmpty())
                (*out)[it.key().mid(prefix.size())][targetField] = text;
        }
    }
}

bool readFact(const QJsonObject &obj, int position, DeckFact *out, QString *error)
{
    Fact &f = out->fact;
    f.key = obj.value(QLatin1String("key")).toString();
    const QString where = f.key.isEmpty() ? QStringLiteral("fact #%1").arg(position + 1)
                                          : QStringLiteral("fact '%1'").arg(f.key);
    if (f.key.isEmpty()) {
        *error = QStringLiteral("%1 has no key").arg(where);
        return false;
    }
    if (!parseFactKind(obj.value(QLatin1String("kind")).toString(), &f.kind)) {
        *error = QStringLiteral("%1 has an unknown kind").arg(where);
        return false;
    }
    if (!parseSecurity(obj.value(QLatin1String("secure")).toString(), &f.security)) {
        *error = QStringLiteral("%1 has an unknown 'secure' value").arg(where);
        return false;
    }
    f.name = obj.value(QLatin1String("name")).toString();
    f.fullName = obj.value(QLatin1String("full_name")).toString();
    f.aliases = stringList(obj.value(QLatin1String("aliases")));
    f.secureCounterparts = stringList(obj.value(QLatin1String("secure_counterparts")));
    f.function = obj.value(QLatin1String("function")).toString();
    f.tags = stringList(obj.value(QLatin1String("tags")));
    f.objective = obj.value(QLatin1String("objective")).toBool();
    f.note = obj.value(QLatin1String("note")).toString();
    f.position = position;
    readTranslations(obj, QStringLiteral("function"), QStringLiteral("function"),
                     &out->translations);

    const QJsonValue ipProtocol = obj.value(QLatin1String("ip_protocol"));
    f.ipProtocol = ipProtocol.isDouble() ? ipProtocol.toInt(-1) : -1;
    const QJsonArray range = obj.value(QLatin1String("range")).toArray();
    if (!range.isEmpty()) {
        if (range.size() != 2 || !range.at(0).isDouble() || !range.at(1).isDouble()) {
            *error = QStringLiteral("%1 has a malformed range").arg(where);
            return false;
        }
        f.rangeLow = range.at(0).toInt(-1);
        f.rangeHigh = range.at(1).toInt(-1);
    }

    const QJsonArray ports = obj.value(QLatin1String("ports")).toArray();
    for (const QJsonValue &pv : ports) {
        const QJsonObject po = pv.toObject();
        PortSpec p;
        const QJsonValue number = po.value(QLatin1String("port"));
        if (!number.isDouble()) {
            *error = QStringLiteral("%1 has a port without a number").arg(where);
            return false;
        }
        p.port = number.toInt(-1);
        if (!parseTransport(po.value(QLatin1String("transport")).toString(), &p.transport)) {
            *error = QStringLiteral("%1 has a port with an unknown transport").arg(where);
            return false;
        }
        p.role = po.value(QLatin1String("role")).toString();
        p.legacy = po.value(QLatin1String("legacy")).toBool();
        f.ports.append(p);
        readTranslations(po, QStringLiteral("role"), roleField(p), &out->translations);
    }
    return true;
}

} // namespace

QString roleField(const PortSpec &port)
{
    return QStringLiteral("role:%1/%2").arg(port.port).arg(transportName(port.transport).toLower());
}

Deck Deck::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    const QJsonObject root = doc.object();
    Deck deck;
    deck.format = root.value(QLatin1String("format")).toInt();
    deck.version = root.value(QLatin1String("version")).toInt();
    if (deck.format != kSupportedFormat) {
        *error = QStringLiteral("unsupported deck format %1 (this Portdeck reads format %2)")
                     .arg(deck.format)
                     .arg(kSupportedFormat);
        return {};
    }
    if (deck.version < 1) {
        *error = QStringLiteral("the deck has no version");
        return {};
    }
    const QJsonArray facts = root.value(QLatin1String("facts")).toArray();
    for (int i = 0; i < facts.size(); ++i) {
        DeckFact fact;
        if (!readFact(facts.at(i).toObject(), i, &fact, error))
            return {};
        deck.facts.append(fact);
    }
    const QJsonArray cards = root.value(QLatin1String("cards")).toArray();
    for (const QJsonValue &cv : cards) {
        const QJsonObject co = cv.toObject();
        DeckCard card;
        card.key = co.value(QLatin1String("key")).toString();
        card.factKey = co.value(QLatin1String("fact")).toString();
        card.question = co.value(QLatin1String("question")).toString();
        card.answer = co.value(QLatin1String("answer")).toString();
        readTranslations(co, QStringLiteral("question"), QStringLiteral("question"),
                         &card.translations);
        readTranslations(co, QStringLiteral("answer"), QStringLiteral("answer"),
                         &card.translations);
        deck.cards.append(card);
    }
    error->clear();
    return deck;
}

Deck Deck::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return fromJson(file.readAll(), error);
}

const Deck &Deck::builtin()
{
    static const Deck deck = [] {
        QString error;
        Deck d = fromFile(QStringLiteral(":/deck/deck.json"), &error);
        if (error.isEmpty()) {
            const QStringList problems = d.validate();
            if (!problems.isEmpty())
                error = problems.join(QStringLiteral("; "));
        }
        if (!error.isEmpty()) {
            // The built-in deck is compiled in and tested; this only fires on a broken build.
            std::fprintf(stderr, "portdeck: the built-in deck is broken: %s\n", qPrintable(error));
            std::abort();
        }
        return d;
    }();
    return deck;
}

const DeckFact *Deck::findFact(const QString &key) const
{
    for (const DeckFact &f : facts) {
        if (f.fact.key == key)
            return &f;
    }
    return nullptr;
}

QStringList Deck::factProblems(const Fact &f)
{
    QStringList problems;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!keyPattern.match(f.key).hasMatch())
        problems.append(QStringLiteral("fact key '%1' is not of the form [a-z0-9-]").arg(f.key));
    if (f.name.trimmed().isEmpty() || f.function.trimmed().isEmpty())
        problems.append(QStringLiteral("fact '%1' lacks a name or function").arg(f.key));
    for (const PortSpec &p : f.ports) {
        if (p.port < 0 || p.port > 65535)
            problems.append(QStringLiteral("fact '%1' has port %2, outside 0–65535")
                                .arg(f.key)
                                .arg(p.port));
    }
    for (int i = 0; i < f.ports.size(); ++i) {
        for (int j = i + 1; j < f.ports.size(); ++j) {
            if (f.ports.at(i).port == f.ports.at(j).port
                && f.ports.at(i).transport == f.ports.at(j).transport)
                problems.append(QStringLiteral("fact '%1' lists %2/%3 twice")
                                    .arg(f.key, transportName(f.ports.at(i).transport))
                                    .arg(f.ports.at(i).port));
        }
    }
    switch (f.kind) {
    case FactKind::Protocol:
        if (f.ports.isEmpty())
            problems.append(QStringLiteral("protocol '%1' has no port").arg(f.key));
        if (f.ipProtocol != -1 || f.rangeLow != -1)
            problems.append(QStringLiteral("protocol '%1' has an IP number or a range").arg(f.key));
        break;
    case FactKind::IpProtocol:
        if (f.ipProtocol < 0 || f.ipProtocol > 255)
            problems.append(QStringLiteral("IP protocol '%1' needs a number 0–255").arg(f.key));
        break;
    case FactKind::Range:
        if (f.rangeLow < 0 || f.rangeHigh > 65535 || f.rangeLow > f.rangeHigh)
            problems.append(QStringLiteral("range '%1' has bad bounds").arg(f.key));
        if (!f.ports.isEmpty())
            problems.append(QStringLiteral("range '%1' lists ports").arg(f.key));
        break;
    case FactKind::Concept:
        if (!f.ports.isEmpty() || f.ipProtocol != -1 || f.rangeLow != -1)
            problems.append(QStringLiteral("concept '%1' has a port, an IP number or a range").arg(f.key));
        break;
    }
    if (std::all_of(f.ports.cbegin(), f.ports.cend(), [](const PortSpec &p) { return p.legacy; })
        && !f.ports.isEmpty())
        problems.append(QStringLiteral("fact '%1' has only legacy ports").arg(f.key));
    static const QRegularExpression tagPattern(QStringLiteral("^[\\w][\\w-]*$"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &tag : f.tags) {
        if (!tagPattern.match(tag).hasMatch())
            problems.append(QStringLiteral("fact '%1' has tag '%2', which is not one word").arg(f.key, tag));
    }
    return problems;
}

DeckFact Deck::factFromJson(const QJsonObject &object, QString *error)
{
    DeckFact fact;
    error->clear();
    if (!readFact(object, object.value(QLatin1String("position")).toInt(0), &fact, error))
        return {};
    return fact;
}

QJsonObject Deck::factToJson(const DeckFact &df)
{
    const Fact &f = df.fact;
    QJsonObject o{{QStringLiteral("key"), f.key},
                  {QStringLiteral("kind"), factKindKey(f.kind)},
                  {QStringLiteral("name"), f.name},
                  {QStringLiteral("full_name"), f.fullName},
                  {QStringLiteral("aliases"), QJsonArray::fromStringList(f.aliases)},
                  {QStringLiteral("secure"), securityKey(f.security)},
                  {QStringLiteral("secure_counterparts"), QJsonArray::fromStringList(f.secureCounterparts)},
                  {QStringLiteral("function"), f.function},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(f.tags)},
                  {QStringLiteral("objective"), f.objective},
                  {QStringLiteral("note"), f.note}};
    QJsonArray ports;
    for (const PortSpec &p : f.ports) {
        QJsonObject po{{QStringLiteral("port"), p.port},
                       {QStringLiteral("transport"), transportName(p.transport).toLower()},
                       {QStringLiteral("role"), p.role}};
        if (p.legacy)
            po.insert(QStringLiteral("legacy"), true);
        for (auto lang = df.translations.cbegin(); lang != df.translations.cend(); ++lang) {
            const QString text = lang->value(roleField(p));
            if (!text.isEmpty())
                po.insert(QStringLiteral("role_") + lang.key(), text);
        }
        ports.append(po);
    }
    o.insert(QStringLiteral("ports"), ports);
    o.insert(QStringLiteral("ip_protocol"), f.ipProtocol >= 0 ? QJsonValue(f.ipProtocol) : QJsonValue());
    o.insert(QStringLiteral("range"), f.rangeLow >= 0 ? QJsonValue(QJsonArray{f.rangeLow, f.rangeHigh})
                                                      : QJsonValue());
    for (auto lang = df.translations.cbegin(); lang != df.translations.cend(); ++lang) {
        const QString text = lang->value(QStringLiteral("function"));
        if (!text.isEmpty())
            o.insert(QStringLiteral("function_") + lang.key(), text);
    }
    return o;
}

QStringList Deck::validate() const
{
    QStringList problems;
    QSet<QString> keys;
    QHash<QString, QString> names; // lower-case name → key
    for (const DeckFact &df : facts) {
        const Fact &f = df.fact;
        problems += factProblems(f);
        if (f.key.startsWith(QLatin1String("own-")))
            problems.append(QStringLiteral("fact key '%1' starts with own-, which the learner's entries use").arg(f.key));
        if (keys.contains(f.key))
            problems.append(QStringLiteral("fact key '%1' is used twice").arg(f.key));
        keys.insert(f.key);
        names.insert(f.name.toLower(), f.key);
        for (const QString &tag : f.tags) {
            if (!knownTags().contains(tag))
                problems.append(QStringLiteral("fact '%1' has unknown tag '%2'").arg(f.key, tag));
        }
    }
    for (const DeckFact &df : facts) {
        for (const QString &c : df.fact.secureCounterparts) {
            if (!keys.contains(c))
                problems.append(QStringLiteral("fact '%1' names counterpart '%2', which is not "
                                               "in the deck")
                                    .arg(df.fact.key, c));
            else if (c == df.fact.key)
                problems.append(QStringLiteral("fact '%1' is its own counterpart").arg(c));
        }
        for (const QString &alias : df.fact.aliases) {
            const QString owner = names.value(alias.toLower());
            if (!owner.isEmpty() && owner != df.fact.key)
                problems.append(QStringLiteral("alias '%1' of '%2' is the name of '%3'")
                                    .arg(alias, df.fact.key, owner));
        }
    }
    QSet<QString> cardKeys;
    for (const DeckCard &c : cards) {
        if (c.key.isEmpty() || cardKeys.contains(c.key))
            problems.append(QStringLiteral("card key '%1' is empty or used twice").arg(c.key));
        cardKeys.insert(c.key);
        if (!c.factKey.isEmpty() && !keys.contains(c.factKey))
            problems.append(
                QStringLiteral("card '%1' belongs to unknown fact '%2'").arg(c.key, c.factKey));
        if (c.question.trimmed().isEmpty() || c.answer.trimmed().isEmpty())
            problems.append(QStringLiteral("card '%1' lacks a question or answer").arg(c.key));
    }
    return problems;
}
