#include "entrystore.h"

#include "boundquery.h"
#include "cardtemplates.h"
#include "deckstore.h"
#include "syncstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using boundquery::exec;
using boundquery::idsAsJson;
using boundquery::nullable;

namespace {

// Room for an entry's cards between two entries' positions, as generateCards() leaves it.
constexpr int kPositionsPerFact = 10;

const QString kCardTypesOffKey = QStringLiteral("card_types_off");

} // namespace

EntryStore::EntryStore(DeckStore &store)
    : m_store(store)
{
}

bool EntryStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool EntryStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_store.database());
    if (exec(q, sql, values))
        return true;
    return fail(tr("Database error in %1: %2")
                    .arg(QDir::toNativeSeparators(m_store.filePath()), q.lastError().text()));
}

qint64 EntryStore::idOfKey(const QString &key) const
{
    QSqlQuery q(m_store.database());
    if (exec(q, QStringLiteral("SELECT id FROM facts WHERE key = ?"), {key}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<DeckFact> EntryStore::entry(qint64 factId) const
{
    DeckFact out;
    const std::optional<Fact> fact = m_store.fact(factId);
    if (!fact)
        return std::nullopt;
    out.fact = *fact;
    QSqlQuery q(m_store.database());
    if (exec(q, QStringLiteral("SELECT lang, field, text FROM fact_texts WHERE fact_id = ?"), {factId})) {
        while (q.next())
            out.translations[q.value(0).toString()][q.value(1).toString()] = q.value(2).toString();
    }
    return out;
}

QHash<qint64, DeckFact> EntryStore::entries(const QList<qint64> &factIds) const
{
    QHash<qint64, DeckFact> out;
    for (const Fact &f : m_store.factsByIds(factIds))
        out[f.id].fact = f;
    QSqlQuery q(m_store.database());
    if (exec(q, QStringLiteral("SELECT fact_id, lang, field, text FROM fact_texts WHERE fact_id IN "
                               "(SELECT value FROM json_each(?))"),
             {idsAsJson(factIds)})) {
        while (q.next()) {
            const auto it = out.find(q.value(0).toLongLong());
            if (it != out.end())
                it->translations[q.value(1).toString()][q.value(2).toString()] = q.value(3).toString();
        }
    }
    return out;
}

bool EntryStore::validate(const DeckFact &entry, qint64 selfId)
{
    const Fact &f = entry.fact;
    const QStringList problems = Deck::factProblems(f);
    if (!problems.isEmpty())
        return fail(tr("The entry cannot be saved: %1.").arg(problems.join(QStringLiteral("; "))));
    if (f.cardTypes) {
        for (const QString &key : *f.cardTypes) {
            CardTemplate t;
            if (!parseTemplateKey(key, &t))
                return fail(tr("“%1” is not a card type.").arg(key));
        }
    }
    for (const QString &key : f.secureCounterparts) {
        const qint64 id = idOfKey(key);
        if (id == 0 || id == selfId)
            return fail(tr("The secure counterpart “%1” is not another entry of the collection.").arg(key));
    }
    // A name that is already another entry's name or alias would make typed answers ambiguous.
    QSqlQuery q(m_store.database());
    if (!exec(q, QStringLiteral("SELECT name FROM facts WHERE retired = 0 AND id != ? AND (lower(name) = lower(?) "
                                "OR id IN (SELECT fact_id FROM fact_aliases WHERE lower(alias) = lower(?)))"),
              {selfId, f.name.trimmed(), f.name.trimmed()}))
        return fail(q.lastError().text());
    if (q.next())
        return fail(tr("“%1” is already the name of the entry %2.").arg(f.name.trimmed(), q.value(0).toString()));
    for (const QString &alias : f.aliases) {
        if (!exec(q, QStringLiteral("SELECT name FROM facts WHERE retired = 0 AND id != ? AND (lower(name) = lower(?) "
                                    "OR id IN (SELECT fact_id FROM fact_aliases WHERE lower(alias) = lower(?)))"),
                  {selfId, alias.trimmed(), alias.trimmed()}))
            return fail(q.lastError().text());
        if (q.next())
            return fail(tr("The other name “%1” already names the entry %2.").arg(alias.trimmed(), q.value(0).toString()));
    }
    return true;
}

std::optional<qint64> EntryStore::writeFact(const DeckFact &df, bool builtin, int position)
{
    const Fact &f = df.fact;
    QSqlQuery q(m_store.database());
    if (!run(QStringLiteral("INSERT INTO facts (key, kind, name, full_name, security, function, "
                            "ip_protocol, range_low, range_high, objective, note, position, builtin, "
                            "retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
                            "ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
                            "full_name = excluded.full_name, security = excluded.security, "
                            "function = excluded.function, ip_protocol = excluded.ip_protocol, "
                            "range_low = excluded.range_low, range_high = excluded.range_high, "
                            "objective = excluded.objective, note = excluded.note, "
                            "position = excluded.position, builtin = excluded.builtin, retired = 0"),
             {f.key, factKindKey(f.kind), f.name, f.fullName, securityKey(f.security), f.function,
              nullable(f.ipProtocol), nullable(f.rangeLow), nullable(f.rangeHigh), f.objective ? 1 : 0,
              f.note, position, builtin ? 1 : 0}))
        return std::nullopt;
    const qint64 id = idOfKey(f.key);
    if (id == 0) {
        fail(tr("The entry “%1” was not saved.").arg(f.key));
        return std::nullopt;
    }
    for (const char *table : {"fact_ports", "fact_aliases", "fact_tags", "fact_texts"}) {
        if (!run(QStringLiteral("DELETE FROM %1 WHERE fact_id = ?").arg(QLatin1String(table)), {id}))
            return std::nullopt;
    }
    for (int i = 0; i < f.ports.size(); ++i) {
        const PortSpec &p = f.ports.at(i);
        if (!run(QStringLiteral("INSERT INTO fact_ports (fact_id, port, transport, role, position, legacy) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, p.port, transportName(p.transport).toLower(), p.role, i, p.legacy ? 1 : 0}))
            return std::nullopt;
    }
    for (int i = 0; i < f.aliases.size(); ++i) {
        if (!run(QStringLiteral("INSERT OR IGNORE INTO fact_aliases (fact_id, alias, position) VALUES (?, ?, ?)"),
                 {id, f.aliases.at(i), i}))
            return std::nullopt;
    }
    for (const QString &tag : f.tags) {
        if (!run(QStringLiteral("INSERT OR IGNORE INTO fact_tags (fact_id, tag) VALUES (?, ?)"), {id, tag}))
            return std::nullopt;
    }
    for (auto lang = df.translations.cbegin(); lang != df.translations.cend(); ++lang) {
        for (auto field = lang->cbegin(); field != lang->cend(); ++field) {
            if (!run(QStringLiteral("INSERT INTO fact_texts (fact_id, lang, field, text) VALUES (?, ?, ?, ?)"),
                     {id, lang.key(), field.key(), field.value()}))
                return std::nullopt;
        }
    }
    return id;
}

bool EntryStore::writeCounterparts(qint64 factId, const QStringList &counterpartKeys)
{
    if (!run(QStringLiteral("DELETE FROM fact_counterparts WHERE fact_id = ?"), {factId}))
        return false;
    for (int i = 0; i < counterpartKeys.size(); ++i) {
        if (!run(QStringLiteral("INSERT OR IGNORE INTO fact_counterparts (fact_id, counterpart_id, position) "
                                "SELECT ?, id, ? FROM facts WHERE key = ?"),
                 {factId, i, counterpartKeys.at(i)}))
            return false;
    }
    return true;
}

std::optional<bool> EntryStore::handOverPortCard(qint64 cardId, qint64 fromFactId)
{
    int moved = 0;
    QSqlQuery q(m_store.database());
    // The first entry in study order that still has the port, the learner's own included.
    if (!exec(q, QStringLiteral("UPDATE cards SET fact_id = (SELECT p.fact_id FROM fact_ports p JOIN facts f "
                                "ON f.id = p.fact_id WHERE 'port:' || p.port = cards.key AND p.fact_id IS NOT ? "
                                "AND f.retired = 0 ORDER BY f.position LIMIT 1), retired = 0 "
                                "WHERE id = ? AND template = 'port-protocol' AND EXISTS (SELECT 1 FROM fact_ports p "
                                "JOIN facts f ON f.id = p.fact_id WHERE 'port:' || p.port = cards.key "
                                "AND p.fact_id IS NOT ? AND f.retired = 0)"),
              {fromFactId, cardId, fromFactId})) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    moved = q.numRowsAffected();
    return moved > 0;
}

bool EntryStore::syncCards(const Fact &f)
{
    struct Existing
    {
        qint64 id;
        qint64 factId;
        int retired;
    };
    QHash<QString, Existing> existing; // by key: this entry's cards and the port cards it might share
    QSqlQuery q(m_store.database());
    if (!exec(q, QStringLiteral("SELECT key, id, coalesce(fact_id, 0), retired FROM cards "
                                "WHERE (fact_id = ? AND template != 'basic') OR key IN "
                                "(SELECT 'port:' || port FROM fact_ports WHERE fact_id = ?)"),
              {f.id, f.id}))
        return fail(q.lastError().text());
    while (q.next())
        existing.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt()});

    QSet<qint64> kept;
    for (const FactCard &w : templateCardsOf(f)) {
        const int position = f.position * kPositionsPerFact + w.slot;
        const auto it = existing.constFind(w.key);
        if (it == existing.cend()) {
            if (!run(QStringLiteral("INSERT INTO cards (key, fact_id, template, variant, position, builtin) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {w.key, f.id, templateKey(w.tmpl), w.variant, position, f.own ? 0 : 1}))
                return false;
            continue;
        }
        // A port card of another entry still in the deck asks about this entry's port too.
        if (it->factId != f.id && it->retired != 1)
            continue;
        kept.insert(it->id);
        if (!run(QStringLiteral("UPDATE cards SET fact_id = ?, retired = 0 WHERE id = ? AND (fact_id IS NOT ? OR retired = 1)"),
                 {f.id, it->id, f.id}))
            return false;
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        const Existing &e = it.value();
        if (e.factId != f.id || kept.contains(e.id) || e.retired == 1)
            continue;
        // A port the entry no longer has may still be another entry's: the card goes there.
        if (it.key().startsWith(QLatin1String("port:"))) {
            const std::optional<bool> handed = handOverPortCard(e.id, f.id);
            if (!handed)
                return false;
            if (*handed)
                continue;
        }
        if (!run(QStringLiteral("UPDATE cards SET retired = 1 WHERE id = ?"), {e.id}))
            return false;
    }
    return true;
}

bool EntryStore::applyCardTypes(qint64 factId)
{
    const QStringList off = deckCardTypesOff();
    QVariantList values{QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(off)).toJson(QJsonDocument::Compact))};
    if (factId)
        values.append(factId);
    return run(QStringLiteral(
                   "UPDATE cards SET retired = CASE WHEN t.is_off THEN 2 ELSE 0 END FROM ("
                   "SELECT c.id, c.retired AS was, CASE WHEN c.builtin = 0 AND c.fact_id IS NULL THEN 0 "
                   "WHEN f.card_types IS NULL OR c.template = 'basic' THEN c.template IN (SELECT value FROM json_each(?)) "
                   "ELSE instr(' ' || f.card_types || ' ', ' ' || c.template || ' ') = 0 END AS is_off "
                   "FROM cards c LEFT JOIN facts f ON f.id = c.fact_id WHERE c.retired IN (0, 2)%1) AS t "
                   "WHERE cards.id = t.id AND t.is_off != (t.was = 2)")
                   .arg(factId ? QStringLiteral(" AND c.fact_id = ?") : QString()),
               values);
}

QStringList EntryStore::deckCardTypesOff() const
{
    return m_store.setting(kCardTypesOffKey).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool EntryStore::setDeckCardTypesOff(const QStringList &templateKeys)
{
    for (const QString &key : templateKeys) {
        CardTemplate t;
        if (!parseTemplateKey(key, &t))
            return fail(tr("“%1” is not a card type.").arg(key));
    }
    if (!run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {kCardTypesOffKey, templateKeys.join(QLatin1Char(' '))}))
        return false;
    return applyCardTypes();
}

bool EntryStore::setCardTypes(qint64 factId, const std::optional<QStringList> &templateKeys)
{
    if (templateKeys) {
        for (const QString &key : *templateKeys) {
            CardTemplate t;
            if (!parseTemplateKey(key, &t))
                return fail(tr("“%1” is not a card type.").arg(key));
        }
    }
    const QVariant value = templateKeys ? QVariant(templateKeys->join(QLatin1Char(' '))) : boundquery::null<QString>();
    return run(QStringLiteral("UPDATE facts SET card_types = ? WHERE id = ?"), {value, factId}) && applyCardTypes(factId);
}

std::optional<qint64> EntryStore::addEntry(const DeckFact &input)
{
    DeckFact entry = input;
    Fact &f = entry.fact;
    f.own = true;
    f.name = f.name.trimmed();
    const SyncStore sync(m_store);
    if (f.key.isEmpty()) {
        static const QRegularExpression notKey(QStringLiteral("[^a-z0-9]+"));
        QString base = QStringLiteral("own-") + f.name.toLower().replace(notKey, QStringLiteral("-"));
        while (base.endsWith(QLatin1Char('-')))
            base.chop(1);
        if (base == QLatin1String("own"))
            base = QStringLiteral("own-entry");
        f.key = base;
        // A key deleted once stays deleted on every computer it syncs with: never used again.
        for (int n = 2; idOfKey(f.key) != 0 || sync.isRetiredKey(f.key); ++n)
            f.key = base + QLatin1Char('-') + QString::number(n);
    } else if (!f.key.startsWith(QLatin1String("own-"))) {
        // The built-in deck never uses "own-" keys, so a later deck cannot take the entry over.
        f.key = QStringLiteral("own-") + f.key;
    }
    if (input.fact.key.isEmpty() ? false : sync.isRetiredKey(f.key)) {
        fail(tr("The entry “%1” was deleted and its key cannot be used again; add it without a key.").arg(f.key));
        return std::nullopt;
    }
    if (idOfKey(f.key) != 0 && !input.fact.key.isEmpty()) {
        fail(tr("An entry with the key “%1” exists already; edit it instead.").arg(f.key));
        return std::nullopt;
    }
    if (f.kind == FactKind::Range) {
        // Ranges are taught by question-and-answer cards; an own range would get none.
        fail(tr("Your own entries are protocols on ports or IP protocols; for a range of ports, add a "
                "question-and-answer card."));
        return std::nullopt;
    }
    if (!validate(entry, 0))
        return std::nullopt;
    QSqlQuery q(m_store.database());
    int position = 0;
    if (exec(q, QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM facts")) && q.next())
        position = q.value(0).toInt();
    const std::optional<qint64> id = writeFact(entry, false, position);
    if (!id || !writeCounterparts(*id, f.secureCounterparts))
        return std::nullopt;
    f.id = *id;
    f.position = position;
    if (!run(QStringLiteral("UPDATE facts SET card_types = ? WHERE id = ?"),
             {f.cardTypes ? QVariant(f.cardTypes->join(QLatin1Char(' '))) : boundquery::null<QString>(), *id}))
        return std::nullopt;
    if (!syncCards(f) || !applyCardTypes(f.id))
        return std::nullopt;
    return id;
}

bool EntryStore::editEntry(qint64 factId, const DeckFact &input)
{
    const std::optional<DeckFact> before = entry(factId);
    if (!before)
        return fail(tr("The entry no longer exists."));
    DeckFact edited = input;
    Fact &f = edited.fact;
    f.key = before->fact.key;
    f.own = before->fact.own;
    f.name = f.name.trimmed();
    if (!validate(edited, factId))
        return false;
    const std::optional<qint64> id = writeFact(edited, !f.own, before->fact.position);
    if (!id || !writeCounterparts(factId, f.secureCounterparts))
        return false;
    if (!f.own && !run(QStringLiteral("UPDATE facts SET edited = 1 WHERE id = ?"), {factId}))
        return false;
    // Card types come along when the caller says them; otherwise they stay as they were.
    if (f.cardTypes && !run(QStringLiteral("UPDATE facts SET card_types = ? WHERE id = ?"),
                            {f.cardTypes->join(QLatin1Char(' ')), factId}))
        return false;
    f.id = factId;
    f.position = before->fact.position;
    return syncCards(f) && applyCardTypes(factId);
}

bool EntryStore::revertEntry(qint64 factId, const Deck &deck)
{
    const std::optional<DeckFact> current = entry(factId);
    if (!current)
        return fail(tr("The entry no longer exists."));
    const DeckFact *builtin = current->fact.own ? nullptr : deck.findFact(current->fact.key);
    if (!builtin)
        return fail(tr("“%1” is not in the built-in deck, so there is nothing to revert to.").arg(current->fact.name));
    const std::optional<qint64> id = writeFact(*builtin, true, current->fact.position);
    if (!id || !writeCounterparts(factId, builtin->fact.secureCounterparts)
        || !run(QStringLiteral("UPDATE facts SET edited = 0 WHERE id = ?"), {factId}))
        return false;
    Fact f = builtin->fact;
    f.id = factId;
    f.position = current->fact.position;
    return syncCards(f) && applyCardTypes(factId);
}

bool EntryStore::deleteEntry(qint64 factId)
{
    const std::optional<DeckFact> current = entry(factId);
    if (!current)
        return fail(tr("The entry no longer exists."));
    if (!current->fact.own)
        return fail(tr("%1 is a built-in entry: suspend its cards instead of deleting it.").arg(current->fact.name));
    // A port card another entry also answers passes to that entry with its history.
    QList<qint64> portCards;
    QList<qint64> replaced; // entries this one replaces securely: their secure cards change
    QSqlQuery q(m_store.database());
    if (!exec(q, QStringLiteral("SELECT id FROM cards WHERE fact_id = ? AND template = 'port-protocol'"), {factId}))
        return fail(q.lastError().text());
    while (q.next())
        portCards.append(q.value(0).toLongLong());
    if (!exec(q, QStringLiteral("SELECT fact_id FROM fact_counterparts WHERE counterpart_id = ?"), {factId}))
        return fail(q.lastError().text());
    while (q.next())
        replaced.append(q.value(0).toLongLong());
    for (qint64 card : std::as_const(portCards)) {
        if (!handOverPortCard(card, factId))
            return false;
    }
    // A built-in card the entry had taken over (its port's card, history and all) is never
    // deleted: it leaves study, ready for a deck that brings its entry back.
    if (!run(QStringLiteral("UPDATE cards SET fact_id = NULL, retired = 1 WHERE fact_id = ? AND builtin = 1"), {factId})
        || !run(QStringLiteral("DELETE FROM revlog WHERE card_id IN (SELECT id FROM cards WHERE fact_id = ?)"), {factId})
        || !run(QStringLiteral("DELETE FROM cards WHERE fact_id = ?"), {factId})
        || !run(QStringLiteral("DELETE FROM facts WHERE id = ?"), {factId}))
        return false;
    // An entry it replaced securely has no replacement now, so no "what replaces it?" card.
    for (qint64 id : std::as_const(replaced)) {
        const std::optional<Fact> other = m_store.fact(id);
        if (other && (!syncCards(*other) || !applyCardTypes(id)))
            return false;
    }
    return true;
}
