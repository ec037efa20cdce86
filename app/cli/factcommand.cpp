#include "factcommand.h"

#include "collection.h"
#include "deckstore.h"
#include "entrystore.h"

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

// Reads one entry from @p path ("-": standard input) in the deck file's FACT format.
std::optional<DeckFact> readEntry(const QString &path, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // Entries are a few hundred bytes; a huge file is a mistake, not an entry.
    const QByteArray bytes = file.read(1 << 20);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = doc.isNull() ? QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                                    .arg(path, parseError.errorString())
                                    .arg(parseError.offset)
                              : QStringLiteral("%1 holds no JSON object: one entry is one object").arg(path);
        return std::nullopt;
    }
    QJsonObject object = doc.object();
    // The deck's format requires a key; an own entry may leave it to Portdeck.
    if (!object.contains(QLatin1String("key")))
        object.insert(QStringLiteral("key"), QStringLiteral("own-entry"));
    const DeckFact entry = Deck::factFromJson(object, error);
    if (!error->isEmpty())
        return std::nullopt;
    DeckFact out = entry;
    if (!doc.object().contains(QLatin1String("key")))
        out.fact.key.clear();
    const QJsonValue types = object.value(QLatin1String("card_types"));
    if (types.isArray()) {
        QStringList keys;
        for (const QJsonValue &v : types.toArray())
            keys.append(v.toString());
        out.fact.cardTypes = keys;
    }
    return out;
}

} // namespace

int runFactCommand(const QString &dataDir, const QStringList &args)
{
    const bool add = args.size() == 2 && args.at(0) == QLatin1String("add");
    const bool edit = args.size() == 3 && args.at(0) == QLatin1String("edit");
    if (!add && !edit)
        return fail(Usage, QStringLiteral("usage: fact add FILE.json | fact edit KEY FILE.json"));
    QString error;
    const std::optional<DeckFact> entry = readEntry(args.constLast(), &error);
    if (!entry)
        return fail(Failure, error);

    DeckStore store;
    if (store.open(dataDir) != DeckStore::Status::Ok)
        return fail(Failure, store.errorString());
    Collection collection(&store);
    EntryStore entries(store);
    qint64 id = 0;
    if (add) {
        const std::optional<qint64> added = collection.addEntry(*entry);
        if (!added)
            return fail(Failure, collection.errorString());
        id = *added;
    } else {
        const QString key = args.at(1);
        id = entries.idOfKey(key);
        if (id == 0)
            return fail(Failure, QStringLiteral("no entry has the key '%1'").arg(key));
        if (!entry->fact.key.isEmpty() && entry->fact.key != key)
            return fail(Failure, QStringLiteral("the file is the entry '%1', not '%2'; keys never change")
                                     .arg(entry->fact.key, key));
        if (!collection.editEntry(id, *entry))
            return fail(Failure, collection.errorString());
    }
    const std::optional<DeckFact> saved = entries.entry(id);
    int cards = 0;
    for (const CardInfo &c : store.cardsOfFact(id))
        cards += c.retired ? 0 : 1;
    const QJsonObject out{{QStringLiteral("key"), saved ? saved->fact.key : QString()},
                          {QStringLiteral("own"), saved && saved->fact.own},
                          {QStringLiteral("edited"), saved && saved->fact.edited},
                          {QStringLiteral("cards"), cards}};
    const QByteArray bytes = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return Ok;
}
